import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Checker, type CheckOutput, type Policy } from '@ringfence/policy';
import type { CheckRequest, CheckResponse, CheckWorkerData } from './check-worker.js';

/** Decisions for the check API: in this thread, or spread over worker threads. */
export interface Checks {
  /**
   * Decides items in order. Items of one thread are decided one after another by the same
   * checker, so a contact detail split across requests is still seen.
   */
  decide(items: readonly unknown[]): Promise<CheckOutput[]>;
  close(): Promise<void>;
}

/** Checks on the calling thread: for tests and a custom checker. */
export function checksInProcess(checker: Checker): Checks {
  return {
    decide: (items) => Promise.resolve(items.map((item) => checker.check(item))),
    close: () => Promise.resolve(),
  };
}

/** One worker per core but one, leaving a core for HTTP and the database. */
export const DEFAULT_CHECK_WORKERS = Math.max(1, availableParallelism() - 1);

/**
 * Checks on worker threads, so detection runs beside the event loop instead of in it. Each
 * worker has its own checker; a thread's items always go to the same worker (by a hash of the
 * thread key), which keeps its recent messages and their order.
 */
export async function startCheckWorkers(
  options: { policy?: Policy; workers?: number } = {},
): Promise<Checks> {
  const count = Math.max(1, options.workers ?? DEFAULT_CHECK_WORKERS);
  const data: CheckWorkerData = { policy: options.policy };
  const workers = await Promise.all(Array.from({ length: count }, () => startWorker(data)));
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

interface CheckWorker {
  decide(items: readonly unknown[]): Promise<CheckOutput[]>;
  close(): Promise<void>;
}

const WORKER_SCRIPT = new URL('./check-worker.js', import.meta.url);

/**
 * Starts the worker script beside this module. Run from TypeScript sources (tests, benches),
 * the worker is the .ts file, and a worker does not inherit the loader that compiles it, so a
 * small bootstrap registers tsx first.
 */
function spawn(workerData: CheckWorkerData): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(WORKER_SCRIPT, { workerData });
  const source = new URL('./check-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

async function startWorker(data: CheckWorkerData): Promise<CheckWorker> {
  const worker = spawn(data);
  const pending = new Map<
    number,
    { resolve: (o: CheckOutput[]) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure = error;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', ({ id, outputs, error }: CheckResponse) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) worker.unref();
    if (error !== undefined) waiting?.reject(new Error(error));
    else waiting?.resolve(outputs);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`check worker exited with code ${code}`)));
  await new Promise<void>((resolve, reject) => {
    worker.once('online', resolve);
    worker.once('error', reject);
  });
  // An idle worker must not keep the process alive; a busy one must, until it answers.
  worker.unref();
  return {
    decide(items) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        if (pending.size === 0) worker.ref();
        pending.set(id, { resolve, reject });
        const request: CheckRequest = { id, items };
        worker.postMessage(request);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
