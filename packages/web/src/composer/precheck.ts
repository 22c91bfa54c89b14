import { useEffect, useMemo, useState } from 'react';
import type { ApiDecision } from '../api/types';
import type * as CoreModule from './precheck-core';
import type { PrecheckInput } from './precheck-core';

/**
 * The detect + policy code (phone metadata included) is the biggest part of the app, and the
 * sign-in page does not need it: it loads in its own chunk, right after start.
 */
type Core = typeof CoreModule;
let core: Core | null = null;
let loading: Promise<Core> | null = null;

export function loadPrecheck(): Promise<Core> {
  loading ??= import('./precheck-core').then((m) => (core = m));
  return loading;
}

/** The pre-send decision for `input`, or null while the checker is still loading. */
export function usePrecheck(input: PrecheckInput): ApiDecision | null {
  const [ready, setReady] = useState<Core | null>(core);
  useEffect(() => {
    if (!ready) void loadPrecheck().then(setReady);
  }, [ready]);
  const { text, context, earlier, country } = input;
  return useMemo(
    () => (ready ? ready.precheck({ text, context, earlier, country }) : null),
    [ready, text, context, earlier, country],
  );
}
