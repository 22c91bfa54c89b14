import { parentPort, workerData } from 'node:worker_threads';
import { createChecker, type CheckOutput, type Policy } from '@ringfence/policy';

/** What a check worker is started with: the operator's policy, already validated. */
export interface CheckWorkerData {
  policy: Policy | undefined;
}
export interface CheckRequest {
  id: number;
  items: readonly unknown[];
}
export type CheckResponse =
  | { id: number; outputs: CheckOutput[]; error?: undefined }
  | { id: number; outputs?: undefined; error: string };

if (parentPort) {
  const port = parentPort;
  const { policy } = workerData as CheckWorkerData;
  const checker = createChecker(policy ? { policy } : {});
  port.on('message', ({ id, items }: CheckRequest) => {
    let response: CheckResponse;
    try {
      response = { id, outputs: items.map((item) => checker.check(item)) };
    } catch (error) {
      response = { id, error: (error as Error).message };
    }
    port.postMessage(response);
  });
}
