import { CATEGORIES } from '@ringfence/detect';
import * as z from 'zod/mini';
import { describeIssue } from './issues.js';
import { ACTIONS, ATTACHMENT_KINDS, CONTRACT_STATES, PLANS, SURFACES } from './types.js';

const action = z.enum(ACTIONS);
const category = z.enum(CATEGORIES);

const categoryRule = z.strictObject({
  /** Action on every surface not named. */
  default: action,
  ...Object.fromEntries(SURFACES.map((s) => [s, z.optional(action)])),
  /** Per-kind overrides, keyed by a finding's evidence.kind (e.g. "portfolio"). */
  kinds: z.optional(z.record(z.string(), action)),
}) as unknown as z.ZodMiniType<CategoryRule>;

export interface CategoryRule {
  default: (typeof ACTIONS)[number];
  message?: (typeof ACTIONS)[number];
  proposal?: (typeof ACTIONS)[number];
  job_post?: (typeof ACTIONS)[number];
  profile?: (typeof ACTIONS)[number];
  invite?: (typeof ACTIONS)[number];
  attachment?: (typeof ACTIONS)[number];
  kinds?: Record<string, (typeof ACTIONS)[number]>;
}

/** The policy document: what happens to each category, on each surface, and which exceptions apply. */
export const policySchema = z.strictObject({
  version: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  rules: z.strictObject(
    Object.fromEntries(CATEGORIES.map((c) => [c, categoryRule])) as Record<
      (typeof CATEGORIES)[number],
      typeof categoryRule
    >,
  ),
  lowConfidence: z.strictObject({ below: z.number().check(z.gte(0), z.lte(1)), action }),
  queue: z.strictObject({ actions: z.array(action), categories: z.array(category) }),
  exceptions: z.strictObject({
    plan: z.strictObject({ plans: z.array(z.enum(PLANS)) }),
    contract: z.strictObject({ states: z.array(z.enum(CONTRACT_STATES)) }),
    legal: z.strictObject({ attachmentKinds: z.array(z.enum(ATTACHMENT_KINDS)) }),
    scoping: z.strictObject({ enabled: z.boolean() }),
    file_share: z.strictObject({ enabled: z.boolean() }),
    portfolio: z.strictObject({ surfaces: z.array(z.enum(SURFACES)) }),
  }),
  /** Categories no exception ever lets through (off-platform payment). */
  neverExcepted: z.array(category),
});

export type Policy = z.infer<typeof policySchema>;

/** A policy document that failed validation; `path` names the offending field. */
export class PolicyError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`policy ${path || '(root)'}: ${message}`);
    this.name = 'PolicyError';
  }
}

/**
 * Validates a policy document (already parsed from JSON) and returns it typed.
 *
 * @example
 * const strict = loadPolicy(JSON.parse(readFileSync('policy.json', 'utf8')));
 */
export function loadPolicy(document: unknown): Policy {
  const result = policySchema.safeParse(document);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new PolicyError(issue.path.join('.'), describeIssue(issue));
  }
  return result.data;
}
