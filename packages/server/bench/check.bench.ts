// POST /v1/check under concurrent keep-alive load: decisions/s and latency, one item per request
// and in batches.
//
//   node --conditions=source --import tsx packages/server/bench/check.bench.ts \
//     [--seconds 20] [--warmup 3] [--connections 64] [--batch 100] [--batch-connections 4]
//     [--only single|batch] [--workers N]
//
// The service runs in this process (the check API as the service serves it, deciding on
// `--workers` worker threads — 0 for the event loop — and listening on a free port); the load generator runs in a child process, `--connections` requests in flight over as
// many keep-alive connections (`--batch-connections` for batches: 64 batches of 100 in flight
// would only measure the queue), each sending its next request as soon as the last is answered.
// Texts are the CLI bench's synthetic freelance messages (~300 bytes, in threads of 3–8, 1 in 8
// with a contact detail), the same as `ringfence bench --generate`, so the in-process figure
// printed first is comparable with docs/performance.md.
import { fork } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createChecker } from '@ringfence/policy';
import { synthesiseMessages } from '../../cli/src/evaluation/synthetic-messages.js';
import { buildApp } from '../src/app.js';
import { DEFAULT_CHECK_WORKERS, startCheckWorkers } from '../src/checking/checks.js';
import {
  cpuBetween,
  cpuSnapshot,
  formatCpu,
  formatLatency,
  numberFlag,
  summarise,
  type CpuUse,
  type LatencySummary,
} from './support.js';

const MESSAGES = 20_000;

interface Variant {
  name: string;
  /** Items per request; 0 sends one bare item (`{id, text, …}`), not a batch. */
  batch: number;
  connections: number;
}

interface LoadPlan {
  baseUrl: string;
  variant: Variant;
  seconds: number;
  warmup: number;
}

interface LoadResult {
  requests: number;
  decisions: number;
  seconds: number;
  errors: Record<string, number>;
  latency: LatencySummary;
  generatorUtilisation: number;
  cpu: CpuUse;
}

type GeneratorMessage = { type: 'result'; result: LoadResult };

const GENERATOR_ROLE = 'RINGFENCE_BENCH_GENERATOR';

function items() {
  return synthesiseMessages({ count: MESSAGES, seed: 1 });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      batch: { type: 'string' },
      'batch-connections': { type: 'string' },
      only: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  const seconds = numberFlag(values.seconds, 'seconds', 20);
  const warmup = numberFlag(values.warmup, 'warmup', 3);
  const connections = numberFlag(values.connections, 'connections', 64);
  const batch = numberFlag(values.batch, 'batch', 100);
  const batchConnections = numberFlag(values['batch-connections'], 'batch-connections', 4);
  // 0 decides on the event loop, as buildApp alone does; by default as the service does.
  const workers =
    values.workers === '0' ? 0 : numberFlag(values.workers, 'workers', DEFAULT_CHECK_WORKERS);
  const variants: Variant[] = [
    { name: 'single', batch: 0, connections },
    { name: `batch of ${batch}`, batch, connections: batchConnections },
  ].filter((v) => values.only === undefined || v.name.startsWith(values.only));

  inProcessBaseline();

  const checks = workers > 0 ? await startCheckWorkers({ workers }) : undefined;
  console.log(
    workers > 0 ? `checking on ${workers} worker thread(s)` : 'checking on the event loop',
  );
  const app = buildApp({ logger: false, ...(checks ? { checks } : {}) });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    for (const variant of variants) {
      const plan: LoadPlan = { baseUrl, variant, seconds, warmup };
      const utilisationAtStart = performance.eventLoopUtilization();
      const result = await new Promise<LoadResult>((resolve, reject) => {
        const generator = fork(fileURLToPath(import.meta.url), [], {
          env: { ...process.env, [GENERATOR_ROLE]: '1' },
        });
        generator.send(plan);
        generator.on('message', (message: GeneratorMessage) => {
          resolve(message.result);
          generator.disconnect();
        });
        generator.on('error', reject);
      });
      const serverUtilisation = performance.eventLoopUtilization(utilisationAtStart).utilization;
      const perItem = variant.batch === 0 ? 1 : variant.batch;
      console.log(
        [
          `POST /v1/check, ${variant.name}: ${variant.connections} connections, ${result.seconds.toFixed(1)} s`,
          `  decisions/s         ${(result.decisions / result.seconds).toFixed(0)}`,
          `  requests/s          ${(result.requests / result.seconds).toFixed(0)} (${perItem} item${perItem === 1 ? '' : 's'} each)`,
          `  request latency     ${formatLatency(result.latency)}`,
          `  errors              ${JSON.stringify(result.errors)}`,
          `  CPU in the window   ${formatCpu(result.cpu)}`,
          `  service event loop  ${(serverUtilisation * 100).toFixed(0)} % busy (warm-up included)`,
          `  generator loop      ${(result.generatorUtilisation * 100).toFixed(0)} % busy`,
        ].join('\n'),
      );
    }
  } finally {
    await app.close();
    await checks?.close();
  }
}

/** The checker alone on the same texts, one after another: the ceiling for one process. */
function inProcessBaseline(): void {
  const messages = items();
  const checker = createChecker();
  const run = (ms: number) => {
    const times: number[] = [];
    const until = performance.now() + ms;
    for (let i = 0; performance.now() < until; i++) {
      const started = performance.now();
      checker.check(messages[i % messages.length]);
      times.push(performance.now() - started);
    }
    return times;
  };
  run(1000);
  const times = run(3000);
  let total = 0;
  for (const time of times) total += time;
  console.log(
    `checker in process (no HTTP): ${((times.length / total) * 1000).toFixed(0)} decisions/s, ` +
      formatLatency(summarise(times)),
  );
}

async function generateLoad(plan: LoadPlan): Promise<void> {
  const send = (message: GeneratorMessage) => process.send!(message);
  const messages = items();
  const bodies: string[] = [];
  const size = plan.variant.batch;
  if (size === 0) for (const message of messages) bodies.push(JSON.stringify(message));
  else {
    for (let i = 0; i + size <= messages.length; i += size) {
      bodies.push(JSON.stringify({ items: messages.slice(i, i + size) }));
    }
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.variant.connections });
  const url = new URL('/v1/check', plan.baseUrl);
  const post = (body: string) =>
    new Promise<number>((resolve) => {
      const request = http.request(
        url,
        {
          method: 'POST',
          agent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        },
      );
      request.on('error', () => resolve(-1));
      request.end(body);
    });

  const started = performance.now();
  const windowStart = started + plan.warmup * 1000;
  const windowEnd = windowStart + plan.seconds * 1000;
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  let requests = 0;
  let next = 0;
  let generatorAtStart = performance.eventLoopUtilization();
  let generatorUtilisation = NaN;
  let cpuAtStart = cpuSnapshot(process.ppid);
  let cpu: CpuUse | undefined;
  setTimeout(() => {
    generatorAtStart = performance.eventLoopUtilization();
    cpuAtStart = cpuSnapshot(process.ppid);
  }, plan.warmup * 1000);
  setTimeout(
    () => {
      generatorUtilisation = performance.eventLoopUtilization(generatorAtStart).utilization;
      cpu = cpuBetween(cpuAtStart, cpuSnapshot(process.ppid), plan.seconds);
    },
    (plan.warmup + plan.seconds) * 1000,
  );
  // Each connection sends its next request as soon as the last is answered; what counts is
  // every answer that arrives inside the window.
  const connection = async () => {
    while (performance.now() < windowEnd) {
      const sentAt = performance.now();
      const status = await post(bodies[next++ % bodies.length]!);
      const answeredAt = performance.now();
      if (answeredAt < windowStart || answeredAt > windowEnd) continue;
      if (status === 200) {
        requests++;
        latencies.push(answeredAt - sentAt);
      } else errors[String(status)] = (errors[String(status)] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: plan.variant.connections }, connection));
  while (Number.isNaN(generatorUtilisation)) await new Promise((r) => setTimeout(r, 10));
  agent.destroy();
  send({
    type: 'result',
    result: {
      requests,
      decisions: requests * (size === 0 ? 1 : size),
      seconds: plan.seconds,
      errors,
      latency: summarise(latencies),
      generatorUtilisation,
      cpu: cpu!,
    },
  });
}

if (process.env[GENERATOR_ROLE] === undefined) await main();
else process.once('message', (plan: LoadPlan) => void generateLoad(plan));
