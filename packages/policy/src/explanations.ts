import type { Category } from '@ringfence/detect';
import type { Alternative, ContractState, Explanation } from './types.js';

/**
 * What the sender is told for each category: what was seen, why it is not allowed yet, and
 * what to use instead. One table, so the app, the API and mails all say the same thing.
 */
const TEXT: Record<Category, { what: string; instead: string; alternatives: Alternative[] }> = {
  phone: {
    what: 'This looks like a phone number.',
    instead:
      'Use a call in this thread: voice and video work in the browser, and the scheduler books a time.',
    alternatives: ['platform_call', 'scheduler'],
  },
  email: {
    what: 'This looks like an e-mail address.',
    instead:
      'Keep writing here; share files with the upload button. If you only need to invite the other side to a project tool, say so and it will go through.',
    alternatives: ['file_upload'],
  },
  address: {
    what: 'This looks like a street address.',
    instead: 'Meet in a call here; addresses can be shared once the contract has started.',
    alternatives: ['platform_call'],
  },
  link: {
    what: 'This link leads to a booking page, meeting room, form or outside application.',
    instead: 'Book the interview with the scheduler and hold it as a call in this thread.',
    alternatives: ['scheduler', 'platform_call'],
  },
  handle: {
    what: 'This looks like an ID or profile on another messaging or social app.',
    instead: 'Keep the conversation in this thread; calls and files work here too.',
    alternatives: ['platform_call', 'file_upload'],
  },
  request: {
    what: 'This asks to move the conversation, call or contact details to another app.',
    instead: 'Talk, call and book meetings here until the contract starts.',
    alternatives: ['platform_call', 'scheduler'],
  },
  payment: {
    what: 'This asks to pay or be paid outside the platform.',
    instead:
      'Agree the terms in an offer; payments through the platform are protected for both sides.',
    alternatives: ['platform_payment'],
  },
};

const WHY_PRE_CONTRACT =
  'Before a contract starts, contact details stay off the conversation so both sides stay protected from scams.';
const WHY_PAYMENT =
  'Payments outside the platform are never allowed: they lose the protection of both sides.';

export function explain(category: Category, contract: ContractState): Explanation {
  const text = TEXT[category];
  return {
    code:
      category === 'payment'
        ? 'payment.off_platform'
        : `contact.${category}.${contract === 'none' ? 'pre_contract' : 'not_allowed'}`,
    what: text.what,
    why: category === 'payment' ? WHY_PAYMENT : WHY_PRE_CONTRACT,
    instead: `${text.instead} If you think this is a mistake, you can appeal.`,
    alternatives: [...text.alternatives, 'appeal'],
  };
}

/** What replaces a stopped span in the masked text. */
export function maskLabel(category: Category): string {
  return `[${category} hidden]`;
}
