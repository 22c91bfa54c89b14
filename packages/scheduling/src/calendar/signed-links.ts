import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { base64urlnopad } from '@scure/base';
import { Temporal } from 'temporal-polyfill';
import { SchedulingInputError } from '../errors.js';

export type LinkAction = 'cancel' | 'reschedule';

/** What a cancel or reschedule link in an e-mail stands for. */
export interface LinkClaims {
  bookingId: string;
  action: LinkAction;
  /**
   * The booking's SEQUENCE when the link was sent. A rescheduled booking has a higher one, so the
   * server can refuse links from e-mails about an earlier time.
   */
  sequence: number;
  /** ISO 8601 instant after which the link no longer works. */
  expires: string;
}

export type LinkErrorReason = 'malformed' | 'tampered' | 'expired';

/** A link token that does not verify; `reason` says why. */
export class LinkError extends Error {
  readonly reason: LinkErrorReason;

  constructor(reason: LinkErrorReason, detail: string) {
    super(`link ${reason}: ${detail}`);
    this.name = 'LinkError';
    this.reason = reason;
  }
}

/** HMAC-SHA256 keys shorter than the hash add no strength and hint at a misconfiguration. */
export const MIN_LINK_SECRET_BYTES = 32;

// Mixed into every MAC so a token cannot pass for anything else signed with the same secret.
const CONTEXT = 'ringfence:booking-link:v1:';
const MAC_BYTES = 32;
const MAX_TOKEN_LENGTH = 2048;
const MAX_BOOKING_ID_LENGTH = 200;

/** A URL-safe token `<claims>.<mac>`, both base64url: the claims readable, the MAC over them. */
export function signLink(claims: LinkClaims, secret: Uint8Array): string {
  checkSecret(secret);
  const problem = claimsProblem(claims);
  if (problem !== undefined) throw new SchedulingInputError(problem.field, problem.detail);
  const canonical: LinkClaims = {
    bookingId: claims.bookingId,
    action: claims.action,
    sequence: claims.sequence,
    expires: Temporal.Instant.from(claims.expires).toString(),
  };
  const payload = base64urlnopad.encode(utf8ToBytes(JSON.stringify(canonical)));
  return `${payload}.${base64urlnopad.encode(mac(payload, secret))}`;
}

/**
 * The claims of a token `signLink` made with `secret`, if it has not expired by `now`. Throws
 * `LinkError`: `malformed` (not such a token), `tampered` (the MAC does not match: altered, or
 * signed with another secret) or `expired`. Checking `sequence` against the booking is the
 * caller's job.
 */
export function verifyLink(token: string, secret: Uint8Array, now: Temporal.Instant): LinkClaims {
  checkSecret(secret);
  if (token.length > MAX_TOKEN_LENGTH) throw new LinkError('malformed', 'the token is too long');
  const parts = token.split('.');
  const [payload, signature] = parts;
  if (parts.length !== 2 || payload === undefined || signature === undefined) {
    throw new LinkError('malformed', 'expected two dot-separated parts');
  }
  const given = decode(signature);
  if (given === undefined || given.length !== MAC_BYTES) {
    throw new LinkError('malformed', 'the MAC is not 32 bytes of base64url');
  }
  // Nothing in the token is read before the MAC proves it is ours.
  if (!equalInConstantTime(given, mac(payload, secret))) {
    throw new LinkError('tampered', 'the MAC does not match');
  }
  const claims = parseClaims(payload);
  if (claims === undefined) throw new LinkError('malformed', 'the claims cannot be read');
  if (Temporal.Instant.compare(now, Temporal.Instant.from(claims.expires)) >= 0) {
    throw new LinkError('expired', `the link expired at ${claims.expires}`);
  }
  return claims;
}

function checkSecret(secret: Uint8Array): void {
  if (secret.length < MIN_LINK_SECRET_BYTES) {
    throw new SchedulingInputError(
      'secret',
      `must be at least ${MIN_LINK_SECRET_BYTES} random bytes, got ${secret.length}`,
    );
  }
}

function mac(payload: string, secret: Uint8Array): Uint8Array {
  return hmac(sha256, secret, utf8ToBytes(CONTEXT + payload));
}

function decode(text: string): Uint8Array | undefined {
  try {
    return base64urlnopad.decode(text);
  } catch {
    return undefined;
  }
}

/** Compares every byte whatever the first difference, so timing tells nothing about the MAC. */
function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function parseClaims(payload: string): LinkClaims | undefined {
  const bytes = decode(payload);
  if (bytes === undefined) return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  return claimsProblem(claims) === undefined ? (claims as LinkClaims) : undefined;
}

/** What is wrong with would-be claims, if anything. */
function claimsProblem(claims: unknown): { field: string; detail: string } | undefined {
  if (typeof claims !== 'object' || claims === null) {
    return { field: 'claims', detail: 'expected an object' };
  }
  const { bookingId, action, sequence, expires } = claims as Record<string, unknown>;
  if (
    typeof bookingId !== 'string' ||
    bookingId.length === 0 ||
    bookingId.length > MAX_BOOKING_ID_LENGTH
  ) {
    return {
      field: 'bookingId',
      detail: `must be a string of 1 to ${MAX_BOOKING_ID_LENGTH} characters`,
    };
  }
  if (action !== 'cancel' && action !== 'reschedule') {
    return { field: 'action', detail: 'must be "cancel" or "reschedule"' };
  }
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 0) {
    return { field: 'sequence', detail: 'must be a whole number ≥ 0' };
  }
  if (typeof expires !== 'string' || !isInstant(expires)) {
    return {
      field: 'expires',
      detail: 'must be an ISO 8601 instant such as "2026-04-01T00:00:00Z"',
    };
  }
  return undefined;
}

function isInstant(text: string): boolean {
  try {
    Temporal.Instant.from(text);
    return true;
  } catch {
    return false;
  }
}
