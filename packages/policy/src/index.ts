export { createChecker, checkInputSchema, decideText, decisionSummary } from './check.js';
export type {
  CheckInput,
  CheckOutput,
  CheckFinding,
  Checker,
  CheckerOptions,
  DecideTextOptions,
  DecisionSummary,
} from './check.js';
export { decide, mask } from './decide.js';
export { explain, maskLabel } from './explanations.js';
export { defaultPolicy, loadPolicy, policySchema, PolicyError } from './policy-document.js';
export type { Policy, CategoryRule } from './policy-document.js';
export * from './types.js';
