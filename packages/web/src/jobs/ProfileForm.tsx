import { useMemo, useState } from 'react';
import type { Context } from '@ringfence/policy';
import { ApiError, api, errorText } from '../api/client';
import type { ApiDecision, Session } from '../api/types';
import { loadSession } from '../auth/session';
import { CheckedField } from '../composer/CheckedField';
import { FormOutcome, type Blocked } from '../composer/FormOutcome';
import { PageHead } from '../ui/bits';

const SAVED: Record<string, string> = {
  allow: 'Your profile is saved.',
  nudge: 'Your profile is saved. Keep contact details out of it: people reach you here.',
  mask: 'Saved, with the contact details hidden.',
  review: 'Saved and held for a moderator before others see the change.',
};

export function ProfileForm({ session }: { session: Session }) {
  const [headline, setHeadline] = useState(session.member.headline ?? '');
  const [bio, setBio] = useState(session.member.bio ?? '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const context = useMemo<Context>(
    () => ({ surface: 'profile', contract: 'none', plan: 'basic' }),
    [],
  );
  return (
    <div className="page page-narrow">
      <PageHead title="Your profile" />
      <p className="muted">
        {session.member.name} · {session.member.email}
        {session.member.country ? ` · ${session.member.country}` : ''}
      </p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setStatus(null);
          setError(null);
          setBlocked(null);
          api.put<{ decision: ApiDecision }>('/v1/profile', { headline, bio }).then(
            (result) => {
              setStatus(SAVED[result.decision?.action ?? 'allow'] ?? SAVED.allow!);
              setBusy(false);
              void loadSession();
            },
            (err: unknown) => {
              if (err instanceof ApiError && err.code === 'blocked' && err.decision) {
                setBlocked({ text: `${headline}\n\n${bio}`, decision: err.decision });
              } else setError(errorText(err));
              setBusy(false);
            },
          );
        }}
      >
        <CheckedField
          label="Headline"
          multiline={false}
          value={headline}
          onChange={(v) => {
            setHeadline(v);
            setBlocked(null);
          }}
          context={context}
          country={session.member.country}
        />
        <CheckedField
          label="About you"
          hint="Your skills and past work. Profiles are public: no phone numbers, e-mail addresses or messaging IDs."
          value={bio}
          rows={7}
          onChange={(v) => {
            setBio(v);
            setBlocked(null);
          }}
          context={context}
          country={session.member.country}
        />
        <FormOutcome blocked={blocked} status={status} error={error} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save profile'}
        </button>
      </form>
    </div>
  );
}
