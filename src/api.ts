// The programmatic API: lint dossiers as `portvokter check` does, without printing anything.
//   import { lint } from "portvokter";   const run = await lint(["dossiers/"], { gate: "BP3" });
// The CLI runs on this too (src/cli/lint-cli.ts), so both behave the same.
import { DEFAULT_MAX_FILE_SIZE } from "./pipeline/lint-bytes.js";
import { localToday, runLint, type LintRun, type RunOptions } from "./run/run.js";
import { loadSettings, type Settings } from "./run/settings.js";

import type { Gate, Lang, Severity } from "./types.js";

export type { LintRun } from "./run/run.js";
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
}

/** Finds the dossiers under `paths` (files, folders, globs, "-" for stdin) and lints each one. */
export async function lint(paths: string[], options: LintPathsOptions = {}): Promise<LintRun> {
  const { config: _config, lang: _lang, settings: given, rules, maxFileSize, today, beforeRead, ...rest } = options;
  const settings = given ?? loadSettings({ config: options.config, lang: options.lang });
  const overrides = new Map<string, Severity | "off">(Object.entries(settings.config.rules));
  for (const [id, severity] of rules instanceof Map ? rules : Object.entries(rules ?? {})) overrides.set(id, severity);
  return runLint(paths, {
    ...rest,
    settings,
    overrides,
    maxFileSize: maxFileSize ?? settings.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    today: today ?? localToday(),
    beforeRead: beforeRead && (() => beforeRead(settings)),
  });
}

export { UsageError } from "./errors.js";
