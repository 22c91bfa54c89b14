import { detectEachInThread } from '@ringfence/detect';
import { decide } from './decide.js';
import { defaultPolicy } from './default-policy.js';
import type { Policy } from './policy-document.js';
import type { Context, Decision } from './types.js';

export interface DecideTextOptions {
  policy?: Policy;
  /** The same sender's previous messages in the thread, oldest first. */
  earlier?: readonly string[];
  /** The sender's country (ISO 3166-1 alpha-2), a hint for national phone numbers. */
  countries?: readonly string[];
}

/**
 * Detects and decides one text as the latest message of its thread: the one path shared by the
 * scan contract, the service's enforcement and the composer's pre-send check.
 */
export function decideText(
  text: string,
  context: Context,
  options: DecideTextOptions = {},
): Decision {
  const { policy, ...sender } = options;
  return decideEach([{ text, context, ...sender }], policy)[0]!;
}

/** One text to decide, in its context. */
export interface TextToDecide extends Omit<DecideTextOptions, 'policy'> {
  text: string;
  context: Context;
}

/**
 * `decideText` for many texts under one policy, detected together (see `detectEach`): faster
 * than one by one on a batch, with the same decisions.
 */
export function decideEach(
  items: readonly TextToDecide[],
  policy: Policy = defaultPolicy,
): Decision[] {
  const findings = detectEachInThread(
    items.map(({ text, earlier, countries }) => ({
      text,
      earlier: earlier ?? [],
      countries: [...(countries ?? [])],
    })),
  );
  return items.map(({ text, context }, i) => decide(text, findings[i]!, context, policy));
}

/** A decision as an API sends it: each finding's span, action, exception and explanation. */
export function decisionSummary(decision: Decision) {
  return {
    action: decision.action,
    policyVersion: decision.policyVersion,
    categories: decision.categories,
    ...(decision.exception ? { exception: decision.exception } : {}),
    findings: decision.findings.map(({ finding, action, exception, explanation }) => ({
      category: finding.category,
      start: finding.start,
      end: finding.end,
      text: finding.text,
      action,
      ...(exception ? { exception } : {}),
      ...(explanation ? { explanation } : {}),
    })),
  };
}

export type DecisionSummary = ReturnType<typeof decisionSummary>;
