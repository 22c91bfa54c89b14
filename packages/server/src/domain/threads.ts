import { THREAD_WINDOW } from '@ringfence/detect';
import { decisionSummary, type ContractState, type Plan } from '@ringfence/policy';
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database, MessageRow, Queryable, ThreadRow } from '../db/schema.js';
import type { Domain } from './context.js';
import { attachRecord, deliveryOf, enforce, standingActions } from './enforcement.js';
import { notFound, ServiceError } from './errors.js';

const MAX_MESSAGE_LENGTH = 10_000;
const PAGE = 200;

/** The thread if `memberId` takes part in it; anyone else gets the same 404 as for no thread. */
export async function threadFor(
  domain: Domain,
  memberId: string,
  threadId: string,
): Promise<ThreadRow> {
  const thread = await domain.db
    .selectFrom('threads')
    .selectAll()
    .where('id', '=', threadId)
    .where((eb) => eb.or([eb('client_id', '=', memberId), eb('freelancer_id', '=', memberId)]))
    .executeTakeFirst();
  if (!thread) throw notFound('thread');
  return thread;
}

export const participantsOf = (thread: ThreadRow): string[] => [
  thread.client_id,
  thread.freelancer_id,
];

/** The other participant of the thread. */
export const counterpartOf = (thread: ThreadRow, memberId: string): string =>
  thread.client_id === memberId ? thread.freelancer_id : thread.client_id;

/** The contract in progress (or the latest one) and what it means for the policy. */
export async function contractOf(db: Queryable, threadId: string) {
  const contract = await db
    .selectFrom('contracts')
    .selectAll()
    .where('thread_id', '=', threadId)
    .orderBy('offered_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return contract ?? null;
}

/** Offered is not started; a paused contract has started, so the rule stays relaxed. */
export function policyContractState(state: string | undefined): ContractState {
  if (state === 'active' || state === 'paused') return 'active';
  if (state === 'ended') return 'ended';
  return 'none';
}

/** The plan that governs a thread is the client organisation's. */
export async function planOf(
  db: Queryable,
  jobId: string,
): Promise<{ plan: Plan; id: string; name: string }> {
  return db
    .selectFrom('jobs')
    .innerJoin('organisations', 'organisations.id', 'jobs.organisation_id')
    .select(['organisations.plan', 'organisations.id', 'organisations.name'])
    .where('jobs.id', '=', jobId)
    .executeTakeFirstOrThrow();
}

/** The thread of a job and freelancer, created by the first proposal, invite or message. */
export async function ensureThread(
  db: Queryable,
  input: {
    jobId: string;
    clientId: string;
    freelancerId: string;
    freelancerOrganisationId: string;
  },
): Promise<string> {
  await db
    .insertInto('threads')
    .values({
      job_id: input.jobId,
      client_id: input.clientId,
      freelancer_id: input.freelancerId,
      freelancer_organisation_id: input.freelancerOrganisationId,
    })
    .onConflict((oc) => oc.columns(['job_id', 'freelancer_id']).doNothing())
    .execute();
  const row = await db
    .selectFrom('threads')
    .select('id')
    .where('job_id', '=', input.jobId)
    .where('freelancer_id', '=', input.freelancerId)
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface NewMessage {
  threadId: string;
  senderId: string | null;
  kind: 'text' | 'event';
  event?: string;
  text: string;
  maskedText?: string | null;
  held?: boolean;
  idempotencyKey?: string | null;
  /** Mail the other participant if this is still unread after so many minutes. */
  unreadMailAfterMinutes?: number;
}

/** Appends a message with the thread's next sequence number, in the caller's transaction. */
export async function appendMessage(db: Queryable, message: NewMessage): Promise<MessageRow> {
  // One statement takes the next number, inserts and (re)sets when the recipient's unread mail
  // falls due: atomic without a transaction, and no second round trip inside the thread's lock.
  const mailAfter = message.unreadMailAfterMinutes ?? null;
  const { rows } = await sql<MessageRow>`
    with next as (
      update threads set last_seq = last_seq + 1, last_message_at = now()
      where id = ${message.threadId}::uuid
      returning last_seq, case when client_id = ${message.senderId}::uuid
        then freelancer_id else client_id end as recipient_id
    ),
    unread_mail as (
      insert into unread_mail_due (thread_id, member_id, due_at)
      select ${message.threadId}::uuid, next.recipient_id,
        now() + make_interval(secs => ${mailAfter}::float8 * 60)
      from next where ${mailAfter}::float8 is not null
      on conflict (thread_id, member_id) do update set due_at = excluded.due_at
    )
    insert into messages
      (thread_id, seq, sender_id, kind, event, text, masked_text, held, idempotency_key)
    select ${message.threadId}::uuid, next.last_seq, ${message.senderId}::uuid, ${message.kind}::text,
      ${message.event ?? null}::text, ${message.text}::text, ${message.maskedText ?? null}::text,
      ${message.held ?? false}::boolean, ${message.idempotencyKey ?? null}::text
    from next
    returning *`.execute(db);
  const row = rows[0];
  if (!row) throw new Error(`thread ${message.threadId} does not exist`);
  return row;
}

/**
 * Mails `recipientId` about the thread in `afterMinutes` if it is still unread then; a later
 * call moves the time. For a message delivered after it was stored (a held one released);
 * `appendMessage` does the same for new messages in its own statement.
 */
export async function mailIfUnread(
  db: Queryable,
  input: { threadId: string; recipientId: string; afterMinutes: number },
): Promise<void> {
  await db
    .insertInto('unread_mail_due')
    .values({
      thread_id: input.threadId,
      member_id: input.recipientId,
      due_at: sql<Date>`now() + make_interval(secs => ${input.afterMinutes}::float8 * 60)`,
    })
    .onConflict((oc) =>
      oc
        .columns(['thread_id', 'member_id'])
        .doUpdateSet({ due_at: (eb) => eb.ref('excluded.due_at') }),
    )
    .execute();
}

/**
 * The messages of the outer query's thread that `memberId` has not read: from the other side,
 * delivered and not deleted, after the member's `thread_reads` row (joined by the outer query).
 */
export function unreadMessages(db: Kysely<Database>, memberId: string) {
  return db
    .selectFrom('messages')
    .where(sql<boolean>`messages.thread_id = threads.id`)
    .where('messages.sender_id', '<>', memberId)
    .where('messages.held', '=', false)
    .where('messages.deleted_at', 'is', null)
    .where(sql<boolean>`messages.seq > coalesce(thread_reads.last_read_seq, 0)`);
}

/** A message as `viewerId` sees it: recipients get the masked text, the sender their own words. */
export function messageView(message: MessageRow, viewerId: string) {
  const own = message.sender_id === viewerId;
  const deleted = message.deleted_at !== null;
  return {
    id: message.id,
    threadId: message.thread_id,
    seq: message.seq,
    senderId: message.sender_id,
    kind: message.kind,
    ...(message.event ? { event: message.event } : {}),
    text: deleted ? '' : own ? message.text : (message.masked_text ?? message.text),
    masked: message.masked_text !== null,
    held: message.held,
    editedAt: message.edited_at?.toISOString() ?? null,
    deletedAt: message.deleted_at?.toISOString() ?? null,
    createdAt: message.created_at.toISOString(),
  };
}

/** Who may see a message now: a held one only its sender. */
const audienceOf = (thread: ThreadRow, message: MessageRow): string[] =>
  message.held && message.sender_id ? [message.sender_id] : participantsOf(thread);

export async function publishMessage(
  domain: Domain,
  thread: ThreadRow,
  message: MessageRow,
  type: 'message' | 'message_updated',
): Promise<void> {
  // Each participant gets their own view (masked or not), in one publication.
  await domain.fanout.publishAll(
    audienceOf(thread, message).map((memberId) => ({
      memberIds: [memberId],
      event: { type, threadId: thread.id, message: messageView(message, memberId) },
    })),
  );
}

function checkText(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '') {
    throw new ServiceError(400, 'invalid', 'A message needs some text.');
  }
  if (text.length > MAX_MESSAGE_LENGTH) {
    throw new ServiceError(
      400,
      'invalid',
      `A message holds at most ${MAX_MESSAGE_LENGTH} characters.`,
    );
  }
  return text;
}

/**
 * Everything a send needs to know, in one round trip: the thread (if the member takes part), the
 * policy context, the sender's last messages for split contact details, and whether the
 * idempotency key was used already. Its limits are literals, not parameters, so PostgreSQL can
 * settle on one plan for it.
 */
async function sendingContext(
  domain: Domain,
  memberId: string,
  threadId: string,
  key: string | null,
) {
  const row = await domain.db
    .selectFrom('threads')
    .innerJoin('jobs', 'jobs.id', 'threads.job_id')
    .innerJoin('organisations', 'organisations.id', 'jobs.organisation_id')
    .selectAll('threads')
    .select((eb) => [
      'organisations.plan',
      eb
        .selectFrom('contracts')
        .select('contracts.state')
        .whereRef('contracts.thread_id', '=', 'threads.id')
        .orderBy('contracts.offered_at', 'desc')
        .limit(sql.lit(1))
        .as('contract_state'),
      eb
        .selectFrom('members')
        .select('members.country')
        .where('members.id', '=', memberId)
        .as('country'),
      jsonArrayFrom(standingActions(domain.db, memberId, domain.now())).as('standing'),
      sql<string[] | null>`(
        select json_agg(recent.text order by recent.seq)
        from (
          select text, seq from messages
          where thread_id = threads.id and sender_id = ${memberId}::uuid
            and kind = 'text' and deleted_at is null
          order by seq desc limit ${sql.lit(THREAD_WINDOW.messages)}
        ) recent
      )`.as('earlier'),
      key === null
        ? sql<string | null>`null::uuid`.as('replay_of')
        : eb
            .selectFrom('messages')
            .select('messages.id')
            .where('messages.sender_id', '=', memberId)
            .where('messages.idempotency_key', '=', key)
            .as('replay_of'),
    ])
    .where('threads.id', '=', threadId)
    .where((eb) =>
      eb.or([eb('threads.client_id', '=', memberId), eb('threads.freelancer_id', '=', memberId)]),
    )
    .executeTakeFirst();
  if (!row) throw notFound('thread');
  const { plan, contract_state, country, earlier, replay_of, standing, ...thread } = row;
  return {
    thread: thread as ThreadRow,
    context: {
      contract: policyContractState(contract_state ?? undefined),
      plan,
      country: country ?? null,
      // Dates come back from JSON as text.
      standing: standing.map((action) => ({
        kind: action.kind,
        ends_at: action.ends_at === null ? null : new Date(action.ends_at),
      })),
    },
    earlier: earlier ?? [],
    replayOf: replay_of,
  };
}

/**
 * Sends a message. A retry with the same idempotency key returns the first message instead of
 * sending twice; the answer comes only once the message is committed.
 */
export async function sendMessage(
  domain: Domain,
  memberId: string,
  threadId: string,
  input: { text: unknown; idempotencyKey?: unknown },
) {
  const key =
    typeof input.idempotencyKey === 'string' && input.idempotencyKey !== ''
      ? input.idempotencyKey
      : null;
  if (key !== null && key.length > 200)
    throw new ServiceError(400, 'invalid', 'idempotencyKey is too long.');
  const { thread, context, earlier, replayOf } = await sendingContext(
    domain,
    memberId,
    threadId,
    key,
  );
  if (replayOf !== null) {
    const first = await findByKey(domain.db, memberId, key!);
    if (first) return { message: messageView(first, memberId), replayed: true, decision: null };
  }
  const text = checkText(input.text);
  const verdict = await enforce(domain, text, {
    memberId,
    surface: 'message',
    threadId,
    earlier,
    ...context,
  });
  let message: MessageRow;
  try {
    // The message and the link from its enforcement record commit together, and with other
    // members' sends of the moment.
    message = await domain.groupCommit.run(
      async (tx) => {
        const appended = await appendMessage(tx, {
          threadId,
          senderId: memberId,
          kind: 'text',
          text,
          ...deliveryOf(verdict, domain.rules),
          idempotencyKey: key,
        });
        if (verdict.recordId) await attachRecord(tx, verdict.recordId, appended.id, appended.id);
        return appended;
      },
      { oneStatement: verdict.recordId === undefined },
    );
  } catch (error) {
    // Two copies of one retry raced: the other one won, and its message is the answer.
    const winner = key === null ? undefined : await findByKey(domain.db, memberId, key);
    if (!winner) throw error;
    return { message: messageView(winner, memberId), replayed: true, decision: null };
  }
  await publishMessage(domain, thread, message, 'message');
  return {
    message: messageView(message, memberId),
    replayed: false,
    decision: decisionSummary(verdict.decision),
  };
}

const findByKey = (db: Queryable, senderId: string, key: string) =>
  db
    .selectFrom('messages')
    .selectAll()
    .where('sender_id', '=', senderId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();

async function ownMessage(domain: Domain, memberId: string, messageId: string) {
  const message = await domain.db
    .selectFrom('messages')
    .selectAll()
    .where('id', '=', messageId)
    .where('sender_id', '=', memberId)
    .where('kind', '=', 'text')
    .executeTakeFirst();
  if (!message || message.deleted_at) throw notFound('message');
  return { message, thread: await threadFor(domain, memberId, message.thread_id) };
}

/** Edits are checked like new messages: an edit cannot slip in what a send could not. */
export async function editMessage(
  domain: Domain,
  memberId: string,
  messageId: string,
  input: { text: unknown },
) {
  const { message, thread } = await ownMessage(domain, memberId, messageId);
  const text = checkText(input.text);
  const sending = await sendingContext(domain, memberId, thread.id, null);
  const { context } = sending;
  // The message being edited is not its own earlier context.
  const earlier = sending.earlier.filter((t) => t !== message.text);
  const verdict = await enforce(domain, text, {
    memberId,
    surface: 'message',
    threadId: thread.id,
    earlier,
    ...context,
  });
  const updated = await domain.db
    .updateTable('messages')
    .set({
      text,
      masked_text: verdict.masked ? verdict.delivered : null,
      held: verdict.held,
      edited_at: domain.now(),
    })
    .where('id', '=', messageId)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (verdict.recordId) await attachRecord(domain.db, verdict.recordId, messageId, messageId);
  await publishMessage(domain, thread, updated, 'message_updated');
  return { message: messageView(updated, memberId), decision: decisionSummary(verdict.decision) };
}

export async function deleteMessage(domain: Domain, memberId: string, messageId: string) {
  const { thread } = await ownMessage(domain, memberId, messageId);
  const updated = await domain.db
    .updateTable('messages')
    .set({ deleted_at: domain.now() })
    .where('id', '=', messageId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await publishMessage(domain, thread, updated, 'message_updated');
  return { message: messageView(updated, memberId) };
}

/** Messages after `after`, as the member sees them (others' held messages left out). */
export async function messagesAfter(
  domain: Domain,
  memberId: string,
  threadId: string,
  after: number,
) {
  await threadFor(domain, memberId, threadId);
  const rows = await domain.db
    .selectFrom('messages')
    .selectAll()
    .where('thread_id', '=', threadId)
    .where('seq', '>', after)
    .where((eb) => eb.or([eb('held', '=', false), eb('sender_id', '=', memberId)]))
    .orderBy('seq')
    .limit(1000)
    .execute();
  return rows.map((row) => messageView(row, memberId));
}

export async function markRead(domain: Domain, memberId: string, threadId: string, seq: unknown) {
  const thread = await threadFor(domain, memberId, threadId);
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0) {
    throw new ServiceError(400, 'invalid', 'seq must be a whole number.');
  }
  const upTo = Math.min(seq, thread.last_seq);
  await domain.db
    .insertInto('thread_reads')
    .values({ thread_id: threadId, member_id: memberId, last_read_seq: upTo })
    .onConflict((oc) =>
      oc.columns(['thread_id', 'member_id']).doUpdateSet({
        last_read_seq: sql`greatest(thread_reads.last_read_seq, excluded.last_read_seq)`,
        read_at: domain.now(),
      }),
    )
    .execute();
  await domain.fanout.publish(participantsOf(thread), {
    type: 'read',
    threadId,
    memberId,
    seq: upTo,
  });
}

export async function typing(domain: Domain, memberId: string, threadId: string) {
  const thread = await threadFor(domain, memberId, threadId);
  const others = participantsOf(thread).filter((id) => id !== memberId);
  await domain.fanout.publish(others, { type: 'typing', threadId, memberId });
}

/** The thread header: who, which job, which contract, and how far the member has read. */
export async function threadDetail(domain: Domain, memberId: string, threadId: string) {
  const thread = await threadFor(domain, memberId, threadId);
  const [job, organisation, contract, people, read, messages] = await Promise.all([
    domain.db
      .selectFrom('jobs')
      .select(['id', 'title'])
      .where('id', '=', thread.job_id)
      .executeTakeFirstOrThrow(),
    planOf(domain.db, thread.job_id),
    contractOf(domain.db, threadId),
    domain.db
      .selectFrom('members')
      .select(['id', 'name'])
      .where('id', 'in', participantsOf(thread))
      .execute(),
    domain.db
      .selectFrom('thread_reads')
      .select(['member_id', 'last_read_seq'])
      .where('thread_id', '=', threadId)
      .execute(),
    domain.db
      .selectFrom('messages')
      .selectAll()
      .where('thread_id', '=', threadId)
      .where((eb) => eb.or([eb('held', '=', false), eb('sender_id', '=', memberId)]))
      .orderBy('seq', 'desc')
      .limit(PAGE)
      .execute(),
  ]);
  const person = (id: string) => people.find((p) => p.id === id) ?? { id, name: 'Former member' };
  const readBy = (id: string) => read.find((r) => r.member_id === id)?.last_read_seq ?? 0;
  const counterpartId = counterpartOf(thread, memberId);
  return {
    thread: {
      id: thread.id,
      job,
      client: person(thread.client_id),
      freelancer: person(thread.freelancer_id),
      organisation,
      contract: contract
        ? {
            id: contract.id,
            state: contract.state,
            startedAt: contract.started_at?.toISOString() ?? null,
          }
        : null,
      contractState: policyContractState(contract?.state),
      role: thread.client_id === memberId ? 'client' : 'freelancer',
      lastReadSeq: readBy(memberId),
      counterpartReadSeq: readBy(counterpartId),
      lastSeq: thread.last_seq,
    },
    messages: messages.reverse().map((row) => messageView(row, memberId)),
  };
}

/** One inbox across every organisation the member works in, newest first. */
export async function inbox(domain: Domain, memberId: string, query: string | undefined) {
  let rows = domain.db
    .selectFrom('threads')
    .innerJoin('jobs', 'jobs.id', 'threads.job_id')
    .innerJoin('organisations as client_org', 'client_org.id', 'jobs.organisation_id')
    .innerJoin(
      'organisations as freelancer_org',
      'freelancer_org.id',
      'threads.freelancer_organisation_id',
    )
    .innerJoin('members as client', 'client.id', 'threads.client_id')
    .innerJoin('members as freelancer', 'freelancer.id', 'threads.freelancer_id')
    .leftJoin('thread_reads', (join) =>
      join
        .onRef('thread_reads.thread_id', '=', 'threads.id')
        .on('thread_reads.member_id', '=', memberId),
    )
    .select((eb) => [
      'threads.id',
      'threads.last_seq',
      'threads.last_message_at',
      'threads.client_id',
      'jobs.id as job_id',
      'jobs.title as job_title',
      'client.name as client_name',
      'client.id as client_member_id',
      'freelancer.name as freelancer_name',
      'freelancer.id as freelancer_member_id',
      'client_org.id as client_org_id',
      'client_org.name as client_org_name',
      'freelancer_org.id as freelancer_org_id',
      'freelancer_org.name as freelancer_org_name',
      unreadMessages(domain.db, memberId)
        .select(sql<string>`count(*)`.as('n'))
        .as('unread'),
      eb
        .selectFrom('contracts')
        .select('contracts.state')
        .whereRef('contracts.thread_id', '=', 'threads.id')
        .orderBy('contracts.offered_at', 'desc')
        .limit(sql.lit(1))
        .as('contract_state'),
    ])
    .where((eb) =>
      eb.or([eb('threads.client_id', '=', memberId), eb('threads.freelancer_id', '=', memberId)]),
    );
  if (query && query.trim() !== '') {
    const like = `%${query.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    rows = rows.where((eb) =>
      eb.or([
        eb('jobs.title', 'ilike', like),
        eb('client.name', 'ilike', like),
        eb('freelancer.name', 'ilike', like),
        eb('client_org.name', 'ilike', like),
      ]),
    );
  }
  const threads = await rows.orderBy('threads.last_message_at', 'desc').limit(500).execute();
  const lastMessages = threads.length
    ? await domain.db
        .selectFrom('messages')
        .selectAll()
        .where(
          'id',
          'in',
          domain.db
            .selectFrom('messages')
            .select(sql<string>`(array_agg(id order by seq desc))[1]`.as('id'))
            .where(
              'thread_id',
              'in',
              threads.map((t) => t.id),
            )
            .where((eb) => eb.or([eb('held', '=', false), eb('sender_id', '=', memberId)]))
            .groupBy('thread_id'),
        )
        .execute()
    : [];
  const entries = threads.map((t) => {
    const asClient = t.client_id === memberId;
    const last = lastMessages.find((m) => m.thread_id === t.id);
    const view = last ? messageView(last, memberId) : null;
    return {
      id: t.id,
      job: { id: t.job_id, title: t.job_title },
      counterpart: asClient
        ? { id: t.freelancer_member_id, name: t.freelancer_name }
        : { id: t.client_member_id, name: t.client_name },
      organisation: asClient
        ? { id: t.client_org_id, name: t.client_org_name }
        : { id: t.freelancer_org_id, name: t.freelancer_org_name },
      contractState: policyContractState(t.contract_state ?? undefined),
      lastMessage: view
        ? { text: view.text, at: view.createdAt, senderId: view.senderId, kind: view.kind }
        : null,
      unread: Number(t.unread ?? 0),
      lastSeq: t.last_seq,
    };
  });
  return { threads: entries, unreadTotal: entries.reduce((sum, e) => sum + e.unread, 0) };
}
