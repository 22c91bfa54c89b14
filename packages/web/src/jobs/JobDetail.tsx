import { useMemo, useState } from 'react';
import type { Context } from '@ringfence/policy';
import { ApiError, api, errorText, listOf } from '../api/client';
import type { ApiDecision, Freelancer, Job, Proposal, Session } from '../api/types';
import { actingOrg, actingOrgStore } from '../auth/session';
import { CheckedField } from '../composer/CheckedField';
import { FormOutcome, type Blocked } from '../composer/FormOutcome';
import { getDraft, saveDraft } from '../composer/drafts';
import { Alert, ErrorText, Loading, PageHead } from '../ui/bits';
import { useLoad, useStore } from '../ui/hooks';
import { formatDateTime } from '../ui/labels';
import { href, navigate, queryOf, usePath } from '../ui/router';

const POSTED: Record<string, string> = {
  allow: 'Your job is posted.',
  nudge: 'Your job is posted. Remember: until a contract starts, keep contact details out of it.',
  mask: 'Your job is posted with the contact details hidden.',
  review: 'Your job is held for a moderator before it is published.',
};

export function JobDetail({ session, jobId }: { session: Session; jobId: string }) {
  const path = usePath();
  const posted = queryOf(path).get('posted');
  const job = useLoad(
    () => api.get<{ job: Job }>(`/v1/jobs/${encodeURIComponent(jobId)}`).then((d) => d.job),
    [jobId],
  );
  if (job.loading && !job.data)
    return (
      <div className="page">
        <Loading />
      </div>
    );
  if (!job.data)
    return (
      <div className="page">
        <PageHead title="Job" />
        <ErrorText>{job.error ?? 'This job is not available.'}</ErrorText>
      </div>
    );
  const data = job.data;
  const mine = (data.clientId ?? data.client?.id) === session.member.id;
  return (
    <div className="page page-narrow">
      <p>
        <a href={href('/jobs')}>← All jobs</a>
      </p>
      <PageHead title={data.title} />
      {posted && POSTED[posted] ? (
        <Alert tone={posted === 'allow' ? 'ok' : 'info'} role="status">
          {POSTED[posted]}
        </Alert>
      ) : null}
      <p className="muted small">
        {data.organisation?.name}
        {data.createdAt ? ` · posted ${formatDateTime(data.createdAt)}` : ''}
      </p>
      <div className="card">
        <p className="job-desc job-desc-full">{data.description}</p>
      </div>
      {mine ? (
        <>
          <Proposals jobId={jobId} />
          <InviteForm jobId={jobId} job={data} session={session} />
        </>
      ) : (
        <ProposalForm job={data} session={session} />
      )}
    </div>
  );
}

function Proposals({ jobId }: { jobId: string }) {
  const proposals = useLoad(
    () =>
      api
        .get<unknown>(`/v1/jobs/${encodeURIComponent(jobId)}/proposals`)
        .then((d) => listOf<Proposal>(d, 'proposals')),
    [jobId],
  );
  return (
    <section className="section" aria-labelledby="proposals-title">
      <h2 id="proposals-title">Proposals</h2>
      {proposals.loading && !proposals.data ? <Loading /> : null}
      <ErrorText>{proposals.error}</ErrorText>
      {proposals.data?.length === 0 ? <p className="empty">No proposals yet.</p> : null}
      <ul className="card-list">
        {(proposals.data ?? []).map((p) => (
          <li key={p.id} className="card">
            <h3 className="card-title">{p.freelancer?.name ?? 'Freelancer'}</h3>
            <p className="job-desc">{p.coverLetter}</p>
            {p.portfolioLinks?.length ? (
              <ul className="links">
                {p.portfolioLinks.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : null}
            {p.threadId ? (
              <a className="button button-small" href={href(`/t/${p.threadId}`)}>
                Open conversation
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProposalForm({ job, session }: { job: Job; session: Session }) {
  useStore(actingOrgStore);
  const orgs = session.organisations.filter((o) => o.role !== 'client');
  const acting = actingOrg(session);
  const [orgId, setOrgId] = useState(
    acting && acting.role !== 'client' ? acting.id : (orgs[0]?.id ?? ''),
  );
  const draftKey = `proposal:${job.id}`;
  const [cover, setCover] = useState(() => getDraft(draftKey));
  const [links, setLinks] = useState(() => getDraft(`${draftKey}:links`));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const context = useMemo<Context>(
    () => ({ surface: 'proposal', contract: 'none', plan: job.organisation?.plan ?? 'basic' }),
    [job.organisation?.plan],
  );
  if (!orgs.length) return null;
  const linkList = links
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  async function submit(): Promise<void> {
    setBusy(true);
    setError(null);
    setBlocked(null);
    try {
      const result = await api.post<{ threadId: string; decision: ApiDecision }>(
        `/v1/jobs/${encodeURIComponent(job.id)}/proposals`,
        { organisationId: orgId, coverLetter: cover, portfolioLinks: linkList },
      );
      saveDraft(draftKey, '');
      saveDraft(`${draftKey}:links`, '');
      navigate(`/t/${result.threadId}`);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'blocked' && err.decision) {
        setBlocked({ text: [cover, ...linkList].join('\n'), decision: err.decision });
      } else setError(errorText(err));
      setBusy(false);
    }
  }

  return (
    <section className="section" aria-labelledby="propose-title">
      <h2 id="propose-title">Send a proposal</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {orgs.length > 1 ? (
          <div className="field">
            <label htmlFor="proposal-org">Propose as</label>
            <select id="proposal-org" value={orgId} onChange={(e) => setOrgId(e.target.value)}>
              {orgs.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <CheckedField
          label="Cover letter"
          value={cover}
          required
          rows={6}
          onChange={(v) => {
            setCover(v);
            saveDraft(draftKey, v);
            setBlocked(null);
          }}
          context={context}
          country={session.member.country}
        />
        <CheckedField
          label="Portfolio links (one per line, optional)"
          hint="Links to your past work are welcome in proposals."
          value={links}
          rows={3}
          onChange={(v) => {
            setLinks(v);
            saveDraft(`${draftKey}:links`, v);
            setBlocked(null);
          }}
          context={context}
          country={session.member.country}
        />
        <FormOutcome blocked={blocked} error={error} />
        <button type="submit" className="button" disabled={busy || !cover.trim()}>
          {busy ? 'Sending…' : 'Send proposal'}
        </button>
      </form>
    </section>
  );
}

function InviteForm({ jobId, job, session }: { jobId: string; job: Job; session: Session }) {
  const freelancers = useLoad(
    () => api.get<unknown>('/v1/freelancers').then((d) => listOf<Freelancer>(d, 'freelancers')),
    [],
  );
  const [freelancerId, setFreelancerId] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [blocked, setBlocked] = useState<Blocked | null>(null);
  const plan =
    job.organisation?.plan ??
    session.organisations.find((o) => o.id === job.organisation?.id)?.plan ??
    'basic';
  const context = useMemo<Context>(() => ({ surface: 'invite', contract: 'none', plan }), [plan]);
  const options = (freelancers.data ?? []).filter((f) => f.id !== session.member.id);

  return (
    <section className="section" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite a freelancer</h2>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(null);
          setBlocked(null);
          api
            .post<{ threadId: string }>(`/v1/jobs/${encodeURIComponent(jobId)}/invites`, {
              freelancerId,
              text,
            })
            .then(
              (result) => navigate(`/t/${result.threadId}`),
              (err: unknown) => {
                if (err instanceof ApiError && err.code === 'blocked' && err.decision) {
                  setBlocked({ text, decision: err.decision });
                } else setError(errorText(err));
                setBusy(false);
              },
            );
        }}
      >
        <div className="field">
          <label htmlFor="invite-who">Freelancer</label>
          <select
            id="invite-who"
            value={freelancerId}
            required
            onChange={(e) => setFreelancerId(e.target.value)}
          >
            <option value="">Choose a freelancer…</option>
            {options.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
                {f.headline ? ` — ${f.headline}` : ''}
              </option>
            ))}
          </select>
        </div>
        <CheckedField
          label="Invitation"
          value={text}
          required
          rows={4}
          onChange={(v) => {
            setText(v);
            setBlocked(null);
          }}
          context={context}
          country={session.member.country}
        />
        <FormOutcome blocked={blocked} error={error} />
        <button type="submit" className="button" disabled={busy || !freelancerId || !text.trim()}>
          {busy ? 'Sending…' : 'Send invitation'}
        </button>
      </form>
    </section>
  );
}
