// A multi-file run: find the dossiers under the given paths, read and lint each (in worker
// threads when there are many), and pass the results on in path order. It takes settings that
// are already resolved (see settings.ts and ../api.ts); printing and exit codes are the caller's.
import { RevisionResolver } from "./revision.js";
import { DEFAULT_MAX_ALIAS_COUNT, type LintOptions } from "../pipeline/lint-bytes.js";
import { fill, texts } from "../i18n/index.js";
import { loadReferenceData } from "../evaluate/reference-data.js";
import { ruleSet } from "../packs/rule-set.js";
import type { Rule } from "../evaluate/rule.js";
import { UsageError } from "../errors.js";
import type { FileResult, Gate, Lang, Severity } from "../types.js";
import { samePath } from "../util/paths.js";
import { discover } from "./discover.js";
import { lintTarget } from "./lint-target.js";
import { PortfolioIds } from "./portfolio.js";
import { defaultJobs, MIN_FILES_PER_WORKER } from "./pool-size.js";
import type { Settings } from "./settings.js";
import type { BasedGlob } from "../config/config.js";

/** Ticks as files are done (e.g. a progress line); `done` once the run ends. */
export interface Progress {
  tick(): void;
  done(): void;
}

export interface RunOptions {
  settings: Settings;
  gate?: Gate;
  /** Severity overrides by rule id or `theme/*`, over the config's. */
  overrides: ReadonlyMap<string, Severity | "off">;
  maxFileSize: number;
  /** The run date, YYYY-MM-DD. */
  today: string;
  /** Print internal errors' stack traces (on stderr). */
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
  /** Called before anything is read (e.g. to fail early on a bad format and to open the output files). */
  beforeRead?: () => void | Promise<void>;
  /** Stops reading and linting when aborted (stdout closed); the results so far are returned. */
  signal?: AbortSignal;
  /** Made once the number of files is known. */
  progress?: (total: number) => Progress;
  /** false: the config's `ignore` is not applied (--no-ignore). */
  ignore?: boolean;
  /** A file named in `paths` that the config's `ignore` skips. */
  onIgnored?: (display: string, glob: BasedGlob) => void;
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

function refuseOutputInput(outputs: readonly string[], isInput: (output: string) => boolean, lang: Lang): void {
  const output = outputs.find(isInput);
  if (output === undefined) return;
  throw new UsageError(fill(texts(lang).cli.outputIsInput, { output }));
}

const NO_PROGRESS: Progress = { tick() {}, done() {} };

/** Discovers the dossiers under `paths` and lints each one. */
export async function runLint(paths: string[], opts: RunOptions): Promise<LintRun> {
  const { config, lang, cwd, configName: configUsed } = opts.settings;
  // The packs first: a bad pack is a usage error before any output is opened or file read.
  const { rules, packs } = await ruleSet(opts.settings);
  await opts.beforeRead?.();
  const outputs = opts.outputs ?? [];
  refuseOutputInput(outputs, (out) => paths.some((p) => p !== "-" && samePath(p, out)), lang);

  const files = paths.length === 0 ? config.files : undefined;
  const given = paths.length > 0 ? paths : (files?.patterns ?? ["."]);
  // Paths from a config are untrusted data: nothing outside the folder of the config that names them is read.
  const targets = await discover(given, {
    cwd: files?.baseDir ?? cwd,
    ignore: opts.ignore === false ? [] : config.ignore,
    ...(opts.onIgnored ? { onIgnored: opts.onIgnored } : {}),
    confine: files?.baseDir,
  });
  refuseOutputInput(outputs, (out) => targets.some((x) => x.kind === "file" && samePath(x.path, out)), lang);

  const lintOptions: LintOptions = {
    lang,
    gate: opts.gate ?? config.gate,
    today: opts.today,
    overrides: opts.overrides,
    maxFileSize: opts.maxFileSize,
    maxAliasCount: DEFAULT_MAX_ALIAS_COUNT,
    data: loadReferenceData(config.commonComponents),
    keepDossier: opts.keepDossier,
  };

  const results = new Array<FileResult>(opts.onResult ? 0 : targets.length);
  const progress = opts.progress?.(targets.length) ?? NO_PROGRESS;
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
  // Cross-file facts (a duplicate project.id), added as results go on in path order.
  const portfolio = new PortfolioIds(lang);
  // A run that keeps the dossiers feeds a report, which names the version of each file it read.
  const revisions = opts.keepDossier ? new RevisionResolver() : undefined;
  const collect = (index: number, result: FileResult) => {
    if (stop.signal.aborted) return;
    const target = targets[index]!;
    if (revisions && result.contentId !== undefined) {
      result.revision = target.kind === "file" ? revisions.resolve(target.path, result.contentId) : { content: result.contentId.slice(0, 10), state: "none" };
    }
    progress.tick();
    if (!opts.onResult) {
      results[index] = result;
      return;
    }
    waiting.set(index, result);
    try {
      for (let r = waiting.get(next); r !== undefined && !stop.signal.aborted; r = waiting.get(next)) {
        waiting.delete(next++);
        opts.onResult(portfolio.see(r));
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
      const { lintInWorkers } = await import("./pool.js");
      await lintInWorkers(targets, lintOptions, { rules, packs, jobs, debug: opts.debug === true, signal: stop.signal }, collect);
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
    results: (stop.signal.aborted ? results.filter(Boolean) : results).map((r) => portfolio.see(r)),
    lang,
    rules,
    today: lintOptions.today,
    ...(configUsed !== undefined ? { config: configUsed } : {}),
  };
}
