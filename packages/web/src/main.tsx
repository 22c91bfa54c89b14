import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadPublic, loadSession } from './auth/session';
import { loadPrecheck } from './composer/precheck';
import './styles.css';

void loadPublic();
void loadSession();
// Fetch the checker in the background so it is ready before the first keystroke.
setTimeout(() => void loadPrecheck(), 300);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
