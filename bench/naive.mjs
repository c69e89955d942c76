// The naive glue the benchmark compares against: for each JSON Lines record, one compromise
// nlp(text) and one chrono.parse(text), their people, places, organisations and dates written as
// one JSON line. What someone would write in ten minutes; no offsets checked, no events, no quotes.
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import nlp from 'compromise';
import * as chrono from 'chrono-node';

const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { id, text, date } = JSON.parse(line);
  const doc = nlp(text);
  const ref = date ? new Date(`${date}T12:00:00Z`) : new Date();
  const out = {
    document: { id },
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array'),
    times: chrono.parse(text, ref).map((r) => ({ text: r.text, index: r.index, value: r.start.date().toISOString() })),
  };
  if (!process.stdout.write(`${JSON.stringify(out)}\n`)) await new Promise((r) => process.stdout.once('drain', r));
}
