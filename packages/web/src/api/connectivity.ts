import { createStore } from '../ui/store';
import { onConnectivity } from './client';
import { realtime } from './ws';

/**
 * Whether the app can reach the service: the browser's own flag and the last request. The live
 * connection has its own flag: when only the WebSocket is down, sending still works over HTTP,
 * but new messages may arrive late.
 */
export const offlineStore = createStore<boolean>(!navigator.onLine);
export const liveDownStore = createStore<boolean>(false);

let requestFailed = false;
let socketDown = false;
let socketTimer: ReturnType<typeof setTimeout> | null = null;
const reconnectListeners = new Set<() => void>();

function update(): void {
  liveDownStore.set(socketDown);
  const offline = !navigator.onLine || requestFailed;
  const was = offlineStore.get();
  offlineStore.set(offline);
  if (was && !offline) for (const listener of reconnectListeners) listener();
}

/** Called each time the app comes back online (and the socket is open again). */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

window.addEventListener('online', () => {
  requestFailed = false;
  realtime.nudge();
  update();
});
window.addEventListener('offline', update);

onConnectivity((online) => {
  requestFailed = !online;
  update();
});

realtime.onStatus((status) => {
  if (status === 'open') {
    if (socketTimer) clearTimeout(socketTimer);
    socketTimer = null;
    socketDown = false;
    requestFailed = false;
    update();
    for (const listener of reconnectListeners) listener();
  } else if (status === 'idle') {
    if (socketTimer) clearTimeout(socketTimer);
    socketTimer = null;
    socketDown = false;
    update();
  } else if (!socketTimer && !socketDown) {
    socketTimer = setTimeout(() => {
      socketTimer = null;
      if (realtime.status !== 'open' && realtime.status !== 'idle') {
        socketDown = true;
        update();
      }
    }, 2500);
  }
});
