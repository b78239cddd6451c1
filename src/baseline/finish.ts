// After a run with a baseline: write the suppressions file when asked, and say on stderr what
// was written and which entries no longer match anything (so that they get pruned).
import { relative } from "node:path";
import { fill, texts } from "../i18n/index.js";
import { escapeTerminal } from "../report/text.js";
import type { Lang } from "../types.js";
import { writeStderr } from "../util/stderr.js";
import type { UnusedEntry } from "./baseline.js";
import { writeSuppressions, type Entries } from "./file.js";

/** How many unused entries are listed one by one; the rest are counted. */
const LISTED = 10;

const findingsIn = (entries: Entries) => {
  let n = 0;
  for (const rules of entries.values()) for (const pointers of rules.values()) for (const count of pointers.values()) n += count;
  return n;
};

/** Returns whether unused entries remain in the file (not pruned). */
export function finishSuppressions(
  s: { path: string; unused: readonly UnusedEntry[]; entries: Entries },
  opts: { write: boolean; prune: boolean },
  lang: Lang,
): boolean {
  const T = texts(lang).baseline;
  const path = escapeTerminal(relative(process.cwd(), s.path) || s.path);
  const unused = s.unused.reduce((n, e) => n + e.count, 0);
  if (opts.write) {
    writeSuppressions(s.path, s.entries, lang);
    writeStderr(fill(T.wrote, { path, n: findingsIn(s.entries) }) + "\n");
  }
  if (opts.prune) {
    if (unused) writeStderr(fill(T.pruned, { path, n: unused }) + "\n");
    return false;
  }
  if (unused === 0) return false;
  writeStderr(fill(T.unused, { path, n: unused }) + "\n");
  for (const e of s.unused.slice(0, LISTED)) {
    const times = e.count > 1 ? ` ×${e.count}` : "";
    writeStderr(`  ${escapeTerminal(e.file)}  ${escapeTerminal(e.rule)}  ${escapeTerminal(e.pointer)}${times}\n`);
  }
  if (s.unused.length > LISTED) writeStderr(fill(T.more, { n: s.unused.length - LISTED }) + "\n");
  return true;
}
