import type { Category, Finding } from '@ringfence/detect';
import { explain, maskLabel } from './explanations.js';
import { defaultPolicy } from './default-policy.js';
import type { Policy } from './policy-document.js';
import {
  ACTIONS,
  type Action,
  type Context,
  type Decision,
  type ExceptionKind,
  type FindingDecision,
} from './types.js';

const severity = (a: Action): number => ACTIONS.indexOf(a);

/**
 * Applies the policy to what was found in one text written in `context`.
 *
 * @example
 * decide(text, detect(text), { surface: 'message', contract: 'none', plan: 'basic' })
 * // { action: 'block', categories: ['phone'], queue: false, policyVersion: '…', masked: 'call me on [phone hidden]', … }
 */
export function decide(
  text: string,
  findings: readonly Finding[],
  context: Context,
  policy: Policy = defaultPolicy,
): Decision {
  const decided = findings.map((finding) => decideFinding(finding, context, policy));
  const action = decided.reduce<Action>(
    (worst, d) => (severity(d.action) > severity(worst) ? d.action : worst),
    'allow',
  );
  const categories = [...new Set(findings.map((f) => f.category))];
  const stopped = decided.filter((d) => severity(d.action) >= severity('mask'));
  const exception =
    severity(action) <= severity('nudge') ? decided.find((d) => d.exception)?.exception : undefined;
  const queue =
    policy.queue.actions.includes(action) ||
    decided.some(
      (d) => d.action !== 'allow' && policy.queue.categories.includes(d.finding.category),
    );
  return {
    action,
    findings: decided,
    categories,
    queue,
    ...(exception ? { exception } : {}),
    policyVersion: policy.version,
    ...(stopped.length
      ? {
          masked: mask(
            text,
            stopped.map((d) => d.finding),
          ),
        }
      : {}),
  };
}

function decideFinding(finding: Finding, context: Context, policy: Policy): FindingDecision {
  const exception = exceptionFor(finding, context, policy);
  if (exception) return { finding, action: 'allow', exception };
  const rule = policy.rules[finding.category];
  const kindAction =
    finding.evidence.kind === undefined ? undefined : rule.kinds?.[finding.evidence.kind];
  let action: Action = kindAction ?? rule[context.surface] ?? rule.default;
  if (
    finding.confidence < policy.lowConfidence.below &&
    severity(action) > severity(policy.lowConfidence.action)
  ) {
    action = policy.lowConfidence.action;
  }
  return action === 'allow'
    ? { finding, action }
    : { finding, action, explanation: explain(finding.category, context.contract) };
}

function exceptionFor(
  finding: Finding,
  context: Context,
  policy: Policy,
): ExceptionKind | undefined {
  if (policy.neverExcepted.includes(finding.category)) return undefined;
  const { exceptions } = policy;
  if (exceptions.plan.plans.includes(context.plan)) return 'plan';
  if (exceptions.contract.states.includes(context.contract)) return 'contract';
  if (
    context.surface === 'attachment' &&
    context.attachment_kind &&
    exceptions.legal.attachmentKinds.includes(context.attachment_kind)
  )
    return 'legal';
  const purpose = finding.evidence.purpose;
  // The address itself, or the ask for it.
  if (
    purpose === 'scoping_access' &&
    exceptions.scoping.enabled &&
    (finding.category === 'email' || finding.category === 'request')
  )
    return 'scoping';
  if (purpose === 'file_share' && exceptions.file_share.enabled) return 'file_share';
  if (purpose === 'portfolio' && exceptions.portfolio.surfaces.includes(context.surface))
    return 'portfolio';
  return undefined;
}

/** Replaces each stopped span by a label; overlapping spans are merged first. */
export function mask(text: string, findings: readonly Finding[]): string {
  const spans = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  let open: { start: number; end: number; category: Category } | undefined;
  const flush = (): void => {
    if (!open) return;
    out += text.slice(cursor, open.start) + maskLabel(open.category);
    cursor = open.end;
    open = undefined;
  };
  for (const f of spans) {
    if (open && f.start < open.end) open.end = Math.max(open.end, f.end);
    else {
      flush();
      open = { start: Math.max(f.start, cursor), end: f.end, category: f.category };
    }
  }
  flush();
  return out + text.slice(cursor);
}
