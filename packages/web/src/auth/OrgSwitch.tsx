import type { Session } from '../api/types';
import { useStore } from '../ui/hooks';
import { actingOrgStore, setActingOrg } from './session';

const ROLE: Record<string, string> = {
  client: 'client',
  freelancer: 'freelancer',
  agency_member: 'agency member',
};

/** Which organisation the member acts for when posting or proposing; the inbox shows all. */
export function OrgSwitch({ session }: { session: Session }) {
  const acting = useStore(actingOrgStore);
  const orgs = session.organisations;
  if (orgs.length <= 1) {
    const only = orgs[0];
    return only ? (
      <span className="org-single" title="Your organisation">
        {only.name === session.member.name
          ? (ROLE[only.role] ?? only.role).replace(/^./, (c) => c.toUpperCase())
          : `${only.name} · ${ROLE[only.role] ?? only.role}`}
      </span>
    ) : null;
  }
  return (
    <div className="org-switch">
      <label htmlFor="org-switch">Acting as</label>
      <select
        id="org-switch"
        value={acting ?? orgs[0]?.id}
        onChange={(event) => setActingOrg(event.target.value)}
      >
        {orgs.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name} ({ROLE[o.role] ?? o.role})
          </option>
        ))}
      </select>
    </div>
  );
}
