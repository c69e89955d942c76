// A stand-in worker for the pool tests: "sleep:N" answers after N ms, "crash" kills the worker,
// "throw" fails the document; the answer is a minimal record naming the document's id.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ seq, record }) => {
  const text = record.text;
  if (text === 'crash') process.exit(3);
  // busy, like the real worker: one document at a time, answered before the next is looked at
  const ms = Number(/^sleep:(\d+)/.exec(text)?.[1] ?? 0);
  const until = Date.now() + ms;
  while (Date.now() < until);
  const error = text === 'throw' ? 'extraction failed: thrown' : null;
  const output = error ? { document: { id: record.id }, error: { message: error } } : { document: { id: record.id } };
  parentPort.postMessage({ seq, json: JSON.stringify(output), error });
});
parentPort.postMessage('ready');
