// Message send → durable (ack) → delivered to the other participant's WebSocket, at a fixed rate.
//
//   node --conditions=source --import tsx packages/server/bench/messaging.bench.ts \
//     [--rate 500] [--seconds 60] [--db pglite|postgres] [--via ws|http] [--threads 40] \
//     [--warmup 5] [--drain 20]
//
// The service runs in this process (startService + listen on a free port, demo data); the load
// generator runs in a child process so that its own work does not share the service's event
// loop. Four demo members (clients Clara and Ben, freelancers Fatima and Diego) talk in
// `--threads` threads (the two demo threads — one before a contract, one under a contract — plus
// threads opened by proposals on new jobs), each message to the other participant of its thread.
// The load is open-loop at the target rate in total: a message is sent when its time comes,
// whether or not earlier ones were answered; messages go round the threads, alternating
// direction. Texts are the CLI bench's synthetic freelance messages (1 in 8 with a contact
// detail), so every send pays for detection and the policy, and some are blocked as they would
// be. Latencies run from the moment a message is written to the socket (or request) to its ack
// (or HTTP answer) on the sender's socket and to its `message` event on the recipient's socket.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { synthesiseMessages } from '../../cli/src/evaluation/synthetic-messages.js';
import { signIn } from '../src/domain/accounts.js';
import type { Domain } from '../src/domain/context.js';
import { createJob, propose } from '../src/domain/jobs.js';
import { startService } from '../src/service.js';
import {
  cpuBetween,
  cpuSnapshot,
  createBenchDatabase,
  formatCpu,
  formatLatency,
  numberFlag,
  summarise,
  type BenchBackend,
  type CpuUse,
  type LatencySummary,
} from './support.js';

const PASSWORD = 'ringfence-demo';
const CLIENTS = ['clara', 'ben'] as const;
const FREELANCERS = ['fatima', 'diego'] as const;
const MEMBERS = [...CLIENTS, ...FREELANCERS];
/** HTTP sends are limited to 120 a minute per session; stay under it with some room. */
const HTTP_SENDS_PER_SESSION_MINUTE = 100;

interface SessionCredentials {
  cookie: string;
  csrf: string;
}

interface LoadPlan {
  baseUrl: string;
  rate: number;
  seconds: number;
  warmup: number;
  drain: number;
  via: 'ws' | 'http';
  members: Record<string, { id: string; sessions: SessionCredentials[] }>;
  threads: { id: string; client: string; freelancer: string }[];
}

type GeneratorMessage = { type: 'result'; result: LoadResult } | { type: 'done' };

interface LoadResult {
  measured: number;
  windowSeconds: number;
  offeredRate: number;
  ackedRate: number;
  blockedRate: number;
  deliveredRate: number;
  sendToAck: LatencySummary;
  sendToDelivery: LatencySummary;
  sendToBlocked: LatencySummary;
  scheduleLag: LatencySummary;
  slowestSeconds: { second: number; worst: number; sends: number }[];
  counts: Record<string, number>;
  rejections: Record<string, number>;
  maxInFlight: number;
  generatorUtilisation: number;
  cpu: CpuUse;
}

/** The load generator is this file again, in a child process told so by this variable. */
const GENERATOR_ROLE = 'RINGFENCE_BENCH_GENERATOR';

// ---------------------------------------------------------------------------------------------
// This process: the service.

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string' },
      seconds: { type: 'string' },
      db: { type: 'string' },
      via: { type: 'string' },
      warmup: { type: 'string' },
      drain: { type: 'string' },
      threads: { type: 'string' },
    },
  });
  const backend = (values.db ?? 'pglite') as BenchBackend;
  const via = (values.via ?? 'ws') as 'ws' | 'http';
  if (!['pglite', 'postgres'].includes(backend) || !['ws', 'http'].includes(via)) {
    console.error('usage: messaging.bench.ts [--db pglite|postgres] [--via ws|http] …');
    process.exit(2);
  }
  const rate = numberFlag(values.rate, 'rate', 500);
  const seconds = numberFlag(values.seconds, 'seconds', 60);
  const warmup = values.warmup === '0' ? 0 : numberFlag(values.warmup, 'warmup', 5);
  const drain = numberFlag(values.drain, 'drain', 20);
  const threadCount = Math.max(2, Math.round(numberFlag(values.threads, 'threads', 40)));

  const database = await createBenchDatabase(backend);
  const service = await startService({
    dataDir: database.dataDir,
    ...(database.databaseUrl ? { databaseUrl: database.databaseUrl } : {}),
    demo: true,
    // Blocked sends are part of the mix; without this the senders would be restricted after
    // their third and every later send refused, which measures nothing.
    rules: { escalationBlocks: Number.MAX_SAFE_INTEGER },
  });
  try {
    const baseUrl = await service.app.listen({ port: 0, host: '127.0.0.1' });
    // Sessions straight from the domain: sign-in over HTTP allows 10 a minute, and the HTTP
    // variant needs more sessions than that to stay under the per-session send limit.
    const perMember = rate / MEMBERS.length;
    const sessionsEach =
      via === 'http' ? Math.ceil((perMember * 60) / HTTP_SENDS_PER_SESSION_MINUTE) : 1;
    const members: LoadPlan['members'] = {};
    for (const name of MEMBERS) {
      const sessions: SessionCredentials[] = [];
      let id = '';
      for (let i = 0; i < sessionsEach; i++) {
        const session = await signIn(service.domain, `${name}@demo.ringfence.dev`, PASSWORD);
        id = session.memberId;
        sessions.push({ cookie: `rf_session=${session.token}`, csrf: session.csrfToken });
      }
      members[name] = { id, sessions };
    }
    const threads = await benchThreads(service.domain, members, threadCount);
    const plan: LoadPlan = { baseUrl, rate, seconds, warmup, drain, via, members, threads };

    console.log(
      `messaging: ${backend}, send over ${via === 'ws' ? 'WebSocket' : 'HTTP POST'}, target ` +
        `${rate}/s for ${seconds} s (+${warmup} s warm-up), ${MEMBERS.length} members in ` +
        `${threads.length} threads`,
    );
    const utilisationAtStart = performance.eventLoopUtilization();
    const result = await new Promise<LoadResult>((resolve, reject) => {
      const generator = fork(fileURLToPath(import.meta.url), [], {
        env: { ...process.env, [GENERATOR_ROLE]: '1' },
      });
      generator.send(plan);
      generator.on('message', (message: GeneratorMessage) => {
        if (message.type === 'result') resolve(message.result);
      });
      generator.on('error', reject);
      generator.on('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
    });
    const serverUtilisation = performance.eventLoopUtilization(utilisationAtStart).utilization;
    report(result, serverUtilisation);
  } finally {
    await service.close();
    await database.dispose();
  }
}

function report(result: LoadResult, serverUtilisation: number): void {
  const rate = (value: number) => `${value.toFixed(1)}/s`;
  const answered = result.ackedRate + result.blockedRate;
  const perMessage = (cores: number) =>
    Number.isNaN(cores) ? '–' : `${((cores * 1000) / answered).toFixed(1)} ms`;
  const lines = [
    `measured window            ${result.windowSeconds.toFixed(1)} s, ${result.measured} messages`,
    `offered (sent)             ${rate(result.offeredRate)}`,
    `durable (acked)            ${rate(result.ackedRate)}   acks arriving in the window (+ ${rate(result.blockedRate)} blocked answers)`,
    `delivered to recipient     ${rate(result.deliveredRate)}   message events arriving in the window`,
    `send → ack (durable)       ${formatLatency(result.sendToAck)}`,
    `send → recipient delivery  ${formatLatency(result.sendToDelivery)}`,
    `send → blocked answer      ${formatLatency(result.sendToBlocked)}`,
    `generator schedule lag     ${formatLatency(result.scheduleLag)}`,
    `slowest seconds (ack)      ${result.slowestSeconds.map((s) => `${s.second} s: ${s.worst.toFixed(0)} ms`).join(' · ')}   (second of the window: slowest ack of the sends made in it)`,
    `most sends in flight       ${result.maxInFlight}`,
    `outcomes                   ${JSON.stringify(result.counts)}`,
    `rejections by code         ${JSON.stringify(result.rejections)}`,
    `CPU in the window          ${formatCpu(result.cpu)}`,
    `CPU per answered send      service ${perMessage(result.cpu.service)}, PostgreSQL ${perMessage(result.cpu.postgres)}`,
    `service event loop busy    ${(serverUtilisation * 100).toFixed(0)} %   (whole run, warm-up and drain included)`,
    `generator event loop busy  ${(result.generatorUtilisation * 100).toFixed(0)} %`,
  ];
  console.log(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------
// Child process: the members' clients.

const PENDING = 0;
const ACKED = 1;
const BLOCKED = 2;
const REJECTED = 3;
const FAILED = 4;

async function generateLoad(plan: LoadPlan): Promise<void> {
  const port = {
    postMessage: (message: GeneratorMessage) => process.send!(message),
    // Once the last message is out: nothing else keeps this process alive.
    close: () => process.send!({ type: 'done' }, () => process.disconnect()),
  };
  const measured = Math.round(plan.rate * plan.seconds);
  const warmupCount = Math.round(plan.rate * plan.warmup);
  const total = warmupCount + measured;
  const texts = synthesiseMessages({ count: total, seed: 1 }).map((m) => m.text);

  const member = (name: string) => plan.members[name]!;

  const intended = new Float64Array(total);
  const sentAt = new Float64Array(total);
  const answeredAt = new Float64Array(total).fill(NaN);
  const deliveredAt = new Float64Array(total).fill(NaN);
  const outcome = new Uint8Array(total);
  const held = new Uint8Array(total);
  const masked = new Uint8Array(total);
  const replayed = new Uint8Array(total);
  /** The sequence number each acknowledged message got in its thread. */
  const seqOf = new Int32Array(total);
  const rejections: Record<string, number> = {};
  const indexOfMessage = new Map<string, number>();
  /** Deliveries that arrived before their ack (fan-out runs before the ack is written). */
  const earlyDeliveries = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  let strayEvents = 0;

  const onAck = (
    i: number,
    at: number,
    message: { id: string; seq: number; held: boolean; masked: boolean },
    wasReplayed: boolean,
  ) => {
    if (outcome[i] !== PENDING) return;
    inFlight--;
    outcome[i] = ACKED;
    answeredAt[i] = at;
    held[i] = message.held ? 1 : 0;
    masked[i] = message.masked ? 1 : 0;
    replayed[i] = wasReplayed ? 1 : 0;
    seqOf[i] = message.seq;
    indexOfMessage.set(message.id, i);
    const early = earlyDeliveries.get(message.id);
    if (early !== undefined) {
      deliveredAt[i] = early;
      earlyDeliveries.delete(message.id);
    }
  };
  const onRefused = (i: number, at: number, code: string) => {
    if (outcome[i] !== PENDING) return;
    inFlight--;
    answeredAt[i] = at;
    outcome[i] = code === 'blocked' ? BLOCKED : code === 'failed' ? FAILED : REJECTED;
    if (code !== 'blocked') rejections[code] = (rejections[code] ?? 0) + 1;
  };
  const onDelivered = (messageId: string, at: number) => {
    const i = indexOfMessage.get(messageId);
    if (i === undefined) earlyDeliveries.set(messageId, at);
    else if (Number.isNaN(deliveredAt[i]!)) deliveredAt[i] = at;
  };

  // Every member's live connection: it acknowledges their sends and delivers the other's.
  const sockets = new Map<string, WebSocket>();
  await Promise.all(
    MEMBERS.map(async (name) => {
      const me = member(name);
      const socket = new WebSocket(`${plan.baseUrl.replace(/^http/, 'ws')}/v1/ws`, {
        headers: { cookie: me.sessions[0]!.cookie },
      });
      socket.on('message', (raw: WebSocket.RawData) => {
        const at = performance.now();
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- events are read field by field
        const event = JSON.parse(raw.toString()) as any;
        if (event.type === 'ack') {
          onAck(indexOfKey(event.idempotencyKey), at, event.message, event.replayed === true);
        } else if (event.type === 'rejected') {
          onRefused(indexOfKey(event.idempotencyKey), at, String(event.code));
        } else if (event.type === 'message') {
          if (event.message.senderId !== me.id) onDelivered(event.message.id, at);
        } else if (event.type !== 'message_updated') strayEvents++;
      });
      socket.on('error', (error) => console.error(`${name}'s WebSocket:`, error.message));
      await new Promise<void>((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('unexpected-response', (_request, response) =>
          reject(new Error(`${name}'s WebSocket was refused: ${response.statusCode}`)),
        );
      });
      sockets.set(name, socket);
    }),
  );

  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const sessionTurn = new Map<string, number>();
  const send = (i: number) => {
    const thread = plan.threads[i % plan.threads.length]!;
    const from = Math.floor(i / plan.threads.length) % 2 === 0 ? thread.client : thread.freelancer;
    const threadId = thread.id;
    const key = `bench-${i}`;
    sentAt[i] = performance.now();
    inFlight++;
    if (inFlight > maxInFlight) maxInFlight = inFlight;
    if (plan.via === 'ws') {
      sockets
        .get(from)!
        .send(JSON.stringify({ type: 'send', threadId, text: texts[i], idempotencyKey: key }));
      return;
    }
    const sessions = member(from).sessions;
    const turn = sessionTurn.get(from) ?? 0;
    sessionTurn.set(from, turn + 1);
    const session = sessions[turn % sessions.length]!;
    const body = JSON.stringify({ text: texts[i], idempotencyKey: key });
    const request = http.request(
      `${plan.baseUrl}/v1/threads/${threadId}/messages`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const at = performance.now();
          // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read field by field
          const answer = JSON.parse(Buffer.concat(chunks).toString() || '{}') as any;
          const status = response.statusCode ?? 0;
          if (status === 200 || status === 201) onAck(i, at, answer.message, status === 200);
          else onRefused(i, at, String(answer.code ?? `http_${status}`));
        });
      },
    );
    request.on('error', () => onRefused(i, performance.now(), 'failed'));
    request.end(body);
  };

  // Open loop: message i goes at start + i / rate, however far behind the answers are.
  const interval = 1000 / plan.rate;
  const start = performance.now() + 20;
  const windowStart = start + warmupCount * interval;
  const windowEnd = start + total * interval;
  let generatorAtStart = performance.eventLoopUtilization();
  let cpuAtStart = cpuSnapshot(process.ppid);
  await new Promise<void>((resolve) => {
    let next = 0;
    const pump = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) {
        if (next === warmupCount) {
          cpuAtStart = cpuSnapshot(process.ppid);
          generatorAtStart = performance.eventLoopUtilization();
        }
        intended[next] = start + next * interval;
        send(next++);
      }
      if (next < total) {
        setTimeout(pump, Math.min(5, Math.max(0, start + next * interval - performance.now())));
      } else resolve();
    };
    pump();
  });
  const generatorUtilisation = performance.eventLoopUtilization(generatorAtStart).utilization;
  const cpu = cpuBetween(
    cpuAtStart,
    cpuSnapshot(process.ppid),
    (performance.now() - windowStart) / 1000,
  );

  // Let the answers and deliveries still under way arrive, up to --drain seconds.
  const settled = () => {
    for (let i = 0; i < total; i++) {
      if (outcome[i] === PENDING) return false;
      if (outcome[i] === ACKED && !held[i] && !replayed[i] && Number.isNaN(deliveredAt[i]!))
        return false;
    }
    return true;
  };
  const drainUntil = performance.now() + plan.drain * 1000;
  while (!settled() && performance.now() < drainUntil) await sleep(100);
  for (const socket of sockets.values()) socket.close();
  agent.destroy();

  const ack: number[] = [];
  const delivery: number[] = [];
  const blocked: number[] = [];
  const lag: number[] = [];
  const counts: Record<string, number> = {
    acked: 0,
    blocked: 0,
    rejected: 0,
    failed: 0,
    unanswered: 0,
    held: 0,
    masked: 0,
    replayed: 0,
    ackedNotDelivered: 0,
    strayEvents,
  };
  // One member's sends in one thread should be numbered in the order they were sent.
  const lastSeq = new Map<string, number>();
  counts.outOfOrder = 0;
  for (let i = 0; i < total; i++) {
    if (outcome[i] !== ACKED) continue;
    const thread = plan.threads[i % plan.threads.length]!;
    const key = `${thread.id}:${Math.floor(i / plan.threads.length) % 2}`;
    if (seqOf[i]! < (lastSeq.get(key) ?? 0)) counts.outOfOrder!++;
    lastSeq.set(key, Math.max(seqOf[i]!, lastSeq.get(key) ?? 0));
  }
  let ackedInWindow = 0;
  let blockedInWindow = 0;
  let deliveredInWindow = 0;
  for (let i = 0; i < total; i++) {
    if (answeredAt[i]! >= windowStart && answeredAt[i]! <= windowEnd && outcome[i] === ACKED)
      ackedInWindow++;
    if (answeredAt[i]! >= windowStart && answeredAt[i]! <= windowEnd && outcome[i] === BLOCKED)
      blockedInWindow++;
    if (deliveredAt[i]! >= windowStart && deliveredAt[i]! <= windowEnd) deliveredInWindow++;
    if (i < warmupCount) continue;
    lag.push(sentAt[i]! - intended[i]!);
    const state = outcome[i];
    if (state === ACKED) {
      counts.acked!++;
      ack.push(answeredAt[i]! - sentAt[i]!);
      if (held[i]) counts.held!++;
      if (masked[i]) counts.masked!++;
      if (replayed[i]) counts.replayed!++;
      if (!Number.isNaN(deliveredAt[i]!)) delivery.push(deliveredAt[i]! - sentAt[i]!);
      else if (!held[i]) counts.ackedNotDelivered!++;
    } else if (state === BLOCKED) {
      counts.blocked!++;
      blocked.push(answeredAt[i]! - sentAt[i]!);
    } else if (state === REJECTED) counts.rejected!++;
    else if (state === FAILED) counts.failed!++;
    else counts.unanswered!++;
  }
  const windowSeconds = (windowEnd - windowStart) / 1000;
  // Whether the slow answers come all at once (a stall) or spread out (the machine is full).
  const worstBySecond = new Map<number, { worst: number; sends: number }>();
  for (let i = warmupCount; i < total; i++) {
    if (outcome[i] !== ACKED) continue;
    const second = Math.floor((sentAt[i]! - windowStart) / 1000);
    const entry = worstBySecond.get(second) ?? { worst: 0, sends: 0 };
    entry.worst = Math.max(entry.worst, answeredAt[i]! - sentAt[i]!);
    entry.sends++;
    worstBySecond.set(second, entry);
  }
  const slowestSeconds = [...worstBySecond]
    .map(([second, entry]) => ({ second, ...entry }))
    .sort((a, b) => b.worst - a.worst)
    .slice(0, 5);
  port.postMessage({
    type: 'result',
    result: {
      measured,
      windowSeconds,
      offeredRate: measured / windowSeconds,
      ackedRate: ackedInWindow / windowSeconds,
      blockedRate: blockedInWindow / windowSeconds,
      deliveredRate: deliveredInWindow / windowSeconds,
      sendToAck: summarise(ack),
      sendToDelivery: summarise(delivery),
      sendToBlocked: summarise(blocked),
      scheduleLag: summarise(lag),
      slowestSeconds,
      counts,
      rejections,
      maxInFlight,
      generatorUtilisation,
      cpu,
    },
  } satisfies GeneratorMessage);
  port.close();
}

function indexOfKey(key: unknown): number {
  return Number(String(key).slice('bench-'.length));
}

/**
 * The demo's two threads (Clara ⇄ Fatima before a contract, Ben ⇄ Diego under one), then
 * threads opened by Fatima's and Diego's proposals on new jobs of Clara's and Ben's, up to `count`.
 */
async function benchThreads(
  domain: Domain,
  members: LoadPlan['members'],
  count: number,
): Promise<LoadPlan['threads']> {
  const id = (name: string) => members[name]!.id;
  const nameOf = new Map(Object.entries(members).map(([name, m]) => [m.id, name]));
  const demo = await domain.db
    .selectFrom('threads')
    .select(['id', 'client_id', 'freelancer_id'])
    .where('client_id', 'in', CLIENTS.map(id))
    .where('freelancer_id', 'in', FREELANCERS.map(id))
    .execute();
  const threads = demo.map((row) => ({
    id: row.id,
    client: nameOf.get(row.client_id)!,
    freelancer: nameOf.get(row.freelancer_id)!,
  }));
  const organisationOf = async (name: string, role: 'client' | 'freelancer') =>
    (
      await domain.db
        .selectFrom('memberships')
        .select('organisation_id')
        .where('member_id', '=', id(name))
        .where('role', '=', role)
        .executeTakeFirstOrThrow()
    ).organisation_id;
  for (let n = 0; threads.length < count; n++) {
    const client = CLIENTS[n % CLIENTS.length]!;
    const { job } = await createJob(domain, id(client), {
      organisationId: await organisationOf(client, 'client'),
      title: `Benchmark project ${n + 1}`,
      description: 'A small design and build project, to be scoped in the thread.',
      acknowledged: true,
    });
    for (const freelancer of FREELANCERS) {
      if (threads.length >= count) break;
      const { threadId } = await propose(domain, id(freelancer), job.id, {
        organisationId: await organisationOf(freelancer, 'freelancer'),
        coverLetter: 'I would be glad to help with this project; I can start next week.',
        portfolioLinks: [],
      });
      threads.push({ id: threadId, client, freelancer });
    }
  }
  return threads.slice(0, count);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

if (process.env[GENERATOR_ROLE] === undefined) await main();
else process.once('message', (plan: LoadPlan) => void generateLoad(plan));
