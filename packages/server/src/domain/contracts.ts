import type { Domain } from './context.js';
import { notFound, ServiceError } from './errors.js';
import { appendMessage, contractOf, publishMessage, threadFor } from './threads.js';
import type { ContractStateName } from '../db/schema.js';

type Move = 'accept' | 'pause' | 'resume' | 'end';

/** Which state each move needs, where it leads, who may make it, and the thread's divider. */
const MOVES: Record<
  Move,
  {
    from: ContractStateName[];
    to: ContractStateName;
    by: 'client' | 'freelancer' | 'either';
    event: string;
  }
> = {
  accept: { from: ['offered'], to: 'active', by: 'freelancer', event: 'contract_started' },
  pause: { from: ['active'], to: 'paused', by: 'client', event: 'contract_paused' },
  resume: { from: ['paused'], to: 'active', by: 'client', event: 'contract_resumed' },
  end: {
    from: ['offered', 'active', 'paused'],
    to: 'ended',
    by: 'either',
    event: 'contract_ended',
  },
};

const EVENT_TEXT: Record<string, string> = {
  contract_offered: 'A contract was offered.',
  contract_started: 'The contract started. Contact details may be shared from here on.',
  contract_paused: 'The contract was paused.',
  contract_resumed: 'The contract was resumed.',
  contract_ended: 'The contract ended.',
};

/** The client offers a contract in the thread; the thread stays the same. */
export async function offerContract(domain: Domain, memberId: string, threadId: string) {
  const thread = await threadFor(domain, memberId, threadId);
  if (thread.client_id !== memberId)
    throw new ServiceError(403, 'forbidden', 'Only the client can offer a contract.');
  const current = await contractOf(domain.db, threadId);
  if (current && current.state !== 'ended') {
    throw new ServiceError(
      409,
      'conflict',
      `This thread already has a contract (${current.state}).`,
    );
  }
  const { contract, message } = await domain.db.transaction().execute(async (tx) => {
    const contract = await tx
      .insertInto('contracts')
      .values({ thread_id: threadId, state: 'offered' })
      .returningAll()
      .executeTakeFirstOrThrow();
    const message = await appendMessage(tx, eventMessage(threadId, memberId, 'contract_offered'));
    return { contract, message };
  });
  await publishMessage(domain, thread, message, 'message');
  return { contract: contractView(contract) };
}

export async function moveContract(
  domain: Domain,
  memberId: string,
  contractId: string,
  move: Move,
) {
  const contract = await domain.db
    .selectFrom('contracts')
    .selectAll()
    .where('id', '=', contractId)
    .executeTakeFirst();
  if (!contract) throw notFound('contract');
  const thread = await threadFor(domain, memberId, contract.thread_id);
  const rule = MOVES[move];
  const role = thread.client_id === memberId ? 'client' : 'freelancer';
  if (rule.by !== 'either' && rule.by !== role) {
    throw new ServiceError(403, 'forbidden', `Only the ${rule.by} can ${move} this contract.`);
  }
  if (!rule.from.includes(contract.state)) {
    throw new ServiceError(
      409,
      'conflict',
      `A ${contract.state} contract cannot be ${move === 'end' ? 'ended' : `${move}d`}.`,
    );
  }
  const now = domain.now();
  const { updated, message } = await domain.db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('contracts')
      .set({
        state: rule.to,
        ...(move === 'accept' ? { started_at: now } : {}),
        ...(move === 'end' ? { ended_at: now } : {}),
      })
      .where('id', '=', contractId)
      // Two people pressing at once: only the first move from the expected state wins.
      .where('state', '=', contract.state)
      .returningAll()
      .executeTakeFirst();
    if (!updated)
      throw new ServiceError(
        409,
        'conflict',
        'The contract changed meanwhile; reload and try again.',
      );
    const message = await appendMessage(tx, eventMessage(thread.id, memberId, rule.event));
    return { updated, message };
  });
  await publishMessage(domain, thread, message, 'message');
  await domain.fanout.publish([thread.client_id, thread.freelancer_id], {
    type: 'thread_updated',
    threadId: thread.id,
  });
  return { contract: contractView(updated) };
}

function eventMessage(threadId: string, senderId: string, event: string) {
  return { threadId, senderId, kind: 'event' as const, event, text: EVENT_TEXT[event] ?? event };
}

function contractView(contract: {
  id: string;
  thread_id: string;
  state: string;
  offered_at: Date;
  started_at: Date | null;
  ended_at: Date | null;
}) {
  return {
    id: contract.id,
    threadId: contract.thread_id,
    state: contract.state,
    offeredAt: contract.offered_at.toISOString(),
    startedAt: contract.started_at?.toISOString() ?? null,
    endedAt: contract.ended_at?.toISOString() ?? null,
  };
}
