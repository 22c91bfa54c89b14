import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckOutput, Context, DecideTextOptions, Decision, Policy } from '@ringfence/policy';
import {
  createAnswerer,
  type CheckRequest,
  type CheckResponse,
  type CheckWorkerData,
} from './check-protocol.js';

/** What a write brings to its decision besides the text; the policy is the checks' own. */
export type TextOptions = Omit<DecideTextOptions, 'policy'>;

/** Decisions for the check API and the service's writes: in this thread, or on worker threads. */
export interface Checks {
  /**
   * Decides items in order. Items of one thread are decided one after another by the same
   * checker, so a contact detail split across requests is still seen.
   */
  decide(items: readonly unknown[]): Promise<CheckOutput[]>;
  /** Decides one write's text (a message, a proposal, a profile) as `decideText` does. */
  decideText(text: string, context: Context, options: TextOptions): Promise<Decision>;
  close(): Promise<void>;
}

/** Checks on the calling thread, under `policy` (the built-in one by default): answered as a worker would. */
export function checksInProcess(policy?: Policy): Checks {
  const answer = createAnswerer({ policy });
  return {
    ...asking(async (request) => {
      const response = answer(request);
      if (response.error !== undefined) throw new Error(response.error);
      return response;
    }),
    close: () => Promise.resolve(),
  };
}

/** `decide` and `decideText` as requests to `ask`, which answers them as a check worker does. */
function asking(
  ask: (request: CheckRequest) => Promise<CheckResponse>,
): Pick<Checks, 'decide' | 'decideText'> {
  let nextId = 0;
  return {
    async decide(items) {
      return (await ask({ id: nextId++, items })).outputs!;
    },
    async decideText(text, context, options) {
      return (await ask({ id: nextId++, text, context, options })).decision!;
    },
  };
}

/** One worker per core but one, leaving a core for HTTP and the database. */
export const DEFAULT_CHECK_WORKERS = Math.max(1, availableParallelism() - 1);

/**
 * Checks on worker threads, so detection runs beside the event loop instead of in it, and warm:
 * detection run between a request's database and socket work finds the processor's caches full
 * of other things, and took several times as long as in a loop of its own. Each worker has its
 * own checker; a thread's items always go to the same worker (by a hash of the thread key), which
 * keeps its recent messages and their order. A write's text goes to the least busy worker.
 */
export async function startCheckWorkers(
  options: {
    policy?: Policy;
    workers?: number;
    /** The workers' module: check-worker by default; tests bring one that fails on purpose. */
    script?: URL;
  } = {},
): Promise<Checks> {
  const count = Math.max(1, options.workers ?? DEFAULT_CHECK_WORKERS);
  const data: CheckWorkerData = { policy: options.policy };
  const script = options.script ?? WORKER_SCRIPT;
  const workers = await Promise.all(Array.from({ length: count }, () => startWorker(script, data)));
  let next = 0;
  const workerFor = (item: unknown): number => {
    const thread = threadKeyOf(item);
    if (thread === undefined) return (next = (next + 1) % count);
    return hash(thread) % count;
  };

  return {
    async decide(items) {
      if (count === 1) return workers[0]!.decide(items);
      // Each worker gets its share in order; the answers go back in the items' order.
      const shares = workers.map(() => ({ items: [] as unknown[], at: [] as number[] }));
      items.forEach((item, at) => {
        const share = shares[workerFor(item)]!;
        share.items.push(item);
        share.at.push(at);
      });
      const outputs: CheckOutput[] = new Array<CheckOutput>(items.length);
      await Promise.all(
        shares.map(async (share, w) => {
          if (share.items.length === 0) return;
          const decided = await workers[w]!.decide(share.items);
          decided.forEach((output, i) => (outputs[share.at[i]!] = output));
        }),
      );
      return outputs;
    },
    decideText(text, context, options) {
      let idlest = workers[0]!;
      for (const worker of workers) if (worker.waiting() < idlest.waiting()) idlest = worker;
      return idlest.decideText(text, context, options);
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

function threadKeyOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object' || !('thread' in item)) return undefined;
  const thread = (item as { thread: unknown }).thread;
  return typeof thread === 'string' || typeof thread === 'number' ? String(thread) : undefined;
}

/** FNV-1a: spreads thread keys evenly over the workers. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

interface CheckWorker extends Checks {
  /** Requests sent and not yet answered. */
  waiting(): number;
}

/** The worker script beside this module: the .ts file when run from TypeScript sources. */
const WORKER_SCRIPT = new URL(
  import.meta.url.endsWith('.ts') ? './check-worker.ts' : './check-worker.js',
  import.meta.url,
);

/**
 * Starts a worker. A worker does not inherit the loader that compiles TypeScript (tests,
 * benches), so for a .ts script a small bootstrap registers tsx first.
 */
function spawn(script: URL, workerData: CheckWorkerData): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { workerData });
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * A worker that answers requests in turn. If it dies, the requests it held fail and a new one
 * takes its place, so one bad input cannot stop every later check and send.
 */
async function startWorker(script: URL, data: CheckWorkerData): Promise<CheckWorker> {
  const pending = new Map<
    number,
    { resolve: (response: CheckResponse) => void; reject: (e: Error) => void }
  >();
  let closing = false;
  /** Set when a worker died before it was ready: starting another would fail the same way. */
  let broken: Error | undefined;
  const start = (): Worker => {
    const worker = spawn(script, data);
    let ready = false;
    worker.once('online', () => {
      ready = true;
      // An idle worker must not keep the process alive; a busy one must, until it answers.
      if (pending.size === 0) worker.unref();
    });
    const replace = (error: Error) => {
      for (const { reject } of pending.values()) reject(error);
      pending.clear();
      worker.removeAllListeners();
      if (closing) return;
      if (ready) current = start();
      else broken = error;
    };
    worker.on('message', (response: CheckResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      if (pending.size === 0) worker.unref();
      if (response.error !== undefined) waiting?.reject(new Error(response.error));
      else waiting?.resolve(response);
    });
    worker.once('error', replace);
    worker.once('exit', (code) => replace(new Error(`check worker exited with code ${code}`)));
    return worker;
  };
  let current = start();
  await new Promise<void>((resolve, reject) => {
    current.once('online', resolve);
    current.once('error', reject);
    current.once('exit', (code) => reject(new Error(`check worker exited with code ${code}`)));
  });
  const ask = (request: CheckRequest): Promise<CheckResponse> =>
    new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      if (pending.size === 0) current.ref();
      pending.set(request.id, { resolve, reject });
      current.postMessage(request);
    });
  return {
    ...asking(ask),
    waiting: () => pending.size,
    async close() {
      closing = true;
      await current.terminate();
    },
  };
}
