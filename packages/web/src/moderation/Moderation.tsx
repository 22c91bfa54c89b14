import type { Session } from '../api/types';
import { href, match } from '../ui/router';
import { Appeals } from './Appeals';
import { Audit } from './Audit';
import { ItemView } from './ItemView';
import { Queue } from './Queue';

/** The trust-and-safety console: queue, item context and decisions, appeals, audit trail. */
export function Moderation({ path, session }: { path: string; session: Session }) {
  const item = match('/moderation/items/:id', path);
  const tab = path.startsWith('/moderation/appeals')
    ? 'appeals'
    : path.startsWith('/moderation/audit')
      ? 'audit'
      : 'queue';
  return (
    <div className="page page-wide">
      <nav className="tabs" aria-label="Moderation">
        <a href={href('/moderation')} aria-current={tab === 'queue' ? 'page' : undefined}>
          Queue
        </a>
        <a href={href('/moderation/appeals')} aria-current={tab === 'appeals' ? 'page' : undefined}>
          Appeals
        </a>
        <a href={href('/moderation/audit')} aria-current={tab === 'audit' ? 'page' : undefined}>
          Audit trail
        </a>
      </nav>
      {item ? (
        <ItemView itemId={item.id!} session={session} />
      ) : tab === 'appeals' ? (
        <Appeals />
      ) : tab === 'audit' ? (
        <Audit />
      ) : (
        <Queue />
      )}
    </div>
  );
}
