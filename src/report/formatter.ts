// Formatters are pure functions of the results; the registry imports only the one a run uses.
import type { RuleMeta } from "../evaluate/rule.js";
import type { FileResult, Lang } from "../types.js";

export interface FormatContext {
  lang: Lang;
  color: boolean;
  /** informationUri: where the tool is documented (package.json homepage). */
  tool: { name: string; version: string; informationUri?: string };
  /** Severity at or above which a finding fails the run (for formats that mark failures). */
  failSeverity: "error" | "warning" | "info";
  /** Metadata of every rule the run knew (for rule descriptors, help text, per-rule test cases). */
  rules: readonly RuleMeta[];
  /** The run date, YYYY-MM-DD. */
  today: string;
  /** The config file the run used, as the user named it or relative to the working directory; absent: none. */
  config?: string;
}

export type Formatter = (results: readonly FileResult[], ctx: FormatContext) => string;

export type Summary = ReturnType<typeof summarize>;

/**
 * A format that can be written file by file as results arrive, so a large run holds no more
 * than one file's findings. Its whole-run Formatter is begin + each file + end (streamed()),
 * so the two can never differ.
 */
export interface StreamFormatter {
  begin(ctx: FormatContext): string;
  /** This file's output, as one string or in pieces (a file with 200 000 findings need not be one string). */
  file(result: FileResult, index: number, ctx: FormatContext): Pieces;
  end(summary: Summary, ctx: FormatContext): string;
}

/** Output as one string or as pieces written one after the other. */
export type Pieces = string | Iterable<string>;

/** Pieces joined (for the whole-run formatters). */
export const joined = (p: Pieces): string => (typeof p === "string" ? p : [...p].join(""));

/**
 * A format whose beginning needs the whole run (totals, a table of every file, the descriptors
 * of the input problems that occurred): each file's part is written to a spool as its result
 * arrives while the format keeps only small per-file state (counts, a row); at the end the
 * output is head() + the spooled parts + tail(). One instance per run (see Spooled).
 */
export interface SpoolFormatter {
  /** This file's part of the body. */
  file(result: FileResult, index: number): Pieces;
  /** What comes before the body, once every file has been seen (in pieces, written one by one). */
  head(): Iterable<string>;
  /** What comes after the body. */
  tail(): string;
  /**
   * Once every file has been seen: a rewrite of each body line (without its "\n") as the body is
   * copied behind the head, or undefined when the body is copied as it is (much faster).
   */
  lineRewrite?(): ((line: string) => string) | undefined;
}

export type Spooled = (ctx: FormatContext) => SpoolFormatter;

/** The whole-run Formatter of a spooled format: the same pieces, joined in memory. */
export function spooledWhole(make: Spooled): Formatter {
  return (results, ctx) => {
    const spool = make(ctx);
    let body = results.map((r, i) => joined(spool.file(r, i))).join("");
    const rewrite = spool.lineRewrite?.();
    if (rewrite) body = body.split("\n").map(rewrite).join("\n");
    return [...spool.head()].join("") + body + spool.tail();
  };
}

export function streamed(stream: StreamFormatter): Formatter {
  return (results, ctx) => stream.begin(ctx) + results.map((r, i) => joined(stream.file(r, i, ctx))).join("") + stream.end(summarize(results), ctx);
}

/** A format's module: its whole-run formatter and, when it has one, its streaming or spooled form. */
export interface FormatModule {
  default: Formatter;
  stream?: StreamFormatter;
  spooled?: Spooled;
}

const formatters: Record<string, () => Promise<FormatModule>> = {
  stylish: () => import("./formatters/stylish.js"),
  json: () => import("./formatters/json.js"),
  sarif: () => import("./formatters/sarif.js"),
  junit: () => import("./formatters/junit.js"),
  github: () => import("./formatters/github.js"),
  markdown: () => import("./formatters/markdown.js"),
};

export const FORMAT_NAMES = Object.keys(formatters);

export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return (await loadFormat(name))?.default;
}

/** The format's module: its whole-run formatter and, when it has one, its streaming form. */
export async function loadFormat(name: string): Promise<FormatModule | undefined> {
  const load = Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : undefined;
  return load ? await load() : undefined;
}

/** Counts for summaries: fatal files count once as fatal, their findings as errors. */
export function summarize(results: readonly FileResult[]) {
  const s = { files: 0, errors: 0, warnings: 0, infos: 0, fatal: 0, suppressed: 0 };
  for (const r of results) count(s, r);
  return s;
}

/** Adds one file's counts to a running summary. */
export function count(s: { files: number; errors: number; warnings: number; infos: number; fatal: number; suppressed: number }, r: FileResult): void {
  s.files++;
  if (r.status === "fatal") s.fatal++;
  s.suppressed += r.suppressed.length;
  for (const f of r.findings) {
    if (f.severity === "error") s.errors++;
    else if (f.severity === "warning") s.warnings++;
    else s.infos++;
  }
}
