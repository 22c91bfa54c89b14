import { api, listOf } from '../api/client';
import type { MemberAction } from '../api/types';
import { realtime } from '../api/ws';
import { createStore } from '../ui/store';

export interface MyActions {
  actions: MemberAction[];
}

export const actionsStore = createStore<MyActions | null>(null);

export function normalise(data: unknown): MyActions {
  return { actions: listOf<MemberAction>(data, 'actions') };
}

export async function refreshActions(): Promise<MyActions> {
  const result = normalise(await api.get<unknown>('/v1/me/actions'));
  actionsStore.set(result);
  return result;
}

// A moderator decided something about me: refresh at once.
realtime.subscribe((event) => {
  if (event.type === 'actions_updated') refreshActions().catch(() => undefined);
});

export function isActive(action: MemberAction, now = Date.now()): boolean {
  if (action.revokedAt) return false;
  if (action.appeal?.status === 'overturned') return false;
  if (action.kind === 'warning' || action.kind === 'badge_removed') return true;
  return !action.endsAt || new Date(action.endsAt).getTime() > now;
}

/** The restriction or suspension in force now, if any. */
export function currentLimit(actions: MyActions | null): MemberAction | undefined {
  return actions?.actions.find(
    (a) => (a.kind === 'restriction' || a.kind === 'suspension') && isActive(a),
  );
}
