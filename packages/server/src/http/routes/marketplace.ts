import type { FastifyInstance } from 'fastify';
import type { Domain } from '../../domain/context.js';
import {
  memberView,
  organisationsOf,
  publicProfile,
  signIn,
  signOut,
} from '../../domain/accounts.js';
import {
  createJob,
  getJob,
  invite,
  listFreelancers,
  listJobs,
  listProposals,
  propose,
  updateProfile,
} from '../../domain/jobs.js';
import { communicationRule } from '../../domain/rules.js';
import { notFound } from '../../domain/errors.js';
import { requireMember, requireSession, SESSION_COOKIE, setSessionCookie } from '../session.js';
import { body, idParams, text } from '../schemas.js';
import type { DemoLogin } from '../../demo/seed.js';

export interface MarketplaceOptions {
  domain: Domain;
  /** Demo logins shown on the sign-in page; absent outside demo mode. */
  demoLogins?: readonly DemoLogin[];
  secureCookies: boolean;
}

const tags = ['members'];

/** Sessions, profiles, jobs, proposals and invites. */
export async function marketplaceRoutes(
  app: FastifyInstance,
  options: MarketplaceOptions,
): Promise<void> {
  const { domain } = options;

  app.get('/v1/demo', { schema: { summary: 'Demo mode and its logins', tags } }, async () => ({
    demo: options.demoLogins !== undefined,
    logins: options.demoLogins ?? [],
  }));

  app.get(
    '/v1/outbox',
    { schema: { summary: 'Mail the service sent to me (demo mode)', tags } },
    async (request) => {
      const member = await requireMember(domain, request);
      if (options.demoLogins === undefined) throw notFound('page');
      const mails = await domain.db
        .selectFrom('outbox')
        .select(['id', 'to_address', 'subject', 'text', 'ics', 'delivered_via', 'created_at'])
        .where('member_id', '=', member.id)
        .orderBy('created_at', 'desc')
        .limit(200)
        .execute();
      return {
        mails: mails.map((m) => ({
          id: m.id,
          to: m.to_address,
          subject: m.subject,
          text: m.text,
          ics: m.ics,
          deliveredVia: m.delivered_via,
          createdAt: m.created_at.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/v1/rules',
    { schema: { summary: 'The communication rule, as members read it', tags } },
    async () => communicationRule(domain.policy.version),
  );

  app.post(
    '/v1/session',
    {
      schema: {
        summary: 'Sign in',
        tags,
        body: body({ email: text(320), password: text(1000) }, ['email', 'password']),
      },
      config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { email, password } = request.body as { email: string; password: string };
      const session = await signIn(domain, email, password);
      setSessionCookie(reply, session.token, options.secureCookies);
      return sessionBody(domain, session.memberId, session.csrfToken);
    },
  );

  app.get('/v1/session', { schema: { summary: 'The current session', tags } }, async (request) => {
    const session = await requireSession(domain, request);
    return sessionBody(domain, session.member.id, session.csrfToken);
  });

  app.delete('/v1/session', { schema: { summary: 'Sign out', tags } }, async (request, reply) => {
    await requireMember(domain, request);
    await signOut(domain, request.cookies[SESSION_COOKIE]!);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });

  app.put(
    '/v1/profile',
    {
      schema: {
        summary: 'Update one’s profile (checked)',
        tags,
        body: body({ headline: text(200), bio: text(20_000) }),
      },
    },
    async (request) => {
      const member = await requireMember(domain, request);
      return updateProfile(
        domain,
        member.id,
        request.body as { headline?: unknown; bio?: unknown },
      );
    },
  );

  app.get(
    '/v1/members/:id',
    { schema: { summary: 'A public profile', tags, params: idParams } },
    async (request) => {
      await requireMember(domain, request);
      return { member: await publicProfile(domain, (request.params as { id: string }).id) };
    },
  );

  app.get(
    '/v1/freelancers',
    { schema: { summary: 'Freelancers one can invite', tags } },
    async (request) => {
      await requireMember(domain, request);
      return { freelancers: await listFreelancers(domain) };
    },
  );

  app.get('/v1/jobs', { schema: { summary: 'Open jobs', tags } }, async (request) => {
    await requireMember(domain, request);
    return { jobs: await listJobs(domain) };
  });

  app.get(
    '/v1/jobs/:id',
    { schema: { summary: 'One job', tags, params: idParams } },
    async (request) => {
      await requireMember(domain, request);
      return { job: await getJob(domain, (request.params as { id: string }).id) };
    },
  );

  app.post(
    '/v1/jobs',
    {
      schema: {
        summary: 'Post a job (needs the acknowledgement of the rule)',
        tags,
        body: body(
          {
            organisationId: { type: 'string', format: 'uuid' },
            title: text(200),
            description: text(20_000),
            acknowledged: { type: 'boolean' },
          },
          ['organisationId', 'title', 'description'],
        ),
      },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      const result = await createJob(domain, member.id, request.body as Record<string, unknown>);
      return reply.code(201).send(result);
    },
  );

  app.post(
    '/v1/jobs/:id/proposals',
    {
      schema: {
        summary: 'Propose for a job; opens the thread',
        tags,
        params: idParams,
        body: body(
          {
            organisationId: { type: 'string', format: 'uuid' },
            coverLetter: text(20_000),
            portfolioLinks: { type: 'array', maxItems: 20, items: text(500) },
          },
          ['organisationId', 'coverLetter'],
        ),
      },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      const result = await propose(
        domain,
        member.id,
        (request.params as { id: string }).id,
        request.body as Record<string, unknown>,
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/v1/jobs/:id/proposals',
    { schema: { summary: 'Proposals for one’s job', tags, params: idParams } },
    async (request) => {
      const member = await requireMember(domain, request);
      return {
        proposals: await listProposals(domain, member.id, (request.params as { id: string }).id),
      };
    },
  );

  app.post(
    '/v1/jobs/:id/invites',
    {
      schema: {
        summary: 'Invite a freelancer to one’s job; opens the thread',
        tags,
        params: idParams,
        body: body({ freelancerId: { type: 'string', format: 'uuid' }, text: text(20_000) }, [
          'freelancerId',
          'text',
        ]),
      },
    },
    async (request, reply) => {
      const member = await requireMember(domain, request);
      const result = await invite(
        domain,
        member.id,
        (request.params as { id: string }).id,
        request.body as Record<string, unknown>,
      );
      return reply.code(201).send(result);
    },
  );
}

async function sessionBody(domain: Domain, memberId: string, csrfToken: string) {
  const member = await domain.db
    .selectFrom('members')
    .selectAll()
    .where('id', '=', memberId)
    .executeTakeFirstOrThrow();
  return {
    member: memberView(member),
    organisations: await organisationsOf(domain, memberId),
    csrfToken,
  };
}
