import { useState } from 'react';
import { rulesStore } from '../auth/session';
import type { Thread } from '../api/types';
import { useStore } from '../ui/hooks';
import { href } from '../ui/router';

/**
 * The permanent notice at the top of a conversation, the same for both sides: the rule in two
 * sentences before a contract, and what changes once one is active.
 */
export function RuleNotice({
  thread,
  onAlternatives,
}: {
  thread: Thread;
  onAlternatives: () => void;
}) {
  const rules = useStore(rulesStore);
  // On a phone the rule text is clamped to a few lines; the whole text stays readable on demand.
  const [open, setOpen] = useState(false);
  const planException = thread.organisation.plan !== 'basic';
  const preContract = thread.contractState === 'none';
  const text = preContract
    ? (rules?.notice.preContract ??
      'Before a contract starts, keep contact details and other apps out of this conversation. Talk, call and book interviews here; payments always go through the platform.')
    : (rules?.notice.contract ??
      'The contract has started: you may now share contact details. Payments still always go through the platform.');
  return (
    <aside
      className={`rule-notice ${preContract ? 'rule-pre' : 'rule-contract'}`}
      aria-label="Communication rule for this conversation"
    >
      <svg className="rule-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        {preContract ? (
          <path
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
            d="M12 2.5 4 5.5v6c0 5 3.4 8.6 8 10 4.6-1.4 8-5 8-10v-6l-8-3Z"
          />
        ) : (
          <>
            <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path
              d="m7.5 12.5 3 3 6-6.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </>
        )}
      </svg>
      <div>
        <p className="rule-title">
          {preContract
            ? 'Before the contract: keep it here'
            : thread.contractState === 'active'
              ? 'Contract active'
              : 'Contract ended'}
        </p>
        <p className={`rule-text ${open ? 'rule-open' : 'rule-clamped'}`}>{text}</p>
        {preContract && planException ? (
          <p className="rule-text small">
            {thread.organisation.name} is on the {thread.organisation.plan} plan, so contact details
            may be shared in this conversation.
          </p>
        ) : null}
        <p className="rule-links">
          <button
            type="button"
            className="link-button rule-more"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Show less' : 'Show all'}
          </button>
          <a href={href('/rules')}>Read the full rule</a>
          {preContract ? (
            <button type="button" className="link-button" onClick={onAlternatives}>
              What you can use here instead
            </button>
          ) : null}
        </p>
      </div>
    </aside>
  );
}
