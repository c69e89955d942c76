/**
 * -o FILE and --resume. Every record is written with one write call ending in a newline, so a run
 * killed midway leaves complete lines and at most one cut-off last line. Resuming reads the ids of
 * the complete lines, cuts the partial one off, and appends: each document ends up in the file
 * exactly once.
 */
import { createReadStream, createWriteStream, ftruncateSync, openSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export interface OutputFile {
  stream: WriteStream;
  /** ids already complete in the file (empty unless resuming) */
  done: ReadonlySet<string>;
  close(): Promise<void>;
}

export async function openOutput(path: string, resume: boolean): Promise<OutputFile> {
  let fd: number;
  try {
    // a+ keeps what is there (creating the file when there is none) and reads it; w starts afresh
    fd = openSync(path, resume ? 'a+' : 'w');
  } catch (error) {
    throw new Error(`cannot write ${path}: ${(error as Error).message}`);
  }
  const done = resume ? await repairAndRead(path, fd) : new Set<string>();
  const stream = createWriteStream(path, { fd, flags: resume ? 'a' : 'w' });
  return {
    stream,
    done,
    close: async () => {
      stream.end();
      await once(stream, 'close');
    },
  };
}

/**
 * Ids of the complete lines of an output file (document.id of each JSON line), after cutting off
 * a last line that has no newline: the record a killed run was writing. A complete line that is
 * not a record (not JSON) names no id and is kept as it is.
 */
export async function repairAndRead(path: string, fd: number): Promise<Set<string>> {
  const ids = new Set<string>();
  let offset = 0;
  let completeEnd = 0;
  let pending: Buffer[] = [];
  for await (const chunk of createReadStream(path, { fd, autoClose: false, start: 0 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let newline = chunk.indexOf(0x0a); newline >= 0; newline = chunk.indexOf(0x0a, from)) {
      const line = pending.length ? Buffer.concat([...pending, chunk.subarray(from, newline)]) : chunk.subarray(from, newline);
      pending = [];
      const id = recordId(line);
      if (id !== null) ids.add(id);
      from = newline + 1;
      completeEnd = offset + from;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    offset += chunk.length;
  }
  if (completeEnd < offset) ftruncateSync(fd, completeEnd);
  return ids;
}

function recordId(line: Buffer): string | null {
  try {
    const value = JSON.parse(line.toString('utf8')) as { document?: { id?: unknown } };
    return typeof value?.document?.id === 'string' ? value.document.id : null;
  } catch {
    return null;
  }
}
