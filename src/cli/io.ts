// Where the CLI writes. stdout and stderr never throw: a stdout that fails (closed pipe, full
// disk, file size limit) is recorded and stops the run (see stdoutFailure). Files the user names
// are opened as a temporary file beside the target before anything is linted, and renamed into
// place at the end; a temporary file never outlives the process (exit, SIGINT, SIGTERM).
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { fill, texts } from "../i18n/index.js";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import type { Lang } from "../types.js";
import { samePath } from "../util/paths.js";

let stdoutError: string | undefined;
let stdoutIsFile = false;
const stdoutGone = new AbortController();

/** Aborted once stdout has failed: nobody can see the rest, so the run stops reading and linting. */
export const stdoutClosed: AbortSignal = stdoutGone.signal;

/** Why stdout failed: "EPIPE" when the reader went away (`| head`), else the errno code (ENOSPC, EFBIG, EIO). */
export function stdoutFailure(): string | undefined {
  return stdoutError;
}

function failStdout(err: unknown): void {
  if (stdoutError !== undefined) return;
  stdoutError = (err as NodeJS.ErrnoException)?.code ?? "EIO";
  stdoutGone.abort();
}

/** Replaces Node's default (throw: a stack trace and exit 1) for errors on stdout and stderr. */
export function guardStdio(): void {
  process.stdout.on("error", failStdout);
  process.stderr.on("error", () => {}); // nowhere left to tell
  try {
    // Node's stdout on a file ignores a short write (at a file size limit the output would be
    // cut without an error), so a file is written here, byte for byte, as synchronously as Node does.
    stdoutIsFile = fstatSync(1).isFile();
  } catch {
    /* no stdout at all: writes fail and are recorded */
  }
}

/** writeSync until every byte is written; a short write is retried, so a limit shows as an error. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  for (let done = 0; done < bytes.length; ) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
    done += n;
  }
}

/** stdout.write that records a failure instead of throwing (a file or /dev/full as stdout throws synchronously). */
function writeStdout(text: string, done: () => void = () => {}): void {
  let called = false;
  const once = () => void (called || ((called = true), done()));
  if (stdoutError !== undefined) return once();
  if (stdoutIsFile) {
    try {
      writeAll(1, text);
    } catch (err) {
      failStdout(err);
    }
    return once();
  }
  try {
    process.stdout.write(text, (err) => {
      if (err) failStdout(err);
      once();
    });
  } catch (err) {
    failStdout(err);
    once();
  }
}

/** Writes to stdout and waits until the data is handed to the OS (large outputs on a pipe). */
export function writeStream(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolvePromise) => {
    if (text === "") return resolvePromise();
    if (stream === process.stdout) return writeStdout(text, resolvePromise);
    stream.write(text, () => resolvePromise());
  });
}

/** Same file, following symlinks; false when either does not exist. */

/** Where a report goes, a piece at a time. */
export interface Sink {
  write(text: string): void;
  close(): Promise<void>;
  /** Drops what was written (a file sink removes its temporary file). */
  abort(): void;
}

/** stdout (synchronous on Linux for files, terminals and pipes, so pieces are not piled up in memory). */
export function stdoutSink(): Sink {
  return {
    write: (text) => void (text && writeStdout(text)),
    close: () => new Promise((resolvePromise) => writeStdout("", resolvePromise)),
    abort: () => {},
  };
}

// Temporary files not yet renamed into place; removed whenever the process ends early.
const pending = new Set<string>();
let cleanupInstalled = false;

/** Removes every temporary output file still pending (synchronous: also safe in an exit handler). */
export function removeTempFiles(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
}

/** SIGINT/SIGTERM: remove temporary files, then exit 130/143 as a shell reports a killed process. */
export function cleanUpOnSignals(): void {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      removeTempFiles();
      process.exit(code);
    });
  }
}

const PROTECTED = /^(portvokter\.config\.ya?ml|package\.json|package-lock\.json)$/i;
let tmpCount = 0;

function cannotWrite(path: string, err: unknown, lang: Lang): UsageError {
  const code = (err as NodeJS.ErrnoException)?.code ?? String(err);
  return new UsageError(fill(texts(lang).io.cannotWrite, { path, code }));
}

/** The config in use, any portvokter.config.y(a)ml, package.json and package-lock.json are never a report's place. */
export function refuseProtectedOutput(path: string, lang: Lang, label: string, configPath?: string): void {
  if ((configPath !== undefined && samePath(path, configPath)) || PROTECTED.test(basename(resolve(path)))) {
    throw new UsageError(fill(texts(lang).io.protected, { label }));
  }
}

/**
 * Checks a file the user named for output and opens its temporary file beside it at once, so a
 * folder that is missing or not writable fails the run before anything is linted. Refused: see
 * refuseProtectedOutput; a folder; anything but a regular file; and a symbolic link, which is not
 * written through: in a checked-out repository it could point anywhere the CI user can write.
 * `label` names the option in messages, e.g. `--output funn.json`.
 */
export function openOutputFile(path: string, lang: Lang, label: string, configPath?: string): Sink {
  const target = resolve(path);
  const refuse = (key: "symlink" | "directory" | "notRegular") => new UsageError(fill(texts(lang).io[key], { label }));
  refuseProtectedOutput(path, lang, label, configPath);
  let existing: Stats | undefined;
  try {
    existing = lstatSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw cannotWrite(path, err, lang);
  }
  if (existing?.isSymbolicLink()) {
    throw refuse("symlink");
  }
  if (existing?.isDirectory()) throw refuse("directory");
  if (existing && !existing.isFile()) throw refuse("notRegular");

  const tmp = join(dirname(target), `.portvokter-tmp-${process.pid}-${Date.now().toString(36)}-${tmpCount++}`);
  let fd: number | undefined;
  try {
    // An overwritten file keeps its mode (and owner, when we may): a 0600 report stays 0600.
    // Created 0600 until then, so the content is never readable more widely than the target.
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, existing ? 0o600 : 0o644);
    pending.add(tmp);
    if (!cleanupInstalled) {
      cleanupInstalled = true;
      process.on("exit", removeTempFiles);
    }
    if (existing) {
      if (process.getuid?.() === 0) fchownSync(fd, existing.uid, existing.gid);
      fchmodSync(fd, existing.mode & 0o7777);
    }
  } catch (err) {
    drop();
    throw cannotWrite(path, err, lang);
  }
  function drop(): void {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* closing is all that is left */
      }
      fd = undefined;
    }
    if (pending.delete(tmp)) {
      try {
        unlinkSync(tmp);
      } catch {
        /* already gone */
      }
    }
  }
  return {
    write(text) {
      if (fd === undefined || text === "") return;
      try {
        writeAll(fd, text);
      } catch (err) {
        drop();
        throw cannotWrite(path, err, lang);
      }
    },
    async close() {
      if (fd === undefined) return;
      try {
        fsyncSync(fd);
        closeSync(fd);
        fd = undefined;
        renameSync(tmp, target);
        pending.delete(tmp);
      } catch (err) {
        drop();
        throw cannotWrite(path, err, lang);
      }
    },
    abort: drop,
  };
}

/** A whole file at once, through openOutputFile. */
export async function writeOutputFile(path: string, text: string, lang: Lang, label: string, configPath?: string): Promise<void> {
  const sink = openOutputFile(path, lang, label, configPath);
  sink.write(text);
  await sink.close();
}
