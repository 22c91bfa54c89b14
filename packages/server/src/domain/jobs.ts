import { decisionSummary } from '@ringfence/policy';
import type { Transaction } from 'kysely';
import type { Database, PlanName } from '../db/schema.js';
import type { Domain } from './context.js';
import { attachRecord, deliveryOf, enforce, type Verdict } from './enforcement.js';
import { notFound, ServiceError } from './errors.js';
import { requireMembership } from './accounts.js';
import { appendMessage, ensureThread, planOf, publishMessage } from './threads.js';

const MAX_TITLE = 200;
const MAX_TEXT = 20_000;

function requireText(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ServiceError(400, 'invalid', `${field} is required.`);
  }
  if (value.length > max)
    throw new ServiceError(400, 'invalid', `${field} holds at most ${max} characters.`);
  return value;
}

export async function listJobs(domain: Domain) {
  const rows = await domain.db
    .selectFrom('jobs')
    .innerJoin('organisations', 'organisations.id', 'jobs.organisation_id')
    .select([
      'jobs.id',
      'jobs.title',
      'jobs.description',
      'jobs.status',
      'jobs.client_id',
      'jobs.created_at',
      'organisations.id as organisation_id',
      'organisations.name as organisation_name',
      'organisations.plan as organisation_plan',
    ])
    .where('jobs.status', '=', 'open')
    .orderBy('jobs.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(jobView);
}

export async function getJob(domain: Domain, jobId: string) {
  const row = await domain.db
    .selectFrom('jobs')
    .innerJoin('organisations', 'organisations.id', 'jobs.organisation_id')
    .select([
      'jobs.id',
      'jobs.title',
      'jobs.description',
      'jobs.status',
      'jobs.client_id',
      'jobs.created_at',
      'organisations.id as organisation_id',
      'organisations.name as organisation_name',
      'organisations.plan as organisation_plan',
    ])
    .where('jobs.id', '=', jobId)
    .executeTakeFirst();
  if (!row) throw notFound('job');
  return jobView(row);
}

function jobView(row: {
  id: string;
  title: string;
  description: string;
  status: string;
  client_id: string;
  created_at: Date;
  organisation_id: string;
  organisation_name: string;
  organisation_plan: PlanName;
}) {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    clientId: row.client_id,
    organisation: {
      id: row.organisation_id,
      name: row.organisation_name,
      plan: row.organisation_plan,
    },
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * Publishes a job post. The client must tick the acknowledgement of the communication rule;
 * the time and the policy version they acknowledged are recorded with the job.
 */
export async function createJob(
  domain: Domain,
  memberId: string,
  input: {
    organisationId?: unknown;
    title?: unknown;
    description?: unknown;
    acknowledged?: unknown;
  },
) {
  if (typeof input.organisationId !== 'string') {
    throw new ServiceError(400, 'invalid', 'organisationId is required.');
  }
  const title = requireText(input.title, 'title', MAX_TITLE);
  const description = requireText(input.description, 'description', MAX_TEXT);
  if (input.acknowledged !== true) {
    throw new ServiceError(
      422,
      'acknowledgement_required',
      'Please confirm that you will keep all communication on the platform until a contract starts.',
    );
  }
  const organisation = await requireMembership(domain, memberId, input.organisationId, ['client']);
  const verdict = await enforce(domain, `${title}\n\n${description}`, {
    memberId,
    surface: 'job_post',
    contract: 'none',
    plan: organisation.plan,
  });
  // A masked post is published masked: its title and description as the policy left them.
  const [maskedTitle, ...rest] = verdict.delivered.split('\n\n');
  const job = await domain.db
    .insertInto('jobs')
    .values({
      organisation_id: organisation.id,
      client_id: memberId,
      title: verdict.masked ? (maskedTitle ?? title) : title,
      description: verdict.masked ? rest.join('\n\n') : description,
      status: verdict.held ? 'closed' : 'open',
      acknowledged_at: domain.now(),
      acknowledged_policy_version: domain.policy.version,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (verdict.recordId) await attachRecord(domain.db, verdict.recordId, job.id);
  return { job: await getJob(domain, job.id), decision: decisionSummary(verdict.decision) };
}

/** A freelancer's proposal opens (or continues) the thread of that job and freelancer. */
export async function propose(
  domain: Domain,
  memberId: string,
  jobId: string,
  input: { organisationId?: unknown; coverLetter?: unknown; portfolioLinks?: unknown },
) {
  const job = await domain.db
    .selectFrom('jobs')
    .selectAll()
    .where('id', '=', jobId)
    .executeTakeFirst();
  if (!job || job.status !== 'open') throw notFound('open job');
  if (typeof input.organisationId !== 'string')
    throw new ServiceError(400, 'invalid', 'organisationId is required.');
  const coverLetter = requireText(input.coverLetter, 'coverLetter', MAX_TEXT);
  const links = input.portfolioLinks ?? [];
  if (
    !Array.isArray(links) ||
    links.length > 20 ||
    !links.every((l) => typeof l === 'string' && l.length <= 500)
  ) {
    throw new ServiceError(400, 'invalid', 'portfolioLinks must be a list of at most 20 links.');
  }
  if (job.client_id === memberId)
    throw new ServiceError(409, 'conflict', 'You cannot propose to your own job.');
  const organisation = await requireMembership(domain, memberId, input.organisationId, [
    'freelancer',
    'agency_member',
  ]);
  const clientPlan = await planOf(domain.db, jobId);
  const text = [coverLetter, ...(links as string[])].join('\n');
  const verdict = await enforce(domain, text, {
    memberId,
    surface: 'proposal',
    contract: 'none',
    plan: clientPlan.plan,
  });
  const { threadId, record: proposal } = await openThreadWith(
    domain,
    verdict,
    {
      jobId,
      clientId: job.client_id,
      freelancerId: memberId,
      freelancerOrganisationId: organisation.id,
      senderId: memberId,
      text,
    },
    (tx, threadId) =>
      tx
        .insertInto('proposals')
        .values({
          job_id: jobId,
          thread_id: threadId,
          freelancer_id: memberId,
          organisation_id: organisation.id,
          cover_letter: coverLetter,
          portfolio_links: JSON.stringify(links),
          held: verdict.held,
        })
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow(),
  );
  return {
    proposal: {
      id: proposal.id,
      jobId,
      coverLetter,
      portfolioLinks: links,
      createdAt: proposal.created_at.toISOString(),
    },
    threadId,
    decision: decisionSummary(verdict.decision),
  };
}

export async function listProposals(domain: Domain, memberId: string, jobId: string) {
  const job = await domain.db
    .selectFrom('jobs')
    .select(['client_id'])
    .where('id', '=', jobId)
    .executeTakeFirst();
  if (!job || job.client_id !== memberId) throw notFound('job');
  const rows = await domain.db
    .selectFrom('proposals')
    .innerJoin('members', 'members.id', 'proposals.freelancer_id')
    .select([
      'proposals.id',
      'proposals.thread_id',
      'proposals.cover_letter',
      'proposals.portfolio_links',
      'proposals.created_at',
      'members.id as freelancer_id',
      'members.name as freelancer_name',
    ])
    .where('proposals.job_id', '=', jobId)
    .where('proposals.held', '=', false)
    .orderBy('proposals.created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    threadId: row.thread_id,
    freelancer: { id: row.freelancer_id, name: row.freelancer_name },
    coverLetter: row.cover_letter,
    portfolioLinks: row.portfolio_links,
    createdAt: row.created_at.toISOString(),
  }));
}

/** A client invites a freelancer to a job: the invite opens their thread. */
export async function invite(
  domain: Domain,
  memberId: string,
  jobId: string,
  input: { freelancerId?: unknown; text?: unknown },
) {
  const job = await domain.db
    .selectFrom('jobs')
    .selectAll()
    .where('id', '=', jobId)
    .executeTakeFirst();
  if (!job || job.client_id !== memberId) throw notFound('job');
  if (typeof input.freelancerId !== 'string')
    throw new ServiceError(400, 'invalid', 'freelancerId is required.');
  const text = requireText(input.text, 'text', MAX_TEXT);
  const personal = await domain.db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .select('organisations.id')
    .where('memberships.member_id', '=', input.freelancerId)
    .where('memberships.role', 'in', ['freelancer', 'agency_member'])
    .orderBy('organisations.kind', 'desc')
    .executeTakeFirst();
  if (!personal) throw notFound('freelancer');
  const organisation = await planOf(domain.db, jobId);
  const verdict = await enforce(domain, text, {
    memberId,
    surface: 'invite',
    contract: 'none',
    plan: organisation.plan,
  });
  const freelancerId = input.freelancerId;
  const { threadId, record: row } = await openThreadWith(
    domain,
    verdict,
    {
      jobId,
      clientId: memberId,
      freelancerId,
      freelancerOrganisationId: personal.id,
      senderId: memberId,
      text,
    },
    (tx, threadId) =>
      tx
        .insertInto('invites')
        .values({
          job_id: jobId,
          thread_id: threadId,
          client_id: memberId,
          freelancer_id: freelancerId,
          text,
        })
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow(),
  );
  return {
    invite: {
      id: row.id,
      jobId,
      freelancerId,
      createdAt: row.created_at.toISOString(),
    },
    threadId,
    decision: decisionSummary(verdict.decision),
  };
}

/**
 * Opens (or continues) the thread of a job and freelancer with a proposal or an invite: the
 * record and its text, as the thread's next message, commit together; then the message goes live.
 */
async function openThreadWith<T extends { id: string }>(
  domain: Domain,
  verdict: Verdict,
  opening: {
    jobId: string;
    clientId: string;
    freelancerId: string;
    freelancerOrganisationId: string;
    senderId: string;
    text: string;
  },
  insert: (tx: Transaction<Database>, threadId: string) => Promise<T>,
): Promise<{ threadId: string; record: T }> {
  const { threadId, record, message } = await domain.db.transaction().execute(async (tx) => {
    const threadId = await ensureThread(tx, opening);
    const record = await insert(tx, threadId);
    const message = await appendMessage(tx, {
      threadId,
      senderId: opening.senderId,
      kind: 'text',
      text: opening.text,
      ...deliveryOf(verdict, domain.rules),
    });
    return { threadId, record, message };
  });
  if (verdict.recordId) await attachRecord(domain.db, verdict.recordId, record.id, message.id);
  const thread = await domain.db
    .selectFrom('threads')
    .selectAll()
    .where('id', '=', threadId)
    .executeTakeFirstOrThrow();
  await publishMessage(domain, thread, message, 'message');
  return { threadId, record };
}

export async function listFreelancers(domain: Domain) {
  return domain.db
    .selectFrom('members')
    .select(['members.id', 'members.name', 'members.headline', 'members.country'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('memberships')
          .select('memberships.member_id')
          .whereRef('memberships.member_id', '=', 'members.id')
          .where('memberships.role', 'in', ['freelancer', 'agency_member']),
      ),
    )
    .orderBy('members.name')
    .execute();
}

/** Profiles go through the same gate as everything else members write. */
export async function updateProfile(
  domain: Domain,
  memberId: string,
  input: { headline?: unknown; bio?: unknown },
) {
  const headline = typeof input.headline === 'string' ? input.headline : '';
  const bio = typeof input.bio === 'string' ? input.bio : '';
  if (headline.length > 200 || bio.length > MAX_TEXT)
    throw new ServiceError(400, 'invalid', 'The profile is too long.');
  const verdict = await enforce(domain, `${headline}\n\n${bio}`, {
    memberId,
    surface: 'profile',
    contract: 'none',
    plan: 'basic',
  });
  const [maskedHeadline, ...rest] = verdict.delivered.split('\n\n');
  await domain.db
    .updateTable('members')
    .set({
      headline: verdict.masked ? (maskedHeadline ?? '') : headline,
      bio: verdict.masked ? rest.join('\n\n') : bio,
    })
    .where('id', '=', memberId)
    .execute();
  if (verdict.recordId) await attachRecord(domain.db, verdict.recordId, memberId);
  return { decision: decisionSummary(verdict.decision) };
}
