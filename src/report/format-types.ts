// What a format is: the types every formatter and the CLI's outputs share. No formatter is
// imported here (the registry that loads them is formatters/index.ts), so nothing cycles.
import type { RuleMeta } from "../evaluate/rule.js";
import type { FileResult, Lang } from "../types.js";
import type { Summary } from "./counts.js";

export type { Summary };

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

/** A format's module: its whole-run formatter and, when it has one, its streaming or spooled form. */
export interface FormatModule {
  default: Formatter;
  stream?: StreamFormatter;
  spooled?: Spooled;
}
