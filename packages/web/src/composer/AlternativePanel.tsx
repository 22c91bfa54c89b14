import type { Alternative } from '../api/types';
import { Modal } from '../ui/Modal';
import { href } from '../ui/router';

const TITLE: Record<Exclude<Alternative, 'appeal'>, string> = {
  platform_call: 'Call in this thread',
  scheduler: 'Book a time in this thread',
  file_upload: 'Share files here',
  platform_payment: 'Agree the terms in an offer',
};

/** The in-platform way to do what the stopped text tried to do. */
export function AlternativePanel({
  alternative,
  onClose,
  counterpart,
  canOffer,
  onOffer,
}: {
  alternative: Exclude<Alternative, 'appeal'>;
  onClose: () => void;
  counterpart?: string;
  canOffer?: boolean;
  onOffer?: () => void;
}) {
  return (
    <Modal title={TITLE[alternative]} onClose={onClose}>
      {alternative === 'platform_call' ? (
        <div className="alt-panel">
          <div className="call-placeholder" aria-hidden="true">
            <span className="call-dot" />
          </div>
          <p>
            Voice and video calls{counterpart ? ` with ${counterpart}` : ''} run right here in the
            browser, on a phone too, with screen sharing. Nobody needs a phone number or another
            app.
          </p>
          <p className="muted">
            Calling is a placeholder in this demo: the call would start from this thread, and its
            record stays with the conversation.
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled aria-describedby="call-note">
              Start call
            </button>
            <span id="call-note" className="muted small">
              Not available in the demo
            </span>
          </div>
        </div>
      ) : null}
      {alternative === 'scheduler' ? (
        <div className="alt-panel">
          <p>
            Scheduling happens in this thread. Suggest a few times here; the in-platform scheduler
            books the interview as a call in this conversation, shows it in both time zones and adds
            it to both calendars, so there is no need for an outside booking link.
          </p>
          <p className="muted">Tip: write times with the time zone, e.g. “Tue 14:00 London”.</p>
        </div>
      ) : null}
      {alternative === 'file_upload' ? (
        <div className="alt-panel">
          <p>
            Share files by upload in this thread, or with a file-sharing link that needs no e-mail
            address or sign-up. Legal documents such as an NDA may carry contact details.
          </p>
          <p className="muted">
            If the other side must invite you to a project tool to scope the work, say so in the
            same message (“to give you access to our Jira”) and the address will go through.
          </p>
        </div>
      ) : null}
      {alternative === 'platform_payment' ? (
        <div className="alt-panel">
          <p>
            Agree the scope and price in a contract offer. Payments through the platform protect
            both sides; once the contract starts, you can also share contact details.
          </p>
          {canOffer && onOffer ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                onOffer();
                onClose();
              }}
            >
              Offer a contract
            </button>
          ) : null}
        </div>
      ) : null}
      <p className="small">
        <a href={href('/rules')}>Read the full communication rule</a>
      </p>
    </Modal>
  );
}
