import { useState } from 'react';
import { api, errorText } from '../api/client';
import type { Message, ReportReason } from '../api/types';
import { Modal } from '../ui/Modal';
import { REASON_LABEL } from '../ui/labels';

const REASONS: ReportReason[] = [
  'off_platform',
  'contact_details',
  'off_platform_payment',
  'scam',
  'other',
];

export function ReportDialog({
  message,
  senderName,
  onClose,
  onReported,
}: {
  message: Message;
  senderName: string;
  onClose: () => void;
  onReported: () => void;
}) {
  const [reason, setReason] = useState<ReportReason>('off_platform');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal title={`Report a message from ${senderName}`} onClose={onClose}>
      <blockquote className="quoted">{message.text}</blockquote>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          api.post('/v1/reports', { messageId: message.id, reason, note }).then(
            () => {
              onReported();
              onClose();
            },
            (err: unknown) => {
              setBusy(false);
              setError(errorText(err));
            },
          );
        }}
      >
        <fieldset className="radio-group">
          <legend>What is wrong with it?</legend>
          {REASONS.map((r) => (
            <label key={r} className="radio">
              <input
                type="radio"
                name="reason"
                value={r}
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              {REASON_LABEL[r]}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="report-note">
            Anything the trust and safety team should know (optional)
          </label>
          <textarea
            id="report-note"
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        {error ? (
          <p className="error-text" role="alert">
            {error}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-danger" disabled={busy}>
            {busy ? 'Sending…' : 'Send report'}
          </button>
          <button type="button" className="button button-ghost" onClick={onClose}>
            Cancel
          </button>
        </div>
        <p className="small muted">
          Reports are private: {senderName} is not told who reported. A moderator reads the
          conversation around this message before deciding.
        </p>
      </form>
    </Modal>
  );
}
