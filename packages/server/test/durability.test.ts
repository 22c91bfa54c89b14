// Under load and across a restart mid-load, no acknowledged message is lost or duplicated.
//
// Two members send in one thread over several connections at once (HTTP sessions and
// WebSockets), each message with its own idempotency key. Once about a third are acknowledged
// the service is closed under them; it is started again on the same data, every unacknowledged
// key is retried (a few twice at once), and some acknowledged keys are sent again, which must
// answer the message already stored. Then everything is counted.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import pg from 'pg';
import WebSocket from 'ws';
import { startService, type Service, type ServiceOptions } from '../src/service.js';

const POSTGRES_ADMIN =
  process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'ringfence-demo';
const BAKERY_JOB = 'New website for a neighbourhood bakery';
/** Messages per connection; 2 members × (2 HTTP sessions + 1 WebSocket) connections. */
const PER_CONNECTION = 30;
/** Sends a WebSocket connection keeps in flight at once. */
const WS_WINDOW = 4;

interface Session {
  who: string;
  memberId: string;
  cookie: string;
  csrf: string;
}

interface Sent {
  key: string;
  who: string;
  text: string;
  /** The message id the first acknowledgement carried; absent while unacknowledged. */
  ackedId?: string;
}

interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field
  body: any;
  /** `rf_session=…` when the answer sets the session cookie. */
  cookie?: string;
}

for (const backend of ['pglite', 'postgres'] as const) {
  describe(`durability on ${backend}`, () => {
    test('every acknowledged message survives a restart mid-load exactly once', async (t) => {
      const database = await createDatabase(backend);
      const options: ServiceOptions = {
        dataDir: database.dataDir,
        ...(database.url ? { databaseUrl: database.url } : {}),
        demo: true,
      };
      let agent = new http.Agent({ keepAlive: true });
      let service: Service | undefined;
      try {
        service = await startService(options);
        let baseUrl = await service.app.listen({ port: 0, host: '127.0.0.1' });
        const call = (session: Session | undefined, method: string, path: string, body?: unknown) =>
          request(agent, baseUrl, session, method, path, body);

        const signIn = async (who: string): Promise<Session> => {
          const answer = await call(undefined, 'POST', '/v1/session', {
            email: `${who}@demo.ringfence.dev`,
            password: PASSWORD,
          });
          assert.equal(answer.status, 200, `sign-in of ${who}`);
          return {
            who,
            memberId: answer.body.member.id,
            cookie: answer.cookie!,
            csrf: answer.body.csrfToken,
          };
        };
        const sessions = {
          clara: [await signIn('clara'), await signIn('clara')],
          fatima: [await signIn('fatima'), await signIn('fatima')],
        };
        const inbox = await call(sessions.clara[0], 'GET', '/v1/inbox');
        const threadId: string = inbox.body.threads.find(
          (thread: { job: { title: string } }) => thread.job.title === BAKERY_JOB,
        ).id;
        const seededMessages = await countMessages(service, threadId);

        // Phase 1: six connections send at once; the service is closed under them.
        const sent = new Map<string, Sent>();
        const plan = (who: string, connection: string) =>
          Array.from({ length: PER_CONNECTION }, (_, n) => {
            const key = `${who}-${connection}-${n}`;
            const entry: Sent = {
              key,
              who,
              text: `Update ${key}: the draft of the menu page is ready for your review.`,
            };
            sent.set(key, entry);
            return entry;
          });
        let acked = 0;
        /** Answers other than an acknowledgement or the refusal of a closing service. */
        const unexpected: string[] = [];
        let closing: Promise<void> | undefined;
        const closeAt = Math.round((PER_CONNECTION * 6) / 3);
        const acknowledge = (entry: Sent, messageId: string) => {
          entry.ackedId = messageId;
          acked++;
          if (acked >= closeAt && closing === undefined) closing = service!.close();
        };
        const overHttp = async (session: Session, entries: Sent[]) => {
          for (const entry of entries) {
            const answer = await call(session, 'POST', `/v1/threads/${threadId}/messages`, {
              text: entry.text,
              idempotencyKey: entry.key,
            }).catch(() => undefined);
            if (answer?.status === 201 || answer?.status === 200) {
              acknowledge(entry, answer.body.message.id);
            } else if (answer !== undefined && answer.status !== 503) {
              // The service refuses new requests with 503 while it closes; anything else is a bug.
              unexpected.push(`${entry.key}: ${answer.status} ${JSON.stringify(answer.body)}`);
            }
          }
        };
        const overWebSocket = async (session: Session, entries: Sent[]) => {
          const socket = await openSocket(baseUrl, session);
          const byKey = new Map(entries.map((entry) => [entry.key, entry]));
          await new Promise<void>((resolve) => {
            let next = 0;
            let inFlight = 0;
            const pump = () => {
              while (inFlight < WS_WINDOW && next < entries.length) {
                const entry = entries[next++]!;
                inFlight++;
                socket.send(
                  JSON.stringify({
                    type: 'send',
                    threadId,
                    text: entry.text,
                    idempotencyKey: entry.key,
                  }),
                );
              }
              if (inFlight === 0) resolve();
            };
            socket.on('message', (raw: WebSocket.RawData) => {
              const event = JSON.parse(raw.toString());
              const entry = byKey.get(event.idempotencyKey);
              if (entry === undefined) return;
              if (event.type === 'ack') acknowledge(entry, event.message.id);
              else unexpected.push(`${entry.key}: ${JSON.stringify(event)}`);
              inFlight--;
              pump();
            });
            // Closed by the service: whatever is still in flight stays unacknowledged.
            socket.on('close', () => resolve());
            pump();
          });
          socket.close();
        };
        await Promise.all([
          overHttp(sessions.clara[0]!, plan('clara', 'h0')),
          overHttp(sessions.clara[1]!, plan('clara', 'h1')),
          overHttp(sessions.fatima[0]!, plan('fatima', 'h0')),
          overHttp(sessions.fatima[1]!, plan('fatima', 'h1')),
          overWebSocket(sessions.clara[0]!, plan('clara', 'ws')),
          overWebSocket(sessions.fatima[0]!, plan('fatima', 'ws')),
        ]);
        assert.ok(closing, 'the service was closed mid-load');
        await closing;
        service = undefined;
        agent.destroy();
        agent = new http.Agent({ keepAlive: true });
        assert.deepEqual(unexpected, []);

        const all = [...sent.values()];
        const ackedBefore = all.filter((entry) => entry.ackedId !== undefined);
        const unacked = all.filter((entry) => entry.ackedId === undefined);
        t.diagnostic(
          `${backend}: ${ackedBefore.length} of ${all.length} acknowledged before the restart`,
        );
        assert.ok(unacked.length > 0, 'some sends were cut off by the restart');

        // Phase 2: the same data, a new process's worth of service; sessions live in the database.
        service = await startService(options);
        baseUrl = await service.app.listen({ port: 0, host: '127.0.0.1' });
        const sessionOf = (entry: Sent, n: number) =>
          sessions[entry.who as 'clara' | 'fatima'][n % 2]!;
        const retry = async (entry: Sent, n: number) => {
          const answer = await call(
            sessionOf(entry, n),
            'POST',
            `/v1/threads/${threadId}/messages`,
            {
              text: entry.text,
              idempotencyKey: entry.key,
            },
          );
          assert.ok(
            answer.status === 201 || answer.status === 200,
            `retry of ${entry.key}: ${answer.status} ${JSON.stringify(answer.body)}`,
          );
          return answer;
        };
        let replayedRetries = 0;
        await inParallel(unacked, 6, async (entry, n) => {
          // The first few twice at once: the two copies must agree on one message.
          const answers = await Promise.all(
            n < 6 ? [retry(entry, n), retry(entry, n + 1)] : [retry(entry, n)],
          );
          const ids = new Set(answers.map((answer) => answer.body.message.id));
          assert.equal(ids.size, 1, `copies of ${entry.key} answered one message`);
          if (answers.every((answer) => answer.status === 200)) replayedRetries++;
          entry.ackedId = answers[0]!.body.message.id;
        });
        t.diagnostic(
          `${backend}: ${unacked.length} retried, ${replayedRetries} of them had been stored before the restart`,
        );

        // Acknowledged keys sent again answer the stored message, over HTTP and WebSocket alike.
        const again = ackedBefore.filter((_, n) => n % 4 === 0);
        const againOverHttp = again.filter((_, n) => n % 2 === 0);
        const againOverSocket = again.filter((_, n) => n % 2 === 1);
        await inParallel(againOverHttp, 4, async (entry, n) => {
          const answer = await retry(entry, n);
          assert.equal(answer.status, 200, `${entry.key} sent again is a replay`);
          assert.equal(answer.body.message.id, entry.ackedId, `${entry.key} is the same message`);
        });
        for (const who of ['clara', 'fatima'] as const) {
          const socket = await openSocket(baseUrl, sessions[who][0]!);
          const mine = againOverSocket.filter((entry) => entry.who === who);
          const acks = await new Promise<Map<string, { id: string; replayed: boolean }>>(
            (resolve, reject) => {
              const answers = new Map<string, { id: string; replayed: boolean }>();
              if (mine.length === 0) resolve(answers);
              socket.on('message', (raw: WebSocket.RawData) => {
                const event = JSON.parse(raw.toString());
                if (event.type === 'rejected') reject(new Error(JSON.stringify(event)));
                if (event.type !== 'ack') return;
                answers.set(event.idempotencyKey, {
                  id: event.message.id,
                  replayed: event.replayed,
                });
                if (answers.size === mine.length) resolve(answers);
              });
              for (const entry of mine) {
                socket.send(
                  JSON.stringify({
                    type: 'send',
                    threadId,
                    text: entry.text,
                    idempotencyKey: entry.key,
                  }),
                );
              }
            },
          );
          socket.close();
          for (const entry of mine) {
            assert.deepEqual(acks.get(entry.key), { id: entry.ackedId, replayed: true });
          }
        }

        // Count: every key once, as the message first acknowledged; no gaps in the sequence.
        const rows = await service.store.db
          .selectFrom('messages')
          .select(['id', 'seq', 'idempotency_key', 'sender_id'])
          .where('thread_id', '=', threadId)
          .orderBy('seq')
          .execute();
        const keyed = rows.filter((row) => row.idempotency_key !== null);
        assert.equal(keyed.length, all.length, 'one message per key, no more');
        const rowByKey = new Map(keyed.map((row) => [row.idempotency_key!, row]));
        assert.equal(rowByKey.size, all.length, 'no key stored twice');
        for (const entry of all) {
          const row = rowByKey.get(entry.key);
          assert.ok(row, `${entry.key} is stored`);
          assert.equal(row.id, entry.ackedId, `${entry.key} is the message acknowledged`);
          assert.equal(row.sender_id, sessions[entry.who as 'clara' | 'fatima'][0]!.memberId);
        }
        for (const entry of ackedBefore) assert.ok(rowByKey.has(entry.key));
        assert.equal(rows.length, seededMessages + all.length);
        assert.deepEqual(
          rows.map((row) => row.seq),
          rows.map((_, n) => n + 1),
          'sequence numbers run 1…n without gaps',
        );
        const thread = await service.store.db
          .selectFrom('threads')
          .select('last_seq')
          .where('id', '=', threadId)
          .executeTakeFirstOrThrow();
        assert.equal(thread.last_seq, rows.length, "the thread's last sequence number");

        // And the recipient sees each message once.
        const seen = await call(
          sessions.fatima[0],
          'GET',
          `/v1/threads/${threadId}/messages?after=0`,
        );
        const claraIds = seen.body.messages
          .filter(
            (message: { senderId: string }) => message.senderId === sessions.clara[0]!.memberId,
          )
          .map((message: { id: string }) => message.id);
        assert.equal(new Set(claraIds).size, claraIds.length);
        assert.equal(
          claraIds.length,
          rows.filter((row) => row.sender_id === sessions.clara[0]!.memberId).length,
        );
      } finally {
        agent.destroy();
        await service?.close();
        await database.dispose();
      }
    });
  });
}

async function request(
  agent: http.Agent,
  baseUrl: string,
  session: Session | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      new URL(path, baseUrl),
      {
        method,
        agent,
        headers: {
          ...(payload === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          const cookie = (response.headers['set-cookie'] ?? [])
            .map((header) => header.split(';')[0]!)
            .find((pair) => pair.startsWith('rf_session='));
          resolve({
            status: response.statusCode ?? 0,
            body: text === '' ? null : JSON.parse(text),
            ...(cookie === undefined ? {} : { cookie }),
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}

function openSocket(baseUrl: string, session: Session): Promise<WebSocket> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/v1/ws`, {
    headers: { cookie: session.cookie },
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

async function inParallel<T>(
  items: readonly T[],
  width: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        await work(items[index]!, index);
      }
    }),
  );
}

async function countMessages(service: Service, threadId: string): Promise<number> {
  const row = await service.store.db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('thread_id', '=', threadId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function createDatabase(backend: 'pglite' | 'postgres') {
  const dataDir = mkdtempSync(join(tmpdir(), 'ringfence-durability-'));
  const removeDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (backend === 'pglite') {
    return { dataDir, url: undefined, dispose: () => Promise.resolve(removeDir()) };
  }
  const name = `rf_durability_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = async (text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: POSTGRES_ADMIN });
    await client.connect();
    try {
      return (await client.query<{ n: number }>(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  return {
    dataDir,
    url: POSTGRES_ADMIN.replace(/\/[^/]*$/, `/${name}`),
    async dispose() {
      // The service's connections finish closing just after it stops; a forced drop before that
      // would terminate them, which the service logs as errors.
      for (let waited = 0; waited < 2000; waited += 100) {
        const [row] = await admin(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (row?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await admin(`drop database if exists ${name} with (force)`);
      removeDir();
    },
  };
}
