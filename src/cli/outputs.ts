// Every format a run writes, each to its own sink, file by file as the results arrive, so that
// no format holds the whole run: stream formats write straight through; spooled formats (whose
// beginning needs totals) write their body to a private temporary file and, at the end, their
// head, that body and their tail. Only formats with neither form collect the results.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { fill, texts } from "../i18n/index.js";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { count, summarize } from "../report/counts.js";
import type { FormatContext, FormatModule, Pieces, SpoolFormatter, Summary } from "../report/format-types.js";
import { UsageError } from "../errors.js";
import type { FileResult, Lang } from "../types.js";
import { stdoutClosed, type Sink } from "./io.js";

export interface OutputPlan {
  module: FormatModule;
  ctx: FormatContext;
  /** Where this format goes, opened before anything is read (see io.ts openOutputFile). */
  sink: Sink;
}

interface Open {
  plan: OutputPlan;
  sink: Sink;
  summary: Summary;
  spool?: { format: SpoolFormatter; file: SpoolFile };
  kept?: FileResult[];
}

export class Outputs {
  private readonly plans: OutputPlan[] = [];
  private opened: Open[] | undefined;
  private index = 0;

  /** A format and its sink; formats are written, and closed, in the order they are added. */
  add(plan: OutputPlan): void {
    this.plans.push(plan);
  }

  /**
   * Waits for the run that feeds file(), then finishes every format. When stdout went away
   * (`| head`) or failed, the run was cut short and no file is put in place; on any error every
   * sink and spool is dropped before the error goes on.
   */
  async complete(run: Promise<unknown>): Promise<void> {
    try {
      await run;
      if (stdoutClosed.aborted) this.abort();
      else await this.close();
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** Each format's beginning is written with the first result (or at the end), after every usage check. */
  private open(): Open[] {
    if (this.opened) return this.opened;
    this.opened = [];
    for (const plan of this.plans) {
      const { sink } = plan;
      const out: Open = { plan, sink, summary: summarize([]) };
      this.opened.push(out);
      const { stream, spooled } = plan.module;
      if (stream) sink.write(stream.begin(plan.ctx));
      else if (spooled) out.spool = { format: spooled(plan.ctx), file: new SpoolFile(plan.ctx.lang) };
      else out.kept = [];
    }
    return this.opened;
  }

  file(result: FileResult): void {
    const index = this.index++;
    for (const out of this.open()) {
      const { stream } = out.plan.module;
      if (stream) write(out.sink, stream.file(result, index, out.plan.ctx));
      else if (out.spool) write(out.spool.file, out.spool.format.file(result, index));
      else out.kept!.push(result);
      count(out.summary, result);
    }
  }

  /** Drops everything written so far: spools removed, sinks aborted (no file is put in place). */
  private abort(): void {
    for (const out of this.opened ?? []) out.spool?.file.remove();
    for (const plan of this.plans) plan.sink.abort();
  }

  /** Writes what each format has left and closes its sink, in the order the formats were given. */
  private async close(): Promise<void> {
    const opened = this.open();
    try {
      for (const out of opened) {
        const { stream, default: whole } = out.plan.module;
        if (stream) out.sink.write(stream.end(out.summary, out.plan.ctx));
        else if (out.spool) {
          const { format, file } = out.spool;
          for (const piece of format.head()) out.sink.write(piece);
          file.copyTo(out.sink, format.lineRewrite?.());
          out.sink.write(format.tail());
        } else out.sink.write(whole(out.kept!, out.plan.ctx));
        await out.sink.close();
      }
    } finally {
      for (const out of opened) out.spool?.file.remove();
    }
  }
}

function write(to: { write(text: string): void }, pieces: Pieces): void {
  if (typeof pieces === "string") to.write(pieces);
  else for (const piece of pieces) to.write(piece);
}

const CHUNK = 1 << 20;
const SPOOL_BATCH = 1 << 16;

/** A private temporary file (0600, in its own 0700 folder under the OS temp dir), removed at close or exit. */
class SpoolFile {
  private readonly dir: string;
  private readonly path: string;
  private readonly fd: number;
  private closed = false;
  private readonly onExit = () => this.remove();

  constructor(private readonly lang: Lang) {
    try {
      this.dir = mkdtempSync(join(tmpdir(), "portvokter-spool-"));
      this.path = join(this.dir, "body");
      this.fd = openSync(this.path, "wx+", 0o600);
    } catch (err) {
      throw this.failure(join(tmpdir(), "portvokter-spool-*"), err);
    }
    process.once("exit", this.onExit);
  }

  /** A full temp disk or a file size limit is the user's to fix: one line, exit 2 (not an internal error). */
  private failure(path: string, err: unknown): UsageError {
    const code = (err as NodeJS.ErrnoException)?.code ?? String(err);
    return new UsageError(fill(texts(this.lang).cli.spoolFailed, { path, code }));
  }

  // Pieces are small (a finding each); one write per 64 KB instead of one system call per piece.
  private pending: string[] = [];
  private pendingLength = 0;

  write(text: string): void {
    if (!text) return;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= SPOOL_BATCH) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    try {
      writeSync(this.fd, text);
    } catch (err) {
      this.remove();
      throw this.failure(this.path, err);
    }
  }

  /** Copies the body to `sink` a chunk at a time; with `line`, line by line through it. */
  copyTo(sink: Sink, line?: (line: string) => string): void {
    this.flush();
    const buf = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder("utf8");
    let rest = "";
    for (let pos = 0; ; ) {
      const n = readSync(this.fd, buf, 0, CHUNK, pos);
      if (n === 0) break;
      pos += n;
      const text = decoder.write(buf.subarray(0, n));
      if (!line) {
        sink.write(text);
        continue;
      }
      const lines = (rest + text).split("\n");
      rest = lines.pop()!;
      sink.write(lines.map(line).join("\n") + (lines.length ? "\n" : ""));
    }
    const end = decoder.end();
    if (line) sink.write(line(rest + end));
    else sink.write(end);
  }

  remove(): void {
    if (this.closed) return;
    this.closed = true;
    process.removeListener("exit", this.onExit);
    try {
      closeSync(this.fd);
    } catch {
      /* already closed */
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
