// One side of a diff: a file, or `REV:path` read from git (`git cat-file blob`, no shell). The
// path after the colon is git's: relative to the repository root, or to the working directory
// when it starts with `./` or `../`. A file that exists by the whole name wins over a revision.
import { execFile } from "node:child_process";
import { statSync } from "node:fs";
import { fill, texts } from "../i18n/index.js";
import { UsageError } from "../errors.js";
import { readCapped } from "../run/read.js";
import type { Lang } from "../types.js";
import { escapeTerminal } from "../report/text.js";

export interface Side {
  /** As given on the command line: a path or `REV:path`. */
  label: string;
  bytes: Uint8Array;
}

const REVISION = /^([^:]+):(.+)$/;

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function gitBlob(spec: string, cap: number): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: string }> {
  return new Promise((resolve) => {
    execFile("git", ["cat-file", "blob", spec], { encoding: "buffer", maxBuffer: cap + 1, windowsHide: true }, (err, stdout, stderr) => {
      if (!err) return resolve({ ok: true, bytes: stdout });
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return resolve({ ok: false, reason: "git" });
      if (code === "ERR_CHILD_PROCESS_STDIO_MAXBUFFER") return resolve({ ok: true, bytes: stdout });
      const line = stderr.toString("utf8").split("\n").find((l) => l.trim() !== "") ?? "";
      resolve({ ok: false, reason: line.replace(/^(fatal|error): /, "").trim() });
    });
  });
}

/** The bytes of `arg` (at most `cap` + 1, like any read); a UsageError saying why when there are none. */
export async function readSide(arg: string, cap: number, lang: Lang): Promise<Side> {
  const t = texts(lang).diff;
  const fail = (template: string, data: Record<string, string> = {}) =>
    new UsageError(fill(template, { spec: escapeTerminal(arg), ...data }));
  const rev = REVISION.exec(arg);
  if (!rev || isFile(arg) || /^[A-Za-z]:[\\/]/.test(arg)) {
    const read = readCapped(arg, cap);
    if (!read.ok) throw fail(read.code === "ENOENT" ? t.notFound : t.unreadable, { code: read.code });
    return { label: arg, bytes: read.bytes };
  }
  // A leading "-" would reach git as an option.
  const blob = arg.startsWith("-") ? { ok: false as const, reason: "" } : await gitBlob(arg, cap);
  if (!blob.ok) throw blob.reason === "git" ? fail(t.noGit) : fail(t.notInGit, { reason: escapeTerminal(blob.reason) });
  return { label: arg, bytes: blob.bytes };
}
