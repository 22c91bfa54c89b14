import { decideText, decisionSummary, defaultPolicy, type Context } from '@ringfence/policy';
import type { ApiDecision } from '../api/types';

/**
 * The pre-send check: the very detect + policy path the server enforces with, run in the
 * browser with the policy document the service loads by default. Like the server, the text is
 * read together with the sender's own recent messages in the thread, so a number split across
 * messages is seen on the message that completes it.
 */
export interface PrecheckInput {
  text: string;
  context: Context;
  /** The sender's own recent messages in this thread, oldest first. */
  earlier?: readonly string[];
  country?: string | null;
}

export function precheck({ text, context, earlier = [], country }: PrecheckInput): ApiDecision {
  if (!text.trim()) return { action: 'allow', policyVersion: defaultPolicy.version, findings: [] };
  // The summary is the shape the API sends, so local and server findings render alike.
  return decisionSummary(
    decideText(text, context, { earlier, countries: country ? [country] : [] }),
  );
}
