import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MemberRow } from '../db/schema.js';
import type { Domain } from '../domain/context.js';
import { findSession, type Session } from '../domain/accounts.js';
import { notFound, ServiceError } from '../domain/errors.js';

export const SESSION_COOKIE = 'rf_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in member, set by `requireMember`. */
    member?: MemberRow;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie to a member, or answers 401. State-changing requests must also
 * carry the session's CSRF token in `x-csrf-token`: a cookie alone proves nothing about intent.
 */
export async function requireSession(domain: Domain, request: FastifyRequest): Promise<Session> {
  const token = request.cookies[SESSION_COOKIE];
  const session = token ? await findSession(domain, token) : undefined;
  if (!session) throw new ServiceError(401, 'unauthenticated', 'Please sign in.');
  if (UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
    throw new ServiceError(
      403,
      'csrf',
      'The request is missing its CSRF token; reload the page and try again.',
    );
  }
  request.member = session.member;
  return session;
}

export const requireMember = async (domain: Domain, request: FastifyRequest): Promise<MemberRow> =>
  (await requireSession(domain, request)).member;

/** Moderation is invisible to everyone else: they get the same 404 as for a missing page. */
export async function requireModerator(
  domain: Domain,
  request: FastifyRequest,
): Promise<MemberRow> {
  const member = await requireMember(domain, request);
  if (member.staff_role === null) throw notFound('page');
  return member;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: 14 * 86_400,
  });
}
