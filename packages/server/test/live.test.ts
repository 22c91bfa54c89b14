import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { createPostgresFanout, type LiveEvent } from '../src/realtime/fanout.js';
import { startService } from '../src/service.js';
import {
  BACKENDS,
  BAKERY_JOB,
  signIn,
  startTestService,
  threadAbout,
  type Member,
  type TestService,
} from './harness.js';

type Event = { type: string } & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A member's live connection that collects what arrives. */
async function connect(base: string, member: Member) {
  const socket = new WebSocket(`${base.replace('http', 'ws')}/v1/ws`, {
    headers: { cookie: member.cookie },
  });
  const events: Event[] = [];
  socket.on('message', (data) => events.push(JSON.parse(data.toString()) as Event));
  await once(socket, 'open');
  const next = async (match: (e: Event) => boolean, timeoutMs = 5000): Promise<Event> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = events.find(match);
      if (found) {
        events.splice(events.indexOf(found), 1);
        return found;
      }
      if (Date.now() > deadline)
        throw new Error(`no matching event; got ${JSON.stringify(events)}`);
      await sleep(10);
    }
  };
  return { socket, events, next, send: (event: unknown) => socket.send(JSON.stringify(event)) };
}

for (const backend of BACKENDS) {
  describe(`real time and notifications on ${backend}`, () => {
    let service: TestService;
    let base: string;
    let clara: Member, fatima: Member, ben: Member;
    let thread: string;

    before(async () => {
      service = await startTestService(backend, { rules: { notifyDelayMinutes: 0 } });
      base = await service.app.listen({ port: 0, host: '127.0.0.1' });
      clara = await signIn(service, 'clara');
      fatima = await signIn(service, 'fatima');
      ben = await signIn(service, 'ben');
      thread = await threadAbout(clara, BAKERY_JOB);
    });
    after(() => service.dispose());

    test('a message sent over the socket is acknowledged once durable and delivered to the other side', async () => {
      const sender = await connect(base, fatima);
      const recipient = await connect(base, clara);
      sender.send({
        type: 'send',
        threadId: thread,
        text: 'Hello over the socket',
        idempotencyKey: 'ws-1',
      });
      const ack = await sender.next((e) => e.type === 'ack' && e.idempotencyKey === 'ws-1');
      const stored = await service.store.db
        .selectFrom('messages')
        .select('id')
        .where('id', '=', ack.message.id)
        .executeTakeFirst();
      assert.ok(stored, 'acknowledged only after it is stored');
      const delivered = await recipient.next(
        (e) => e.type === 'message' && e.message.id === ack.message.id,
      );
      assert.equal(delivered.message.text, 'Hello over the socket');

      sender.send({
        type: 'send',
        threadId: thread,
        text: 'Hello over the socket',
        idempotencyKey: 'ws-1',
      });
      const replay = await sender.next((e) => e.type === 'ack' && e.idempotencyKey === 'ws-1');
      assert.equal(replay.message.id, ack.message.id);
      assert.equal(replay.replayed, true);

      sender.send({
        type: 'send',
        threadId: thread,
        text: 'text me at 0161 496 0000',
        idempotencyKey: 'ws-2',
      });
      const rejected = await sender.next(
        (e) => e.type === 'rejected' && e.idempotencyKey === 'ws-2',
      );
      assert.equal(rejected.code, 'blocked');
      assert.ok(rejected.decision.findings.length > 0);
      sender.socket.close();
      recipient.socket.close();
    });

    test('a burst over one socket is numbered in the order it was sent', async () => {
      const sender = await connect(base, fatima);
      const keys = Array.from({ length: 12 }, (_, i) => `burst-${i}`);
      for (const [i, key] of keys.entries()) {
        sender.send({
          type: 'send',
          threadId: thread,
          text: `Part ${i} of the plan`,
          idempotencyKey: key,
        });
      }
      const acks = await Promise.all(
        keys.map((key) => sender.next((e) => e.type === 'ack' && e.idempotencyKey === key)),
      );
      const seqs = acks.map((ack) => ack.message.seq as number);
      assert.deepEqual(
        seqs,
        seqs.map((_, i) => seqs[0]! + i),
      );
      sender.socket.close();
    });

    test('a client resuming from its last sequence number gets what it missed', async () => {
      const { body } = await clara.call('GET', `/v1/threads/${thread}`);
      const lastSeen = body.thread.lastSeq as number;
      await fatima.call('POST', `/v1/threads/${thread}/messages`, { text: 'Missed one' });
      await fatima.call('POST', `/v1/threads/${thread}/messages`, { text: 'Missed two' });
      const live = await connect(base, clara);
      live.send({ type: 'resume', after: { [thread]: lastSeen } });
      const first = await live.next((e) => e.type === 'message' && e.message.text === 'Missed one');
      const second = await live.next(
        (e) => e.type === 'message' && e.message.text === 'Missed two',
      );
      assert.equal(second.message.seq, first.message.seq + 1);
      live.socket.close();
    });

    test('typing and read receipts reach the other participant only', async () => {
      const claraLive = await connect(base, clara);
      const benLive = await connect(base, ben);
      const fatimaLive = await connect(base, fatima);
      fatimaLive.send({ type: 'typing', threadId: thread });
      const typing = await claraLive.next((e) => e.type === 'typing');
      assert.equal(typing.memberId, fatima.id);
      await clara.call('POST', `/v1/threads/${thread}/read`, { seq: 1 });
      await fatimaLive.next((e) => e.type === 'read' && e.memberId === clara.id);
      await sleep(100);
      assert.equal(benLive.events.length, 0, 'someone outside the thread hears nothing');
      for (const live of [claraLive, benLive, fatimaLive]) live.socket.close();
    });

    test('a socket from another site is refused', async () => {
      const socket = new WebSocket(`${base.replace('http', 'ws')}/v1/ws`, {
        headers: { cookie: clara.cookie, origin: 'https://evil.example' },
      });
      const [error] = (await once(socket, 'error')) as [Error];
      assert.match(error.message, /403/);
    });

    test('an unread message is mailed to its recipient after the delay; a read one is not', async () => {
      const sent = await fatima.call('POST', `/v1/threads/${thread}/messages`, {
        text: 'Did you see the mock-up?',
      });
      assert.equal(sent.status, 201);
      let mails: { subject: string; text: string }[] = [];
      for (let i = 0; i < 100 && mails.length === 0; i += 1) {
        await sleep(100);
        mails = (await clara.call('GET', '/v1/outbox')).body.mails;
      }
      assert.ok(mails.length > 0, 'the unread message was mailed');
      assert.match(mails[0]!.subject, /Fatima Haddad/);
      assert.match(mails[0]!.text, new RegExp(`/threads/${thread}`));

      // Read at once: the job finds it read and sends nothing.
      const before = (await fatima.call('GET', '/v1/outbox')).body.mails.length;
      const reply = await clara.call('POST', `/v1/threads/${thread}/messages`, {
        text: 'Yes, looks great',
      });
      await fatima.call('POST', `/v1/threads/${thread}/read`, { seq: reply.body.message.seq });
      await sleep(2000);
      assert.equal((await fatima.call('GET', '/v1/outbox')).body.mails.length, before);
    });
  });
}

for (const backend of BACKENDS) {
  describe(`unread mail on ${backend}`, () => {
    let service: TestService;
    let clara: Member, fatima: Member;
    let thread: string;

    before(async () => {
      // Long enough to send a burst, short enough to wait for.
      service = await startTestService(backend, { rules: { notifyDelayMinutes: 0.05 } });
      clara = await signIn(service, 'clara');
      fatima = await signIn(service, 'fatima');
      thread = await threadAbout(clara, BAKERY_JOB);
    });
    after(() => service.dispose());

    test('a burst of messages makes one mail that counts them, after the last one', async () => {
      const mailsTo = async (member: Member) =>
        (await member.call('GET', '/v1/outbox')).body.mails as { subject: string; text: string }[];
      // Clara has read the demo's messages, so only the burst is unread.
      const { messages } = (await clara.call('GET', `/v1/threads/${thread}`)).body;
      await clara.call('POST', `/v1/threads/${thread}/read`, { seq: messages.at(-1).seq });
      const before = (await mailsTo(clara)).length;
      for (const text of ['First draft is up.', 'Second pass on the colours.', 'Any thoughts?'])
        assert.equal(
          (await fatima.call('POST', `/v1/threads/${thread}/messages`, { text })).status,
          201,
        );
      const due = await service.store.db.selectFrom('unread_mail_due').selectAll().execute();
      assert.equal(due.filter((row) => row.thread_id === thread).length, 1, 'one row per thread');
      let mails = await mailsTo(clara);
      for (let i = 0; i < 100 && mails.length === before; i += 1) {
        await sleep(100);
        mails = await mailsTo(clara);
      }
      await sleep(1500);
      mails = await mailsTo(clara);
      assert.equal(mails.length, before + 1, 'one mail for the burst');
      assert.match(mails.at(-1)!.text, /3 unread messages/);
    });

    test('a proposal mails the client too, if it stays unread', async () => {
      const diego = await signIn(service, 'diego');
      const logo = (await diego.call('GET', '/v1/jobs')).body.jobs.find(
        (j: { title: string }) => j.title === 'Logo refresh',
      );
      const proposal = await diego.call('POST', `/v1/jobs/${logo.id}/proposals`, {
        organisationId: diego.organisations.find((o) => o.kind === 'personal')!.id,
        coverLetter: 'I can refresh your logo in two weeks.',
        portfolioLinks: [],
      });
      assert.equal(proposal.status, 201);
      const threadId = proposal.body.threadId as string;
      let mails: { text: string }[] = [];
      for (let i = 0; i < 100 && !mails.some((m) => m.text.includes(threadId)); i += 1) {
        await sleep(100);
        mails = (await clara.call('GET', '/v1/outbox')).body.mails;
      }
      const mail = mails.find((m) => m.text.includes(threadId));
      assert.ok(mail, 'the client was mailed about the proposal');
      assert.match(mail.text, /Diego/);
    });
  });
}

describe('several server processes on one PostgreSQL', () => {
  test('deliveries published together arrive in order; one too large for a notification asks for a refetch', async () => {
    const service = await startTestService('postgres');
    const sending = await createPostgresFanout(service.options.databaseUrl!);
    const receiving = await createPostgresFanout(service.options.databaseUrl!);
    try {
      const received: LiveEvent[] = [];
      receiving.subscribe('member-a', (event) => received.push(event));
      const text = 'x'.repeat(900);
      // In one turn of the event loop: they share notifications, several to one.
      const published = Array.from({ length: 30 }, (_, n) =>
        sending.publishAll([{ memberIds: ['member-a'], event: { type: 'message', n, text } }]),
      );
      published.push(
        sending.publish(['member-a'], { type: 'message', threadId: 't1', text: 'y'.repeat(8000) }),
      );
      await Promise.all(published);
      for (let i = 0; i < 100 && received.length < 31; i += 1) await sleep(20);
      assert.deepEqual(
        received.slice(0, 30).map((event) => event.n),
        Array.from({ length: 30 }, (_, n) => n),
      );
      assert.deepEqual(received[30], { type: 'thread_updated', threadId: 't1' });
    } finally {
      await sending.close();
      await receiving.close();
      await service.dispose();
    }
  });

  test('a message sent through one process reaches a socket connected to another', async () => {
    const first = await startTestService('postgres');
    // A second process on the same database: same schema, no second seed.
    const second = await startService({ ...first.options, dataDir: first.options.dataDir });
    try {
      const base = await first.app.listen({ port: 0, host: '127.0.0.1' });
      const claraOnFirst = await signIn(first, 'clara');
      const fatimaOnSecond = await signIn(second, 'fatima');
      const thread = await threadAbout(claraOnFirst, BAKERY_JOB);
      const live = await connect(base, claraOnFirst);
      const sent = await fatimaOnSecond.call('POST', `/v1/threads/${thread}/messages`, {
        text: 'Hello from the other process',
      });
      assert.equal(sent.status, 201);
      const delivered = await live.next(
        (e) => e.type === 'message' && e.message.id === sent.body.message.id,
      );
      assert.equal(delivered.message.text, 'Hello from the other process');

      live.socket.close();
    } finally {
      await second.close();
      await first.dispose();
    }
  });
});
