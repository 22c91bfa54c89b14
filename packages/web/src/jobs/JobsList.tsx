import { api, listOf } from '../api/client';
import type { Job, Session } from '../api/types';
import { actingOrg } from '../auth/session';
import { actingOrgStore } from '../auth/session';
import { ErrorText, Loading, PageHead } from '../ui/bits';
import { useLoad, useStore } from '../ui/hooks';
import { formatDateTime } from '../ui/labels';
import { href } from '../ui/router';

export function JobsList({ session }: { session: Session }) {
  useStore(actingOrgStore);
  const org = actingOrg(session);
  const jobs = useLoad(() => api.get<unknown>('/v1/jobs').then((d) => listOf<Job>(d, 'jobs')), []);
  const isClient = session.organisations.some((o) => o.role === 'client');
  return (
    <div className="page">
      <PageHead title="Jobs">
        {isClient ? (
          <a className="button" href={href('/jobs/new')}>
            Post a job
          </a>
        ) : null}
      </PageHead>
      <p className="muted">
        {org?.role === 'client'
          ? 'Open jobs on the marketplace, including yours. Open one of yours to see proposals and invite freelancers.'
          : 'Open jobs you can propose for. Your proposal opens a conversation with the client.'}
      </p>
      {jobs.loading && !jobs.data ? <Loading /> : null}
      <ErrorText>{jobs.error}</ErrorText>
      {jobs.data && jobs.data.length === 0 ? (
        <p className="empty">No open jobs right now.</p>
      ) : null}
      <ul className="card-list">
        {(jobs.data ?? []).map((job) => {
          const mine = (job.clientId ?? job.client?.id) === session.member.id;
          return (
            <li key={job.id} className="card job-card">
              <h2 className="card-title">
                <a href={href(`/jobs/${job.id}`)}>{job.title}</a>
              </h2>
              <p className="muted small">
                {job.organisation?.name}
                {job.createdAt ? ` · ${formatDateTime(job.createdAt)}` : ''}
                {mine ? ' · your job' : ''}
              </p>
              <p className="job-desc">{job.description}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
