#!/usr/bin/env node
import { main } from '../dist/cli.js';

process.stdout.on('error', (error) => {
  // a closed pipe (| head) is a normal end for a Unix filter
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
