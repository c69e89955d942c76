/**
 * Entry point of the start-up snapshot (launch.ts explains why there is one). The bundle of this
 * module (dist/extract.cjs) runs once under `node --build-snapshot`: loading compromise, chrono
 * and zod, and extracting one small article so that what they build lazily on first use
 * (compromise's match indexes, zod's compiled validators) is in the heap too. V8 saves that heap;
 * each later run starts from it and calls `runCommand` with the user's arguments.
 */
import v8 from 'node:v8';
import { runCommand } from './command.js';
import { extractDocument } from './extract.js';

/** An invented article touching every component: names, titles, dates, a quote, a reported claim, an event. */
const WARM_UP = [
  'LONDON, March 14 (Staff) - Regulators fined the Northwind Bank 2 million pounds on Tuesday,',
  'the Financial Conduct Authority said. "We will appeal," said Maria Lopez, the bank\'s chief executive.',
  'The company said it had cooperated with the inquiry since January 2023 and asked for a hearing next month.',
].join(' ');

if (v8.startupSnapshot?.isBuildingSnapshot()) {
  extractDocument(WARM_UP, { date: '2024-03-14' });
  // `node --snapshot-blob FILE -- ARGS...` puts ARGS right after the node binary in argv
  v8.startupSnapshot.setDeserializeMainFunction(() => runCommand(process.argv.slice(1)));
}
