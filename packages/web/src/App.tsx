import { useEffect } from 'react';
import type { Session } from './api/types';
import { liveDownStore, offlineStore } from './api/connectivity';
import { pendingStore } from './thread/pending';
import { OrgSwitch } from './auth/OrgSwitch';
import { SignIn } from './auth/SignIn';
import { demoStore, sessionStore, signOut } from './auth/session';
import { Inbox } from './inbox/Inbox';
import { JobDetail } from './jobs/JobDetail';
import { JobPostForm } from './jobs/JobPostForm';
import { JobsList } from './jobs/JobsList';
import { ProfileForm } from './jobs/ProfileForm';
import { Moderation } from './moderation/Moderation';
import { Notices } from './notices/Notices';
import { actionsStore, currentLimit, isActive, refreshActions } from './notices/store';
import { Outbox } from './outbox/Outbox';
import { ThreadView } from './thread/ThreadView';
import { Loading } from './ui/bits';
import { useNarrow, useStore } from './ui/hooks';
import { formatDateTime } from './ui/labels';
import { RulesPage } from './ui/RulesPage';
import { AvailabilityPage } from './scheduling/AvailabilityPage';
import { MeetingLink } from './scheduling/MeetingLink';
import { href, match, navigate, usePath } from './ui/router';

export function App() {
  const session = useStore(sessionStore);
  const path = usePath();

  const meeting = match('/meeting/:token', path);

  useEffect(() => {
    if (meeting) return;
    if (session === null && path !== '/signin') navigate('/signin', { replace: true });
    if (session && (path === '/signin' || path === '/')) navigate('/inbox', { replace: true });
  }, [session, path, meeting]);

  // Move focus to the new page's heading, so keyboard and screen-reader users land on it.
  useEffect(() => {
    const timer = setTimeout(() => {
      const heading = document.querySelector<HTMLElement>('main h1[tabindex="-1"]');
      if (heading && !heading.contains(document.activeElement)) {
        const active = document.activeElement;
        // Do not steal focus from a field the member is already typing in.
        if (
          !active ||
          active === document.body ||
          !document.querySelector('main')?.contains(active)
        ) {
          heading.focus({ preventScroll: true });
        }
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [path, session]);

  if (session === undefined) {
    return (
      <div className="boot">
        <Loading label="Starting Ringfence…" />
      </div>
    );
  }
  // Links from booking mail work without signing in: the token is the permission.
  if (meeting && !session) {
    return (
      <main id="main" className="main-page">
        <MeetingLink token={meeting.token!} />
      </main>
    );
  }
  if (session === null || path === '/signin') {
    return (
      <>
        <OfflineBanner />
        <main id="main" className="main-signin">
          <SignIn />
        </main>
      </>
    );
  }
  return <Shell session={session} path={path} />;
}

function Shell({ session, path }: { session: Session; path: string }) {
  const narrow = useNarrow();
  const demo = useStore(demoStore);
  const actions = useStore(actionsStore);
  const staff = session.member.staffRole !== null;

  useEffect(() => {
    refreshActions().catch(() => undefined);
    const timer = setInterval(() => refreshActions().catch(() => undefined), 60_000);
    const onFocus = (): void => void refreshActions().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [session.member.id]);

  const thread =
    match('/t/:id', path) ?? match('/threads/:id', path) ?? match('/threads/:id/call', path);
  const call = match('/threads/:id/call', path) !== null;
  const meeting = match('/meeting/:token', path);
  const messaging = path === '/inbox' || thread !== null;
  const activeNotices = actions?.actions.filter((a) => isActive(a)).length ?? 0;
  const limit = currentLimit(actions);

  const nav: Array<[string, string, boolean, number?]> = [
    ['/inbox', 'Inbox', messaging],
    ['/jobs', 'Jobs', path.startsWith('/jobs')],
    ['/profile', 'Profile', path === '/profile'],
  ];
  // Freelancers and agency members set the hours clients book interviews in.
  if (session.organisations.some((o) => o.role !== 'client'))
    nav.push(['/availability', 'Availability', path === '/availability']);
  nav.push(['/notices', 'Notices', path === '/notices', activeNotices]);
  if (demo?.demo) nav.push(['/outbox', 'Mail', path === '/outbox']);
  if (staff) nav.push(['/moderation', 'Moderation', path.startsWith('/moderation')]);

  let page;
  const job = match('/jobs/:id', path);
  if (messaging) {
    page = (
      <div className={`messaging ${thread ? 'has-thread' : 'no-thread'}`}>
        {!narrow || !thread ? <Inbox session={session} selectedId={thread?.id ?? null} /> : null}
        {thread ? (
          <ThreadView
            key={thread.id}
            threadId={thread.id!}
            session={session}
            narrow={narrow}
            openCall={call}
          />
        ) : !narrow ? (
          <section className="thread thread-empty" aria-label="Conversation">
            <p>Choose a conversation to read it.</p>
          </section>
        ) : null}
      </div>
    );
  } else if (path === '/jobs') page = <JobsList session={session} />;
  else if (path === '/jobs/new') page = <JobPostForm session={session} />;
  else if (job) page = <JobDetail session={session} jobId={job.id!} />;
  else if (path === '/profile') page = <ProfileForm session={session} />;
  else if (path === '/availability') page = <AvailabilityPage session={session} />;
  else if (path === '/notices') page = <Notices />;
  else if (path === '/outbox') page = <Outbox />;
  else if (path === '/rules') page = <RulesPage />;
  else if (meeting) page = <MeetingLink token={meeting.token!} />;
  else if (path.startsWith('/moderation') && staff)
    page = <Moderation path={path} session={session} />;
  else
    page = (
      <div className="page">
        <h1 tabIndex={-1}>Not found</h1>
        <p>
          This page does not exist. <a href={href('/inbox')}>Go to the inbox</a>.
        </p>
      </div>
    );

  return (
    <div className={messaging ? 'app app-fixed' : 'app'}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          document.querySelector<HTMLElement>('main h1, main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href={href('/inbox')} aria-label="Ringfence, go to the inbox">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Ringfence</span>
        </a>
        <nav className="mainnav" aria-label="Main">
          <ul>
            {nav.map(([to, label, active, count]) => (
              <li key={to}>
                <a href={href(to)} aria-current={active ? 'page' : undefined}>
                  {label}
                  {count ? (
                    <span className="count count-small" aria-label={`, ${count} active`}>
                      {count}
                    </span>
                  ) : null}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          {session.organisations.length > 1 ? <OrgSwitch session={session} /> : null}
          <span className="account-id">
            <span className="account-name" title={session.member.email}>
              {session.member.name}
            </span>
            {session.organisations.length === 1 ? <OrgSwitch session={session} /> : null}
          </span>
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={() => void signOut()}
          >
            Sign out
          </button>
        </div>
      </header>
      <OfflineBanner />
      {limit ? (
        <div className="limit-banner" role="status">
          {limit.kind === 'suspension'
            ? 'Your account is suspended'
            : 'Pre-contract messaging is paused'}
          {limit.endsAt ? ` until ${formatDateTime(limit.endsAt)}` : ''}.{' '}
          <a href={href('/notices')}>See why and appeal</a>
        </div>
      ) : null}
      <main id="main" tabIndex={-1} className={messaging ? 'main-messaging' : 'main-page'}>
        {page}
      </main>
    </div>
  );
}

function OfflineBanner() {
  const offline = useStore(offlineStore);
  const liveDown = useStore(liveDownStore);
  const queued = useStore(pendingStore).filter((p) => p.state !== 'refused').length;
  if (!offline && liveDown) {
    return (
      <div className="live-banner" role="status">
        Reconnecting… new messages may arrive with a delay.
      </div>
    );
  }
  if (!offline) return null;
  return (
    <div className="offline-banner" role="alert">
      <strong>You are offline.</strong>{' '}
      {queued
        ? `${queued} message${queued === 1 ? '' : 's'} will be sent when the connection is back.`
        : 'Messages you write now will be sent when the connection is back.'}
    </div>
  );
}
