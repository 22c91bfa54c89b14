import { OBFUSCATIONS, type Category } from '@ringfence/detect';
import type { ExceptionKind } from '@ringfence/policy';

export type Verdict = 'flag' | 'pass';

/**
 * Display order of the categories. A Record, so the compiler insists it names exactly detect's
 * closed set, while scoring still loads without the detector (type imports only).
 */
const CATEGORY_RANK: Record<Category, number> = {
  phone: 0,
  email: 1,
  address: 2,
  link: 3,
  handle: 4,
  request: 5,
  payment: 6,
};
export const CATEGORY_ORDER = Object.keys(CATEGORY_RANK) as Category[];

const EXCEPTION_KINDS: Record<ExceptionKind, true> = {
  plan: true,
  contract: true,
  scoping: true,
  legal: true,
  file_share: true,
  portfolio: true,
};

export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && Object.hasOwn(CATEGORY_RANK, value);
}

export function isExceptionKind(value: unknown): value is ExceptionKind {
  return typeof value === 'string' && Object.hasOwn(EXCEPTION_KINDS, value);
}

/** Where a line came from, for messages and for telling apart threads of different files. */
export interface LineOrigin {
  source: string;
  line: number;
}

/** What a labelled corpus line says should happen, plus the context it is sliced by. */
export interface CaseLabel extends LineOrigin {
  id: unknown;
  text: string;
  expect: Verdict;
  /** Contact categories present; on pass lines, the ones an exception lets through. */
  categories: Category[];
  obfuscation?: string;
  lang: string;
  surface: string;
  /** On pass lines: the exception that should let the line through. */
  exception?: ExceptionKind;
  thread?: string;
  /** On a thread's last line: whether the thread as a whole should be flagged. */
  threadExpect?: Verdict;
  /** A pass line built to trip a careless detector. */
  hard: boolean;
}

export type LabelReading = { label: CaseLabel } | { id: unknown; error: string };

/**
 * Reads the labels of one parsed corpus line. Check-input fields (surface, country…) are the
 * checker's to validate; here only the labels and the slicing keys are checked, so a typo in a
 * label is reported instead of silently scoring as something else.
 *
 * @example
 * readLabels({ id: 'a', text: 'call 555 0100', expect: 'flag', categories: ['phone'] },
 *   { source: 'x.jsonl', line: 1 });
 */
export function readLabels(value: unknown, origin: LineOrigin): LabelReading {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { id: null, error: 'each line must be a JSON object' };
  }
  const raw = value as Record<string, unknown>;
  const id = raw.id ?? null;
  const fail = (error: string): LabelReading => ({ id, error });

  if (typeof raw.text !== 'string') return fail('"text" must be a string');
  if (raw.expect !== 'flag' && raw.expect !== 'pass') return fail('"expect" must be flag or pass');
  const categories = raw.categories ?? [];
  if (!Array.isArray(categories)) return fail('"categories" must be an array');
  const unknown = categories.find((c) => !isCategory(c));
  if (unknown !== undefined) return fail(`unknown category ${JSON.stringify(unknown)}`);
  for (const key of ['obfuscation', 'lang', 'surface'] as const) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string') {
      return fail(`"${key}" must be a string`);
    }
  }
  if (
    raw.obfuscation !== undefined &&
    !(OBFUSCATIONS as readonly unknown[]).includes(raw.obfuscation)
  ) {
    return fail(`unknown obfuscation ${JSON.stringify(raw.obfuscation)}`);
  }
  if (raw.exception !== undefined && !isExceptionKind(raw.exception)) {
    return fail(`unknown exception ${JSON.stringify(raw.exception)}`);
  }
  if (
    raw.thread_expect !== undefined &&
    raw.thread_expect !== 'flag' &&
    raw.thread_expect !== 'pass'
  ) {
    return fail('"thread_expect" must be flag or pass');
  }
  if (raw.thread_expect !== undefined && raw.thread === undefined) {
    return fail('"thread_expect" needs a "thread"');
  }
  if (raw.hard !== undefined && typeof raw.hard !== 'boolean') {
    return fail('"hard" must be true or false');
  }

  return {
    label: {
      ...origin,
      id,
      text: raw.text,
      expect: raw.expect,
      categories: [...new Set(categories as Category[])],
      ...(raw.obfuscation !== undefined ? { obfuscation: raw.obfuscation as string } : {}),
      lang: (raw.lang as string | undefined) ?? 'en',
      surface: (raw.surface as string | undefined) ?? 'message',
      ...(raw.exception !== undefined ? { exception: raw.exception } : {}),
      ...(raw.thread !== undefined ? { thread: String(raw.thread) } : {}),
      ...(raw.thread_expect !== undefined ? { threadExpect: raw.thread_expect } : {}),
      hard: raw.hard === true,
    },
  };
}

/**
 * The object to hand the checker: the line itself (it ignores label fields), with
 * `default_country` standing in for `country`, as conformance files run under a default region.
 */
export function checkInputOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const raw = value as Record<string, unknown>;
  if (raw.country !== undefined || raw.default_country === undefined) return raw;
  return { ...raw, country: raw.default_country };
}
