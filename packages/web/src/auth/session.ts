import {
  ApiError,
  api,
  onConnectivity,
  setCsrfToken,
  setUnauthenticatedHandler,
} from '../api/client';
import type { DemoLogin, Organisation, Rules, Session } from '../api/types';
import { realtime } from '../api/ws';
import { navigate } from '../ui/router';
import { createStore } from '../ui/store';

/** `undefined` while the session is being looked up; `null` when signed out. */
export const sessionStore = createStore<Session | null | undefined>(undefined);
export const actingOrgStore = createStore<string | null>(localStorage.getItem('rf:org'));
export const rulesStore = createStore<Rules | null>(null);
export const demoStore = createStore<{ demo: boolean; logins: DemoLogin[] } | null>(null);
/** Where to go after signing in again (the page the 401 interrupted). */
let returnTo: string | null = null;

// Only probe the session when this browser signed in before: a first visit makes no 401.
const SIGNED_IN = 'rf:signed-in';

function adopt(session: Session): void {
  localStorage.setItem(SIGNED_IN, '1');
  setCsrfToken(session.csrfToken);
  sessionStore.set(session);
  const acting = actingOrgStore.get();
  if (!acting || !session.organisations.some((o) => o.id === acting)) {
    actingOrgStore.set(session.organisations[0]?.id ?? null);
  }
  realtime.start();
}

export function setActingOrg(id: string): void {
  localStorage.setItem('rf:org', id);
  actingOrgStore.set(id);
}

export function actingOrg(session: Session): Organisation | undefined {
  const id = actingOrgStore.get();
  return session.organisations.find((o) => o.id === id) ?? session.organisations[0];
}

export async function loadSession(): Promise<void> {
  if (!localStorage.getItem(SIGNED_IN)) {
    sessionStore.set(null);
    return;
  }
  try {
    adopt(await api.get<Session>('/v1/session', { quiet401: true }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) localStorage.removeItem(SIGNED_IN);
    // Offline at start also shows sign-in; the banner says why.
    sessionStore.set(null);
  }
}

export async function signIn(email: string, password: string): Promise<void> {
  const session = await api.post<Session>('/v1/session', { email, password }, { quiet401: true });
  adopt(session);
  const next = returnTo;
  returnTo = null;
  navigate(next && next !== '/signin' ? next : '/inbox', { replace: true });
}

export async function signOut(): Promise<void> {
  try {
    await api.del('/v1/session');
  } catch {
    // Signed out locally either way.
  }
  dropSession();
  navigate('/signin', { replace: true });
}

function dropSession(): void {
  localStorage.removeItem(SIGNED_IN);
  realtime.stop();
  setCsrfToken(null);
  sessionStore.set(null);
}

/** A 401 anywhere: back to sign-in; drafts are in sessionStorage and survive this. */
setUnauthenticatedHandler(() => {
  const here = window.location.hash.replace(/^#/, '') || '/inbox';
  if (here !== '/signin') returnTo = here;
  dropSession();
  navigate('/signin', { replace: true });
});

export async function loadPublic(): Promise<void> {
  api.get<Rules>('/v1/rules').then(
    (rules) => rulesStore.set(rules),
    () => undefined,
  );
  api.get<{ demo: boolean; logins: DemoLogin[] }>('/v1/demo').then(
    (demo) => demoStore.set(demo),
    () => demoStore.set({ demo: false, logins: [] }),
  );
}

// Rules may have failed to load while offline; try again once the network is back.
onConnectivity((online) => {
  if (online && !rulesStore.get()) void loadPublic();
});
