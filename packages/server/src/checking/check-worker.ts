// A check worker: decides what the service sends it, beside the service's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnswerer, type CheckRequest, type CheckWorkerData } from './check-protocol.js';

if (parentPort) {
  const port = parentPort;
  const answer = createAnswerer(workerData as CheckWorkerData);
  port.on('message', (request: CheckRequest) => port.postMessage(answer(request)));
}
