import { readJson, writeJson } from '../ui/store';

/**
 * Drafts per thread (or per form) in sessionStorage: a 401 that sends the member back to
 * sign-in, a reload or a lost connection never eats what they were writing.
 */
const PREFIX = 'rf:draft:';
const listeners = new Set<(key: string, text: string) => void>();

export function getDraft(key: string): string {
  return readJson<string>(sessionStorage, PREFIX + key, '');
}

export function saveDraft(key: string, text: string): void {
  if (text) writeJson(sessionStorage, PREFIX + key, text);
  else sessionStorage.removeItem(PREFIX + key);
}

/** Puts text back into a composer from outside (a queued message that was refused). */
export function restoreDraft(key: string, text: string): void {
  const current = getDraft(key);
  const next = current ? `${text}\n${current}` : text;
  saveDraft(key, next);
  for (const listener of listeners) listener(key, next);
}

export function onDraftRestored(listener: (key: string, text: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
