import { useState } from 'react';
import { ApiError, errorText } from '../api/client';
import { demoStore, signIn } from './session';
import { useStore } from '../ui/hooks';

export function SignIn() {
  const demo = useStore(demoStore);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(
        err instanceof ApiError && (err.status === 401 || err.status === 400)
          ? 'That e-mail and password do not match an account.'
          : errorText(err),
      );
      setBusy(false);
    }
  }

  return (
    <div className="signin-page">
      <section className="signin-card" aria-labelledby="signin-title">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          Ringfence
        </p>
        <h1 id="signin-title" tabIndex={-1}>
          Sign in
        </h1>
        <p className="muted">
          Your conversations, jobs and notices — across all your organisations.
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <div className="field">
            <label htmlFor="signin-email">E-mail</label>
            <input
              id="signin-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="signin-password">Password</label>
            <input
              id="signin-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          {error ? (
            <p className="error-text" role="alert">
              {error}
            </p>
          ) : null}
          <button type="submit" className="button button-wide" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </section>
      {demo?.logins.length ? (
        <section className="demo-card" aria-labelledby="demo-title">
          <h2 id="demo-title">Demo accounts</h2>
          <p className="muted small">Pick one to fill the form, then sign in.</p>
          <ul className="demo-list">
            {demo.logins.map((login) => (
              <li key={login.email}>
                <button
                  type="button"
                  className="demo-login"
                  aria-label={`Use demo account ${login.name}, ${login.description}`}
                  onClick={() => {
                    setEmail(login.email);
                    setPassword(login.password);
                    document.getElementById('signin-password')?.focus();
                  }}
                >
                  <strong>{login.name}</strong>
                  <span>{login.description}</span>
                  <span className="demo-email">{login.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
