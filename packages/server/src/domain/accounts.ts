import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';
import type { Domain } from './context.js';
import { notFound, ServiceError } from './errors.js';
import type { MemberRow } from '../db/schema.js';

const SESSION_DAYS = 14;
/** Verifying against this when the e-mail is unknown keeps sign-in time the same either way. */
const DECOY_HASH = hash('decoy password that never matches');

/** Passwords are stored as argon2id hashes (the library's default algorithm and parameters). */
export const hashPassword = (password: string): Promise<string> => hash(password);

export interface SignedIn {
  /** The secret for the session cookie; only its hash is stored. */
  token: string;
  csrfToken: string;
  memberId: string;
}

export async function signIn(domain: Domain, email: string, password: string): Promise<SignedIn> {
  const member = await domain.db
    .selectFrom('members')
    .select(['id', 'password_hash'])
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  const matches = await verify(member?.password_hash ?? (await DECOY_HASH), password);
  if (!member || !matches) {
    throw new ServiceError(401, 'bad_credentials', 'That e-mail and password do not match.');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await domain.db
    .insertInto('sessions')
    .values({
      token_hash: tokenHash(token),
      member_id: member.id,
      csrf_token: csrfToken,
      expires_at: new Date(domain.now().getTime() + SESSION_DAYS * 86_400_000),
    })
    .execute();
  return { token, csrfToken, memberId: member.id };
}

export interface Session {
  member: MemberRow;
  csrfToken: string;
}

export async function findSession(domain: Domain, token: string): Promise<Session | undefined> {
  const row = await domain.db
    .selectFrom('sessions')
    .innerJoin('members', 'members.id', 'sessions.member_id')
    .selectAll('members')
    .select(['sessions.csrf_token'])
    .where('sessions.token_hash', '=', tokenHash(token))
    .where('sessions.expires_at', '>', domain.now())
    .executeTakeFirst();
  if (!row) return undefined;
  const { csrf_token, ...member } = row;
  return { member, csrfToken: csrf_token };
}

export async function signOut(domain: Domain, token: string): Promise<void> {
  await domain.db.deleteFrom('sessions').where('token_hash', '=', tokenHash(token)).execute();
}

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export function memberView(member: MemberRow) {
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    staffRole: member.staff_role,
    headline: member.headline,
    bio: member.bio,
    country: member.country,
    badges: member.badges,
  };
}

export async function organisationsOf(domain: Domain, memberId: string) {
  const rows = await domain.db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select([
      'organisations.id',
      'organisations.name',
      'organisations.plan',
      'organisations.kind',
      'memberships.role',
    ])
    .where('memberships.member_id', '=', memberId)
    .orderBy('organisations.kind')
    .execute();
  return rows;
}

/** The membership that lets `memberId` act for `organisationId` in `roles`, or a 404. */
export async function requireMembership(
  domain: Domain,
  memberId: string,
  organisationId: string,
  roles: readonly string[],
) {
  const row = await domain.db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select(['organisations.id', 'organisations.plan', 'organisations.kind', 'memberships.role'])
    .where('memberships.member_id', '=', memberId)
    .where('memberships.organisation_id', '=', organisationId)
    .executeTakeFirst();
  if (!row) throw notFound('organisation');
  if (!roles.includes(row.role)) {
    throw new ServiceError(403, 'forbidden', `You act as ${row.role} in this organisation.`);
  }
  return row;
}

export async function publicProfile(domain: Domain, memberId: string) {
  const member = await domain.db
    .selectFrom('members')
    .select(['id', 'name', 'headline', 'bio', 'country', 'badges'])
    .where('id', '=', memberId)
    .executeTakeFirst();
  if (!member) throw notFound('member');
  return member;
}
