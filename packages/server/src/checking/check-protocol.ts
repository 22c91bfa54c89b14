// What the service and its check workers say to each other, and how a worker answers.
import {
  createChecker,
  decideText,
  type CheckOutput,
  type Context,
  type Decision,
  type Policy,
} from '@ringfence/policy';
import type { TextOptions } from './checks.js';

/** What a check worker is started with: the operator's policy, already validated. */
export interface CheckWorkerData {
  policy: Policy | undefined;
}
/** Items for the check API, or one write's text for the service's enforcement. */
export type CheckRequest =
  | { id: number; items: readonly unknown[]; text?: undefined }
  | { id: number; items?: undefined; text: string; context: Context; options: TextOptions };
export type CheckResponse =
  | { id: number; outputs: CheckOutput[]; decision?: undefined; error?: undefined }
  | { id: number; outputs?: undefined; decision: Decision; error?: undefined }
  | { id: number; outputs?: undefined; decision?: undefined; error: string };

/** Answers requests as a check worker does: the check API's items, or a write's text. */
export function createAnswerer({
  policy,
}: CheckWorkerData): (request: CheckRequest) => CheckResponse {
  const checker = createChecker(policy ? { policy } : {});
  return (request) => {
    const { id } = request;
    try {
      if (request.text === undefined) {
        return { id, outputs: checker.checkEach(request.items) };
      }
      const options = { ...request.options, ...(policy ? { policy } : {}) };
      return { id, decision: decideText(request.text, request.context, options) };
    } catch (error) {
      return { id, error: (error as Error).message };
    }
  };
}
