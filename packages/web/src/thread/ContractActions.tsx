import { useState } from 'react';
import { api, errorText } from '../api/client';
import type { Thread } from '../api/types';
import { Modal } from '../ui/Modal';

/** Offer / accept / pause / resume / end, in the thread header, for whoever may do each. */
export function ContractActions({
  thread,
  me,
  onChanged,
}: {
  thread: Thread;
  me: string;
  onChanged: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const isClient = thread.client.id === me;
  const contract = thread.contract;

  async function run(path: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await api.post(path);
      onChanged();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  const buttons: Array<{ label: string; path: string; primary?: boolean; confirm?: boolean }> = [];
  if (!contract || contract.state === 'ended') {
    if (isClient)
      buttons.push({
        label: 'Offer contract',
        path: `/v1/threads/${thread.id}/contract`,
        primary: true,
      });
  } else if (contract.state === 'offered') {
    if (!isClient)
      buttons.push({
        label: 'Accept contract',
        path: `/v1/contracts/${contract.id}/accept`,
        primary: true,
      });
  } else if (contract.state === 'active') {
    buttons.push({ label: 'Pause', path: `/v1/contracts/${contract.id}/pause` });
    buttons.push({
      label: 'End contract',
      path: `/v1/contracts/${contract.id}/end`,
      confirm: true,
    });
  } else if (contract.state === 'paused') {
    buttons.push({ label: 'Resume', path: `/v1/contracts/${contract.id}/resume` });
    buttons.push({
      label: 'End contract',
      path: `/v1/contracts/${contract.id}/end`,
      confirm: true,
    });
  }
  const endPath = buttons.find((b) => b.confirm)?.path;

  return (
    <div className="contract-actions">
      {contract?.state === 'offered' && isClient ? (
        <span className="badge badge-info">Offer sent</span>
      ) : null}
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          className={`button button-small ${b.primary ? '' : 'button-ghost'}`}
          disabled={busy}
          onClick={() => (b.confirm ? setConfirmEnd(true) : void run(b.path))}
        >
          {b.label}
        </button>
      ))}
      {error ? (
        <p className="error-text small" role="alert">
          {error}
        </p>
      ) : null}
      {confirmEnd && endPath ? (
        <Modal title="End the contract?" onClose={() => setConfirmEnd(false)}>
          <p>
            The conversation stays as it is. After the contract ends, contact details may still be
            shared; payments always go through the platform.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button-danger"
              onClick={() => {
                setConfirmEnd(false);
                void run(endPath);
              }}
            >
              End contract
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => setConfirmEnd(false)}
            >
              Keep it running
            </button>
          </div>
        </Modal>
      ) : null}
    </div>
  );
}
