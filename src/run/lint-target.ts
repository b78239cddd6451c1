// One target → its FileResult: read it (capped), lint it, and turn what can go wrong on the way
// into a fatal result for that file alone. Shared by the main thread and the lint workers.
import { lintBytes, RuleFailure, type LintOptions } from "../pipeline/lint-bytes.js";
import type { Rule } from "../evaluate/rule.js";
import { fill, problem, texts, type ProblemKey } from "../i18n/index.js";
import type { FileResult, Gate, Lang } from "../types.js";
import { registered } from "../input-problems/registry.js";
import type { Target } from "./discover.js";
import { writeStderr } from "../util/stderr.js";
import { readCapped, readStdinCapped } from "./read.js";

export async function lintTarget(target: Target, rules: readonly Rule[], options: LintOptions, debug: boolean): Promise<FileResult> {
  if (target.kind === "missing") return unreadable(target, target.reason, options.lang);
  let bytes: Uint8Array;
  if (target.kind === "stdin") {
    bytes = await readStdinCapped(options.maxFileSize);
  } else {
    const read = readCapped(target.path, options.maxFileSize);
    if (!read.ok) return unreadable(target, read.code, options.lang);
    bytes = read.bytes;
  }
  try {
    return lintBytes(target.display, bytes, rules, options);
  } catch (err) {
    if (!(err instanceof RuleFailure)) throw err;
    if (debug) writeStderr(String((err.causeError as Error)?.stack ?? err.causeError) + "\n");
    return internalError(target.display, options.gate ?? null, err.ruleId, options.lang);
  }
}

/** Why a target could not be read (an errno code or a discovery reason) → the message that says so. */
const UNREADABLE: Record<string, ProblemKey> = {
  ENOENT: "io/not-found",
  "not-found": "io/not-found",
  "no-match": "io/no-match",
  EACCES: "io/permission",
  EPERM: "io/permission",
  permission: "io/permission",
  EISDIR: "io/is-directory",
  outside: "io/outside",
  ENOTREG: "io/not-regular",
};

const UNREADABLE_PROBLEM = registered("io/unreadable");
const INTERNAL_PROBLEM = registered("internal/error");

function unreadable(target: Target, code: string, lang: Lang): FileResult {
  const key = UNREADABLE[code] ?? "io/other";
  return {
    path: target.display,
    gate: null,
    status: "fatal",
    findings: [
      {
        rule: "io/unreadable",
        severity: "error",
        message: problem(lang, key, { path: target.display, reason: code }),
        pointer: "",
        line: 1,
        column: 1,
        theme: UNREADABLE_PROBLEM.theme,
        source: UNREADABLE_PROBLEM.source,
      },
    ],
    suppressed: [],
  };
}

function internalError(path: string, gate: Gate | null, ruleId: string, lang: Lang): FileResult {
  return {
    path,
    gate,
    status: "fatal",
    findings: [
      {
        rule: "internal/error",
        severity: "error",
        message: fill(texts(lang).engine.internalRule, { rule: ruleId }),
        pointer: "",
        line: 1,
        column: 1,
        theme: INTERNAL_PROBLEM.theme,
        source: INTERNAL_PROBLEM.source,
      },
    ],
    suppressed: [],
  };
}

