// The part of a run that `check` and `report` share: resolve config and options, find the
// dossiers, lint each. Returns the results; printing and the exit code are the caller's.
import { relative } from "node:path";
import { emptyConfig, findConfig, isKnownRuleSelector, loadConfig, parseSize, type Config } from "../config/config.js";
import { UsageError } from "../errors.js";
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_FILE_SIZE, type LintOptions } from "../evaluate/lint.js";
import { loadReferenceData } from "../evaluate/reference-data.js";
import { loadRules, ruleIds } from "../evaluate/registry.js";
import type { Rule } from "../evaluate/rule.js";
import type { FileResult, Gate, Lang, Severity } from "../types.js";
import { closest } from "../util/suggest.js";
import { discover } from "./discover.js";
import { samePath, writeStderr } from "./io.js";
import { lintTarget } from "./lint-target.js";
import { defaultJobs, MIN_FILES_PER_WORKER } from "./lint-pool-size.js";
import { startProgress } from "./progress.js";

export interface LintPathsOptions {
  gate?: Gate;
  lang?: Lang;
  rule?: string[];
  config?: string | false;
  today?: string;
  maxFileSize?: string;
  debug?: boolean;
  /**
   * Receives each result in path order as soon as it and all before it are done; the results are
   * then not kept (a large run streams instead of holding every file's findings).
   */
  onResult?: (result: FileResult) => void;
  /** Worker threads for many files (default: the number of cores; 1 = none). */
  jobs?: number;
  /** Keep each checked file's dossier on its result (for the report and markdown). */
  keepDossier?: boolean;
  /** Files the run will write: refused when one of them is among the inputs. */
  outputs?: readonly string[];
  /**
   * Called once the language and the config in use (see LintRun.config) are known and before
   * anything is read (e.g. to fail early on a bad format and to open the output files).
   */
  beforeRead?: (lang: Lang, config: string | undefined) => void | Promise<void>;
  /** Stops reading and linting when aborted (stdout closed); the results so far are returned. */
  signal?: AbortSignal;
}

export interface LintRun {
  results: FileResult[];
  lang: Lang;
  rules: readonly Rule[];
  /** The run date, YYYY-MM-DD. */
  today: string;
  /** The config file used: as named with --config, else relative to the working directory; absent: none. */
  config?: string;
}

/** The local calendar date (TZ applies), YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function resolveConfig(opts: LintPathsOptions, cwd: string, lang: Lang): Config {
  if (opts.config === false) return emptyConfig(cwd);
  const path = typeof opts.config === "string" ? opts.config : findConfig(cwd);
  return path ? loadConfig(path, lang) : emptyConfig(cwd);
}

/** How the run names its config: as the user named it, else relative to the working directory (no home folder in reports). */
function configName(opts: LintPathsOptions, config: Config, cwd: string): string | undefined {
  if (config.path === undefined) return undefined;
  return typeof opts.config === "string" ? opts.config : relative(cwd, config.path);
}

/** A config that turns off a whole theme is worth a line on stderr: in a pull request it is easy to miss. */
function warnThemesOff(config: Config, name: string, flags: ReadonlyMap<string, unknown>, lang: Lang): void {
  for (const { theme, line, column } of config.themesOff) {
    if (flags.has(`${theme}/*`)) continue; // the command line decides for this theme
    writeStderr(
      lang === "nb"
        ? `portvokter: advarsel: ${name}:${line}:${column}: konfigurasjonen slår av hele temaet «${theme}» (${theme}/*: off); ingen av reglene i det kjøres\n`
        : `portvokter: warning: ${name}:${line}:${column}: the config turns off the whole theme «${theme}» (${theme}/*: off); none of its rules run\n`,
    );
  }
}

function parseRuleFlags(flags: string[], lang: Lang): Map<string, Severity | "off"> {
  const out = new Map<string, Severity | "off">();
  for (const flag of flags) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(flag.trim());
    if (!m) {
      throw new UsageError(
        lang === "nb"
          ? `--rule ${flag}: skriv REGEL-ID=off|info|warning|error`
          : `--rule ${flag}: write RULE-ID=off|info|warning|error`,
      );
    }
    const id = m[1]!.trim();
    if (!isKnownRuleSelector(id)) {
      const ids = closest(id, ruleIds(), 3);
      const hint = ids.length ? (lang === "nb" ? `; mente du ${ids.join(", ")}?` : `; did you mean ${ids.join(", ")}?`) : "";
      throw new UsageError(lang === "nb" ? `--rule: ukjent regel «${id}»${hint}` : `--rule: unknown rule «${id}»${hint}`);
    }
    out.set(id, m[2] as Severity | "off");
  }
  return out;
}

function parseSizeFlag(value: string, lang: Lang): number {
  try {
    const n = /^\d+$/.test(value) ? Number(value) : parseSize(value.toUpperCase());
    if (n > 0) return n;
  } catch {
    /* fall through */
  }
  throw new UsageError(
    lang === "nb" ? `--max-file-size ${value}: skriv f.eks. 2MB, 500KB eller et antall byte` : `--max-file-size ${value}: write e.g. 2MB, 500KB or a number of bytes`,
  );
}

function refuseOutputInput(outputs: readonly string[], isInput: (output: string) => boolean, lang: Lang): void {
  const output = outputs.find(isInput);
  if (output === undefined) return;
  throw new UsageError(
    lang === "nb"
      ? `--output ${output} er en av filene som sjekkes; portvokter skriver aldri over en dossier.`
      : `--output ${output} is one of the files being checked; portvokter never overwrites a dossier.`,
  );
}

/** Resolves config and options, discovers the dossiers under `paths` and lints each one. */
export async function lintPaths(paths: string[], opts: LintPathsOptions): Promise<LintRun> {
  const cwd = process.cwd();
  const config = resolveConfig(opts, cwd, opts.lang ?? "nb");
  const lang: Lang = opts.lang ?? config.lang ?? "nb";
  const overrides = new Map<string, Severity | "off">(Object.entries(config.rules));
  const flags = parseRuleFlags(opts.rule ?? [], lang);
  for (const [id, sev] of flags) overrides.set(id, sev);
  const maxFileSize = opts.maxFileSize ? parseSizeFlag(opts.maxFileSize, lang) : (config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  const configUsed = configName(opts, config, cwd);

  await opts.beforeRead?.(lang, configUsed);
  if (configUsed !== undefined) warnThemesOff(config, configUsed, flags, lang);
  const outputs = opts.outputs ?? [];
  refuseOutputInput(outputs, (out) => paths.some((p) => p !== "-" && samePath(p, out)), lang);

  const given = paths.length > 0 ? paths : (config.files ?? ["."]);
  const baseCwd = paths.length > 0 ? cwd : config.files ? config.baseDir : cwd;
  // Paths from the config are untrusted data: nothing outside the config's folder is read.
  const targets = await discover(given, {
    cwd: baseCwd,
    ignore: config.ignore,
    ignoreBase: config.baseDir,
    confine: paths.length === 0 && config.files ? config.baseDir : undefined,
  });
  refuseOutputInput(outputs, (out) => targets.some((x) => x.kind === "file" && samePath(x.path, out)), lang);

  const rules = await loadRules();
  const lintOptions: LintOptions = {
    lang,
    gate: opts.gate ?? config.gate,
    today: opts.today ?? localToday(),
    overrides,
    maxFileSize,
    maxAliasCount: DEFAULT_MAX_ALIAS_COUNT,
    data: loadReferenceData(config.commonComponents),
    keepDossier: opts.keepDossier,
  };

  const results = new Array<FileResult>(opts.onResult ? 0 : targets.length);
  const progress = startProgress(targets.length, lang);
  // Stops the run when stdout closes (opts.signal) or when passing a result on fails (e.g. a full
  // disk under a streamed --output): that error is rethrown once the workers have stopped.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  opts.signal?.addEventListener("abort", onAbort);
  if (opts.signal?.aborted) stop.abort();
  let failure: { error: unknown } | undefined;
  // Workers finish out of order; results wait here until every earlier one has been passed on.
  const waiting = new Map<number, FileResult>();
  let next = 0;
  const collect = (index: number, result: FileResult) => {
    if (stop.signal.aborted) return;
    progress.tick();
    if (!opts.onResult) {
      results[index] = result;
      return;
    }
    waiting.set(index, result);
    try {
      for (let r = waiting.get(next); r !== undefined && !stop.signal.aborted; r = waiting.get(next)) {
        waiting.delete(next++);
        opts.onResult(r);
      }
    } catch (error) {
      failure ??= { error };
      stop.abort();
    }
  };
  const jobs = opts.jobs ?? defaultJobs();
  const parallel = targets.filter((x) => x.kind === "file").length >= MIN_FILES_PER_WORKER * 2 && jobs > 1;
  try {
    if (parallel) {
      const { lintInWorkers } = await import("./lint-pool.js");
      await lintInWorkers(targets, lintOptions, { jobs, debug: opts.debug === true, signal: stop.signal }, collect);
    } else {
      for (const [index, target] of targets.entries()) {
        if (stop.signal.aborted) break;
        collect(index, await lintTarget(target, rules, lintOptions, opts.debug === true));
        // A closed stdout is reported by an event: give it a turn between files.
        if (opts.onResult) await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } finally {
    progress.done();
    opts.signal?.removeEventListener("abort", onAbort);
  }
  if (failure) throw failure.error;
  return {
    results: stop.signal.aborted ? results.filter(Boolean) : results,
    lang,
    rules,
    today: lintOptions.today,
    ...(configUsed !== undefined ? { config: configUsed } : {}),
  };
}
