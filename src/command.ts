/** The command as a process: argv in, exit code set, a closed pipe treated as a normal end. */
import { main } from './cli.js';

export async function runCommand(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // a closed pipe (| head) is a normal end for a Unix filter
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(argv);
}
