// A worker that takes a while to be ready, then answers at once: the main thread works meanwhile.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ seq, record }) => {
  parentPort.postMessage({ seq, json: JSON.stringify({ document: { id: record.id }, by: 'worker' }), error: null });
});
setTimeout(() => parentPort.postMessage('ready'), 300);
