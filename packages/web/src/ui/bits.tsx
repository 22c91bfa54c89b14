import type { ReactNode } from 'react';
import { initials } from './labels';

export function Avatar({ name, size = 36 }: { name: string; size?: number }) {
  let hue = 0;
  for (const ch of name) hue = (hue * 31 + ch.charCodeAt(0)) % 360;
  return (
    <span
      className="avatar"
      aria-hidden="true"
      style={{
        width: size,
        height: size,
        background: `hsl(${hue} 35% 88%)`,
        color: `hsl(${hue} 40% 28%)`,
      }}
    >
      {initials(name) || '?'}
    </span>
  );
}

export function Badge({ tone = 'neutral', children }: { tone?: string; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export function Alert({
  tone = 'info',
  title,
  children,
  role,
}: {
  tone?: 'info' | 'warn' | 'danger' | 'ok';
  title?: string;
  children?: ReactNode;
  role?: 'status' | 'alert';
}) {
  return (
    <div className={`alert alert-${tone}`} role={role}>
      {title ? <p className="alert-title">{title}</p> : null}
      {children}
    </div>
  );
}

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

export function ErrorText({ children }: { children: ReactNode }) {
  return children ? (
    <p className="error-text" role="alert">
      {children}
    </p>
  ) : null;
}

export function PageHead({
  title,
  children,
  id,
}: {
  title: string;
  children?: ReactNode;
  id?: string;
}) {
  return (
    <div className="page-head">
      <h1 id={id} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {children ? <div className="page-actions">{children}</div> : null}
    </div>
  );
}
