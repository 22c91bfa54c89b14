import { detectInThread } from '@ringfence/detect';
import { createChecker, decide, type Context, type Decision } from '@ringfence/policy';
import type { ApiDecision } from '../api/types';

/**
 * The pre-send check: the very detect + policy code the server enforces with, run in the
 * browser. The checker carries the policy document the service loads by default; like the
 * server, the text is read together with the sender's own recent messages in the thread, so a
 * number split across messages is seen on the message that completes it.
 */
const checker = createChecker();

export interface PrecheckInput {
  text: string;
  context: Context;
  /** The sender's own recent messages in this thread, oldest first. */
  earlier?: readonly string[];
  country?: string | null;
}

export function precheck({ text, context, earlier = [], country }: PrecheckInput): ApiDecision {
  if (!text.trim()) return { action: 'allow', policyVersion: checker.policy.version, findings: [] };
  const findings = detectInThread(earlier, text, { countries: country ? [country] : [] });
  return toApi(decide(text, findings, context, checker.policy));
}

/** The decision in the shape the API sends, so local and server findings render alike. */
export function toApi(decision: Decision): ApiDecision {
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
