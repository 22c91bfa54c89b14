import { THREAD_WINDOW, type Category } from '@ringfence/detect';
import * as z from 'zod/mini';
import { describeIssue } from './issues.js';
import { decideEach, type TextToDecide } from './decide-text.js';
import { defaultPolicy } from './default-policy.js';
import type { Policy } from './policy-document.js';
import {
  ATTACHMENT_KINDS,
  CONTRACT_STATES,
  PLANS,
  SURFACES,
  type Action,
  type Decision,
  type ExceptionKind,
} from './types.js';

/** One item to check: the scan contract's input line (unknown fields are ignored). */
export const checkInputSchema = z.object({
  id: z.optional(z.unknown()),
  text: z.string({
    error: (issue) =>
      issue.input === undefined ? '"text" is required' : '"text" must be a string',
  }),
  surface: z._default(z.enum(SURFACES), 'message'),
  contract: z._default(z.enum(CONTRACT_STATES), 'none'),
  plan: z._default(z.enum(PLANS), 'basic'),
  attachment_kind: z.optional(z.enum(ATTACHMENT_KINDS)),
  thread: z.optional(z.union([z.string(), z.number()])),
  seq: z.optional(z.number()),
  country: z.optional(
    z
      .string()
      .check(z.regex(/^[A-Za-z]{2}$/, '"country" must be an ISO 3166-1 alpha-2 code such as "GB"')),
  ),
});
export type CheckInput = z.input<typeof checkInputSchema>;
type CheckItem = z.output<typeof checkInputSchema>;

export interface CheckFinding {
  category: Category;
  start: number;
  end: number;
  text: string;
}

/** The scan contract's output line. */
export type CheckOutput =
  | {
      id: unknown;
      action: Action;
      categories: Category[];
      findings: CheckFinding[];
      exception?: ExceptionKind;
      masked?: string;
    }
  | { id: unknown; error: string };

export interface CheckerOptions {
  policy?: Policy;
  /** Threads remembered for split-message detection; the oldest is forgotten beyond this. */
  threadLimit?: number;
}

/**
 * Checks items one by one or a batch at a time, remembering recent messages per thread so a
 * contact detail split across messages is caught on the message that completes it. Pure: no
 * I/O, bounded memory.
 *
 * @example
 * const checker = createChecker();
 * checker.check({ id: 1, text: 'my number is 415', thread: 't' });
 * checker.check({ id: 2, text: '555 0132', thread: 't' }); // → action "block", categories ["phone"]
 */
export function createChecker(options: CheckerOptions = {}) {
  const policy = options.policy ?? defaultPolicy;
  const threadLimit = options.threadLimit ?? 10_000;
  // Map iteration order is insertion order, which makes it a cheap LRU.
  const threads = new Map<string, string[]>();

  function check(raw: unknown): CheckOutput {
    return checkEach([raw])[0]!;
  }

  /**
   * `check` for many items in order, as if checked one after the other, but detected together
   * (see `detectEach`): an earlier item of the same thread counts as an earlier message.
   */
  function checkEach(raws: readonly unknown[]): CheckOutput[] {
    const items = raws.map(readItem);
    const decisions = decideEach(
      items.flatMap((item) => ('error' in item ? [] : [toDecide(item.input)])),
      policy,
    );
    let next = 0;
    return items.map((item) => ('error' in item ? item : output(item.id, decisions[next++]!)));
  }

  /** The item in its context, after the thread's earlier messages; it joins them. */
  function toDecide(input: CheckItem): TextToDecide {
    const threadKey = input.thread === undefined ? undefined : String(input.thread);
    // A copy: the thread's list goes on growing with the items after this one.
    const earlier = threadKey === undefined ? [] : [...recall(threadKey)];
    if (threadKey !== undefined) remember(threadKey, input.text);
    return {
      text: input.text,
      context: {
        surface: input.surface,
        contract: input.contract,
        plan: input.plan,
        ...(input.attachment_kind ? { attachment_kind: input.attachment_kind } : {}),
      },
      earlier,
      countries: input.country ? [input.country.toUpperCase()] : [],
    };
  }

  function readItem(
    raw: unknown,
  ): { id: unknown; input: CheckItem } | { id: unknown; error: string } {
    const id =
      raw !== null && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : null;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      return { id: null, error: 'each item must be a JSON object with a "text" field' };
    }
    const parsed = checkInputSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.');
      // Our own messages ("text" is required, the country format) are already sentences.
      const message = issue.message.startsWith('"')
        ? issue.message
        : `"${field}" ${describeIssue(issue)}`;
      return { id: id ?? null, error: message };
    }
    return { id: id ?? null, input: parsed.data };
  }

  function output(id: unknown, decision: Decision): CheckOutput {
    return {
      id,
      action: decision.action,
      categories: decision.categories,
      findings: decision.findings.map(({ finding: { category, start, end, text } }) => ({
        category,
        start,
        end,
        text,
      })),
      ...(decision.exception ? { exception: decision.exception } : {}),
      ...(decision.masked !== undefined ? { masked: decision.masked } : {}),
    };
  }

  function recall(key: string): string[] {
    const messages = threads.get(key);
    if (!messages) return [];
    threads.delete(key);
    threads.set(key, messages);
    return messages;
  }

  function remember(key: string, text: string): void {
    const messages = threads.get(key) ?? [];
    messages.push(text);
    // Only what the thread window can read is kept.
    if (messages.length > THREAD_WINDOW.messages) messages.shift();
    threads.delete(key);
    threads.set(key, messages);
    if (threads.size > threadLimit) threads.delete(threads.keys().next().value!);
  }

  return { check, checkEach, policy };
}

export type Checker = ReturnType<typeof createChecker>;
