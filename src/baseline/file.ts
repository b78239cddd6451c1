// The suppressions file (portvokter-suppressions.json): reading it, and writing it so that it
// diffs well in git (sorted keys, 2-space JSON, a final newline) and never half-written.
import { lstatSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../errors.js";
import { fill, texts } from "../i18n/index.js";
import type { Lang } from "../types.js";

export const SUPPRESSIONS_FILE = "portvokter-suppressions.json";
export const SUPPRESSIONS_VERSION = 1;

/**
 * file (POSIX, relative to the suppressions file's folder) → rule id → stable pointer → how many
 * findings of that rule at that pointer are baselined (a rule can report one place twice).
 */
export type Entries = Map<string, Map<string, Map<string, number>>>;

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === "object" && !Array.isArray(x);

/** The file's entries; undefined when there is no file. A file that is not ours is a usage error. */
export function readSuppressions(path: string, lang: Lang, shown = path): Entries | undefined {
  const T = texts(lang).baseline;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new UsageError(fill(T.unreadable, { path: shown, code: code ?? String(err) }));
  }
  const bad = (detail: string) => new UsageError(fill(T.corrupt, { path: shown, detail }));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw bad((err as Error).message);
  }
  if (!isObject(data) || data.version !== SUPPRESSIONS_VERSION || !isObject(data.suppressions)) {
    throw bad(fill(T.shape, { version: SUPPRESSIONS_VERSION }));
  }
  const entries: Entries = new Map();
  for (const [file, rules] of Object.entries(data.suppressions)) {
    if (!isObject(rules)) throw bad(fill(T.shapeAt, { at: file }));
    const byRule = new Map<string, Map<string, number>>();
    for (const [rule, pointers] of Object.entries(rules)) {
      if (!isObject(pointers)) throw bad(fill(T.shapeAt, { at: `${file} › ${rule}` }));
      const counts = new Map<string, number>();
      for (const [pointer, n] of Object.entries(pointers)) {
        if (!Number.isInteger(n) || (n as number) < 1) throw bad(fill(T.shapeAt, { at: `${file} › ${rule} › ${pointer}` }));
        counts.set(pointer, n as number);
      }
      if (counts.size) byRule.set(rule, counts);
    }
    if (byRule.size) entries.set(file, byRule);
  }
  return entries;
}

const sorted = <V>(m: ReadonlyMap<string, V>) => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The file's text: keys sorted by code unit (the same on every machine), empty groups left out. */
export function serialize(entries: Entries): string {
  // Without a prototype: a path or rule named "__proto__" is an entry like any other.
  const suppressions: Record<string, Record<string, Record<string, number>>> = Object.create(null);
  for (const [file, rules] of sorted(entries)) {
    const out: Record<string, Record<string, number>> = Object.create(null);
    for (const [rule, pointers] of sorted(rules)) if (pointers.size) out[rule] = Object.fromEntries(sorted(pointers));
    if (Object.keys(out).length) suppressions[file] = out;
  }
  return JSON.stringify({ version: SUPPRESSIONS_VERSION, suppressions }, null, 2) + "\n";
}

/** Refuses, before the run, a place the file cannot go: a link, a folder, a device, a missing folder. */
export function checkLocation(path: string, lang: Lang, shown = path): void {
  const label = `--suppressions-location ${shown}`;
  let existing;
  try {
    existing = lstatSync(path);
  } catch {
    /* a new file */
  }
  if (existing?.isSymbolicLink()) throw new UsageError(fill(texts(lang).io.symlink, { label }));
  if (existing?.isDirectory()) throw new UsageError(fill(texts(lang).io.directory, { label }));
  if (existing && !existing.isFile()) throw new UsageError(fill(texts(lang).io.notRegular, { label }));
  if (!existing) {
    try {
      if (!statSync(dirname(path)).isDirectory()) throw Object.assign(new Error(), { code: "ENOTDIR" });
    } catch (err) {
      throw new UsageError(fill(texts(lang).io.cannotWrite, { path: shown, code: (err as NodeJS.ErrnoException).code ?? String(err) }));
    }
  }
}

/** Writes through a temporary file in the same folder, renamed into place: a reader never sees half a file. */
export function writeSuppressions(path: string, entries: Entries, lang: Lang): void {
  checkLocation(path, lang);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, serialize(entries), { flag: "wx" });
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new UsageError(fill(texts(lang).io.cannotWrite, { path, code: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
}
