// Formatters are pure functions of the results; the registry imports only the one a run uses.
import type { RuleMeta } from "../evaluate/rule.js";
import type { FileResult, Lang } from "../types.js";

export interface FormatContext {
  lang: Lang;
  color: boolean;
  tool: { name: string; version: string };
  /** Severity at or above which a finding fails the run (for formats that mark failures). */
  failSeverity: "error" | "warning" | "info";
  /** Metadata of every rule the run knew (for rule descriptors, help text, per-rule test cases). */
  rules: readonly RuleMeta[];
  /** The run date, YYYY-MM-DD. */
  today: string;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

const formatters: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import("./formatters/stylish.js"),
  json: () => import("./formatters/json.js"),
  sarif: () => import("./formatters/sarif.js"),
  junit: () => import("./formatters/junit.js"),
  github: () => import("./formatters/github.js"),
  markdown: () => import("./formatters/markdown.js"),
};

export const FORMAT_NAMES = Object.keys(formatters);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  const load = Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : undefined;
  return load ? (await load()).default : undefined;
}

/** Counts for summaries: fatal files count once as fatal, their findings as errors. */
export function summarize(results: readonly FileResult[]) {
  let errors = 0,
    warnings = 0,
    infos = 0,
    fatal = 0,
    suppressed = 0;
  for (const r of results) {
    if (r.status === "fatal") fatal++;
    suppressed += r.suppressed.length;
    for (const f of r.findings) {
      if (f.severity === "error") errors++;
      else if (f.severity === "warning") warnings++;
      else infos++;
    }
  }
  return { files: results.length, errors, warnings, infos, fatal, suppressed };
}
