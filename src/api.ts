// The programmatic API: lint dossiers as `portvokter check` does, without printing anything.
//   import { lint } from "portvokter";   const run = await lint(["dossiers/"], { gate: "BP3" });
// The CLI runs on this too (src/cli/lint-cli.ts), so both behave the same.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { BaselineOptions, UnusedEntry } from "./baseline/baseline.js";
import type { Entries } from "./baseline/file.js";
import { DEFAULT_MAX_FILE_SIZE } from "./pipeline/lint-bytes.js";
import { localToday, runLint, type LintRun as RunResult, type RunOptions } from "./run/run.js";
import { loadSettings, type Settings } from "./run/settings.js";

import type { FileResult, Gate, Lang, Severity } from "./types.js";

export type { UnusedEntry } from "./baseline/baseline.js";
export type { Settings } from "./run/settings.js";
export type { FileResult, Finding, Gate, Lang, Severity, SuppressedFinding } from "./types.js";

export interface LintPathsOptions extends Omit<RunOptions, "settings" | "overrides" | "maxFileSize" | "today" | "beforeRead"> {
  /** A config file; false: none; absent: searched for from the working directory. */
  config?: string | false;
  /** Language of messages (default: the config's, else nb). */
  lang?: Lang;
  /** Settings already loaded (the CLI's way; then `config` and `lang` are not looked at). */
  settings?: Settings;
  gate?: Gate;
  /** Severity by rule id or `theme/*`, over the config's `rules`. */
  rules?: ReadonlyMap<string, Severity | "off"> | Readonly<Record<string, Severity | "off">>;
  /** Bytes (default: the config's `max_file_size`, else 1 MB). */
  maxFileSize?: number;
  /** The run date, YYYY-MM-DD (default: today, local time). */
  today?: string;
  /** Called with the settings before anything is read. */
  beforeRead?: (settings: Settings) => void | Promise<void>;
  /**
   * A suppressions file (the baseline; relative to the working directory): the findings it lists
   * are moved to each result's `baselined`. A missing file is no baseline unless `create`.
   */
  suppressions?: string | SuppressionsOptions;
}

export interface SuppressionsOptions extends Pick<BaselineOptions, "suppress" | "prune"> {
  path: string;
  /** Apply a baseline even when the file does not exist yet (it is about to be written). */
  create?: boolean;
}

export interface LintRun extends RunResult {
  /** Present when a suppressions file was applied. */
  suppressions?: {
    /** The file, absolute. */
    path: string;
    /** Entries that matched no finding in a file this run checked. */
    unused: readonly UnusedEntry[];
    /** What the file holds after this run's --suppress-all, --suppress-rule or --prune-suppressions (files not checked kept). */
    entries: Entries;
  };
}

/** Finds the dossiers under `paths` (files, folders, globs, "-" for stdin) and lints each one. */
export async function lint(paths: string[], options: LintPathsOptions = {}): Promise<LintRun> {
  const { config: _config, lang: _lang, settings: given, rules, maxFileSize, today, beforeRead, suppressions, ...rest } = options;
  const settings = given ?? loadSettings({ config: options.config, lang: options.lang });
  const s = typeof suppressions === "string" ? { path: suppressions } : suppressions;
  const path = s && resolve(settings.cwd, s.path);
  // Loaded only when there is a baseline: a run without one imports nothing more.
  const baseline =
    s && path && (s.create || existsSync(path))
      ? (await import("./baseline/open.js")).openBaseline(
          // Result paths are relative to where the paths were resolved (see runLint).
          { ...s, path, shown: s.path, base: paths.length > 0 || !settings.config.files ? settings.cwd : settings.config.baseDir },
          settings.lang,
        )
      : undefined;
  const overrides = new Map<string, Severity | "off">(Object.entries(settings.config.rules));
  for (const [id, severity] of rules instanceof Map ? rules : Object.entries(rules ?? {})) overrides.set(id, severity);
  const onResult = baseline && rest.onResult ? (r: FileResult) => rest.onResult!(baseline.apply(r)) : rest.onResult;
  const run = await runLint(paths, {
    ...rest,
    onResult,
    settings,
    overrides,
    maxFileSize: maxFileSize ?? settings.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    today: today ?? localToday(),
    beforeRead: beforeRead && (() => beforeRead(settings)),
  });
  if (!baseline || !path) return run;
  return {
    ...run,
    results: run.results.map((r) => baseline.apply(r)),
    suppressions: { path, unused: baseline.unused(), entries: baseline.result() },
  };
}

export { UsageError } from "./errors.js";
