// Where the CLI writes: stdout/stderr that tolerate a closed pipe, and atomic --output files.
import { closeSync, fsyncSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import { escapeLines, escapeTerminal } from "../report/text.js";
import type { Lang } from "../types.js";

/**
 * Everything the CLI says on stderr goes through here. Messages echo file names, config text and
 * dossier text, and CI runners read stderr for commands too: each line gets control characters
 * and CI log commands (`::` at the start, `##[`, `##vso[`) escaped as in stylish output. Given
 * lines, each is one line (a line break inside is escaped); given text, its LFs stay.
 */
export function writeStderr(text: string | readonly string[]): void {
  process.stderr.write(typeof text === "string" ? escapeLines(text) : text.map((line) => escapeTerminal(line) + "\n").join(""));
}

/** Writes and waits until the data is handed to the OS (large outputs on a pipe). */
export function writeStream(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolvePromise) => {
    if (text === "") return resolvePromise();
    stream.write(text, () => resolvePromise());
  });
}

/** Quietly ends the process when the reader of our output goes away (`portvokter … | head`). */
export function exitQuietlyOnEpipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}

/** Same file, following symlinks; false when either does not exist. */
export function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** writeFileAtomic for a file the user named: a failure is a plain message, not a crash. */
export function writeOutputFile(path: string, text: string, lang: Lang): void {
  try {
    writeFileAtomic(path, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new UsageError(lang === "nb" ? `kan ikke skrive ${path}: ${code}` : `cannot write ${path}: ${code}`);
  }
}

/** Write to a temporary file beside the target, then rename: readers never see half a report. */
export function writeFileAtomic(path: string, text: string): void {
  const target = resolve(path);
  const tmp = join(dirname(target), `.portvokter-tmp-${process.pid}-${Date.now()}-${basename(target)}`);
  const fd = openSync(tmp, "wx", 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, target);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw err;
  }
}

/** Where a streamed report goes, a piece at a time. */
export interface Sink {
  write(text: string): void;
  close(): Promise<void>;
}

/** stdout (synchronous on Linux for files, terminals and pipes, so pieces are not piled up in memory). */
export function stdoutSink(): Sink {
  return {
    write: (text) => void (text && process.stdout.write(text)),
    close: () => writeStream(process.stdout, ""),
  };
}

/** A file written piece by piece to a temporary name beside it, renamed into place at close. */
export function atomicFileSink(path: string, lang: Lang): Sink {
  const target = resolve(path);
  const tmp = join(dirname(target), `.portvokter-tmp-${process.pid}-${Date.now()}-${basename(target)}`);
  const fail = (err: unknown): never => {
    try {
      unlinkSync(tmp);
    } catch {
      /* never created, or already gone */
    }
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new UsageError(lang === "nb" ? `kan ikke skrive ${path}: ${code}` : `cannot write ${path}: ${code}`);
  };
  let fd: number;
  try {
    fd = openSync(tmp, "wx", 0o644);
  } catch (err) {
    return fail(err);
  }
  return {
    write(text) {
      try {
        if (text) writeSync(fd, text);
      } catch (err) {
        closeSync(fd);
        fail(err);
      }
    },
    async close() {
      try {
        fsyncSync(fd);
        closeSync(fd);
        renameSync(tmp, target);
      } catch (err) {
        fail(err);
      }
    },
  };
}
