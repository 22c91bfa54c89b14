import type { Category, Finding } from '@ringfence/detect';

export const SURFACES = [
  'message',
  'proposal',
  'job_post',
  'profile',
  'invite',
  'attachment',
] as const;
export type Surface = (typeof SURFACES)[number];

export const CONTRACT_STATES = ['none', 'active', 'ended'] as const;
export type ContractState = (typeof CONTRACT_STATES)[number];

export const PLANS = ['basic', 'business', 'enterprise'] as const;
export type Plan = (typeof PLANS)[number];

export const ATTACHMENT_KINDS = ['legal', 'other'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** Least to most severe; the decision takes the most severe action any finding calls for. */
export const ACTIONS = ['allow', 'nudge', 'mask', 'block', 'review'] as const;
export type Action = (typeof ACTIONS)[number];

export const EXCEPTIONS = [
  'plan',
  'contract',
  'scoping',
  'legal',
  'file_share',
  'portfolio',
] as const;
export type ExceptionKind = (typeof EXCEPTIONS)[number];

export interface Context {
  surface: Surface;
  contract: ContractState;
  plan: Plan;
  attachment_kind?: AttachmentKind;
}

/** A finding with what the policy made of it. */
export interface FindingDecision {
  finding: Finding;
  action: Action;
  /** Set when an exception let this finding through. */
  exception?: ExceptionKind;
  /** Kind words for the sender: what was seen, why it is not allowed yet, what to use instead. */
  explanation?: Explanation;
}

export interface Explanation {
  /** Stable code, e.g. "contact.phone.pre_contract" — user text is rendered from it. */
  code: string;
  what: string;
  why: string;
  instead: string;
  /** In-platform alternatives the app can offer as buttons. */
  alternatives: Alternative[];
}

export type Alternative =
  'platform_call' | 'scheduler' | 'file_upload' | 'platform_payment' | 'appeal';

export interface Decision {
  action: Action;
  /** Every finding, with its own action and exception. */
  findings: FindingDecision[];
  /** Categories of every finding, in order of first appearance (including ones an exception let through). */
  categories: Category[];
  /** Whether a trust-and-safety moderator should see this. */
  queue: boolean;
  /** The exception that let otherwise-stopped content through, if any. */
  exception?: ExceptionKind;
  policyVersion: string;
  /** The text with stopped spans hidden; present whenever something was stopped. */
  masked?: string;
}
