import { useMemo, useState } from 'react';
import type { Context } from '@ringfence/policy';
import { ApiError, api, errorText } from '../api/client';
import type { ApiDecision, Job, Session } from '../api/types';
import { actingOrg, actingOrgStore, rulesStore } from '../auth/session';
import { CheckedField } from '../composer/CheckedField';
import { FormOutcome, type Blocked } from '../composer/FormOutcome';
import { getDraft, saveDraft } from '../composer/drafts';
import { Alert, PageHead } from '../ui/bits';
import { useStore } from '../ui/hooks';
import { href, navigate } from '../ui/router';

/** A client's job post: checked live, and not sendable until the rule is acknowledged. */
export function JobPostForm({ session }: { session: Session }) {
  useStore(actingOrgStore);
  const rules = useStore(rulesStore);
  const clientOrgs = session.organisations.filter((o) => o.role === 'client');
  const acting = actingOrg(session);
  const [orgId, setOrgId] = useState(
    acting?.role === 'client' ? acting.id : (clientOrgs[0]?.id ?? ''),
  );
  const [title, setTitle] = useState(() => getDraft('job:title'));
  const [description, setDescription] = useState(() => getDraft('job:description'));
  const [acknowledged, setAcknowledged] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const org = clientOrgs.find((o) => o.id === orgId);
  const context = useMemo<Context>(
    () => ({ surface: 'job_post', contract: 'none', plan: org?.plan ?? 'basic' }),
    [org?.plan],
  );

  if (!clientOrgs.length) {
    return (
      <div className="page page-narrow">
        <PageHead title="Post a job" />
        <p>Only clients post jobs. None of your organisations is a client.</p>
      </div>
    );
  }

  async function submit(): Promise<void> {
    if (!acknowledged) return;
    setBusy(true);
    setError(null);
    setBlocked(null);
    try {
      const result = await api.post<{ job: Job; decision: ApiDecision }>('/v1/jobs', {
        organisationId: orgId,
        title,
        description,
        acknowledged,
      });
      saveDraft('job:title', '');
      saveDraft('job:description', '');
      navigate(`/jobs/${result.job.id}?posted=${result.decision.action}`);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'blocked' && err.decision) {
        setBlocked({ text: `${title}\n\n${description}`, decision: err.decision });
      } else setError(errorText(err));
      setBusy(false);
    }
  }

  return (
    <div className="page page-narrow">
      <PageHead title="Post a job" />
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {clientOrgs.length > 1 ? (
          <div className="field">
            <label htmlFor="job-org">Post for</label>
            <select id="job-org" value={orgId} onChange={(e) => setOrgId(e.target.value)}>
              {clientOrgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.plan} plan)
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <CheckedField
          label="Title"
          multiline={false}
          value={title}
          required
          name="title"
          onChange={(v) => {
            setTitle(v);
            saveDraft('job:title', v);
            setBlocked(null);
          }}
          context={context}
          country={session.member.country}
        />
        <CheckedField
          label="Description"
          hint="What you need, the scope and the budget. Freelancers reply in the platform — no contact details or outside links."
          value={description}
          required
          rows={8}
          name="description"
          onChange={(v) => {
            setDescription(v);
            saveDraft('job:description', v);
            setBlocked(null);
          }}
          context={context}
          country={session.member.country}
        />
        <FormOutcome blocked={blocked} />
        <div className="ack">
          <input
            id="job-ack"
            type="checkbox"
            checked={acknowledged}
            onChange={(event) => setAcknowledged(event.target.checked)}
            aria-describedby="job-ack-rule"
          />
          <div>
            <label htmlFor="job-ack">
              I will keep all communication on the platform until a contract starts.
            </label>
            <p id="job-ack-rule" className="field-hint">
              {rules?.notice.preContract ??
                'Before a contract starts, nobody may ask for or share contact details.'}{' '}
              <a href={href('/rules')}>Read the full rule</a>
            </p>
          </div>
        </div>
        {error ? (
          <Alert tone="danger" role="alert">
            {error}
          </Alert>
        ) : null}
        <div className="button-row">
          <button
            type="submit"
            className="button"
            disabled={!acknowledged || busy || !title.trim() || !description.trim()}
            aria-describedby={!acknowledged ? 'job-submit-hint' : undefined}
          >
            {busy ? 'Posting…' : 'Post job'}
          </button>
          {!acknowledged ? (
            <span id="job-submit-hint" className="muted small">
              Tick the acknowledgement above to post.
            </span>
          ) : null}
        </div>
      </form>
    </div>
  );
}
