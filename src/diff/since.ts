// `report --since REV`: each dossier of the report is also linted as it was at REV (read with
// `git cat-file blob REV:./path`, no shell) and its findings compared with the current ones.
// Synchronous, because the report passes results on as they arrive; one git call per dossier
// (about 5 ms each: a portfolio of hundreds, not of tens of thousands).
import { relative, resolve, sep } from "node:path";
import { UsageError } from "../errors.js";
import { fill, texts } from "../i18n/index.js";
import { lintBytes } from "../pipeline/lint-bytes.js";
import { escapeTerminal } from "../report/text.js";
import type { FileResult } from "../types.js";
import { compareFindings, sideFacts } from "./compare.js";
import type { SideLinter } from "./lint-side.js";
import { gitSync } from "../util/git.js";


/** Fails (a UsageError) unless `rev` names a commit in the repository around `cwd`. */
export function checkRevision(rev: string, cwd: string, lang: "nb" | "en"): void {
  // A leading "-" would be an option, not a revision.
  if (rev.startsWith("-") || gitSync(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], cwd, 4096) === undefined) {
    throw new UsageError(fill(texts(lang).diff.badSince, { rev: escapeTerminal(rev) }));
  }
}

/** Adds `since` to a result (a fatal result, or stdin, is passed on as it is). */
export function sinceAttacher(rev: string, cwd: string, linter: SideLinter): (r: FileResult) => FileResult {
  return (r) => {
    if (r.status === "fatal" || r.path === "-" || r.path === "<stdin>") return r;
    const rel = relative(cwd, resolve(cwd, r.path)).split(sep).join("/");
    const spec = `${rev}:${rel.startsWith("../") ? rel : `./${rel}`}`;
    const bytes = gitSync(["cat-file", "blob", spec], cwd, linter.options.maxFileSize + 1);
    // Not at REV (a new dossier, or a path outside the repository): said so in the section.
    if (bytes === undefined) return { ...r, since: { rev, diff: null } };
    const label = `${rev}:${r.path}`;
    const before = lintBytes(label, bytes, linter.rules, linter.options);
    return { ...r, since: { rev, diff: { before: sideFacts(label, before), after: sideFacts(r.path, r), ...compareFindings(before.findings, r.findings) } } };
  };
}
