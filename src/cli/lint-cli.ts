// The command line's way into the API: its option strings parsed (errors worded in the run's
// language), the config's warnings printed, and a progress line on a terminal.
import { isKnownRuleSelector, parseSize, type Config } from "../config/config.js";
import { didYouMeanIds, fill, texts } from "../i18n/index.js";
import { lint, type LintRun, type SuppressionsOptions } from "../api.js";
import { UsageError } from "../errors.js";
import { hasRule, ruleIds } from "../evaluate/registry.js";
import type { RuleMeta } from "../evaluate/rule.js";
import { isPackSelector, ruleSet, type RuleSet } from "../packs/rule-set.js";
import { loadSettings } from "../run/settings.js";
import { showPath } from "../config/extends.js";
import { resolve } from "node:path";
import type { FileResult, Gate, Lang, Severity } from "../types.js";
import { THEMES } from "../types.js";
import { writeStderr } from "../util/stderr.js";
import { closest } from "../util/suggest.js";
import { refuseProtectedOutput } from "./io.js";
import { startProgress } from "./progress.js";

/** The options `check` and `report` share, as commander gives them. */
export interface CliLintOptions {
  gate?: Gate;
  lang?: Lang;
  rule?: string[];
  config?: string | false;
  today?: string;
  maxFileSize?: string;
  debug?: boolean;
  jobs?: number;
  /** false: --no-ignore. */
  ignore?: boolean;
  /** The suppressions file (default portvokter-suppressions.json; false: none) and what to do with it. */
  suppressionsLocation?: string | false;
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
}

export const DEFAULT_SUPPRESSIONS = "portvokter-suppressions.json";

/** Whether the run writes the suppressions file. */
export const writesSuppressions = (opts: CliLintOptions) =>
  opts.suppressionsLocation !== false && (opts.suppressAll === true || (opts.suppressRule?.length ?? 0) > 0 || opts.pruneSuppressions === true);

/** The baseline options: --suppress-rule ids checked (did you mean…), the file never a config. */
function suppressionsFrom(opts: CliLintOptions, lang: Lang, configName: string | undefined, set?: RuleSet): SuppressionsOptions | undefined {
  if (opts.suppressionsLocation === false) return undefined;
  const path = opts.suppressionsLocation ?? DEFAULT_SUPPRESSIONS;
  for (const id of opts.suppressRule ?? []) {
    // A pack's rule (not a whole pack: --suppress-rule takes rule ids) may be baselined too.
    if (hasRule(id) || (set && !id.endsWith("/*") && isPackSelector(set, id))) continue;
    const ids = closest(id, [...ruleIds(), ...(set?.packs ?? []).flatMap((p) => p.rules.map((r) => r.id))], 3);
    const hint = didYouMeanIds(lang, ids, false);
    throw new UsageError(fill(texts(lang).baseline.unknownRule, { id, hint }));
  }
  const writes = writesSuppressions(opts);
  if (writes) refuseProtectedOutput(path, lang, `--suppressions-location ${path}`, configName);
  const suppress = opts.suppressAll ? "all" : opts.suppressRule?.length ? new Set(opts.suppressRule) : undefined;
  // --prune-suppressions without a file has nothing to prune: no file is made.
  return { path, create: suppress !== undefined, prune: opts.pruneSuppressions === true, ...(suppress ? { suppress } : {}) };
}

export interface CliLintHooks {
  onResult?: (result: FileResult) => void;
  keepDossier?: boolean;
  outputs?: readonly string[];
  signal?: AbortSignal;
  /** Once language and config are known, before anything is read (open outputs, check formats). */
  beforeRead?: (lang: Lang, config: string | undefined, rules: readonly RuleMeta[]) => void | Promise<void>;
}

/** A config that turns off a whole theme is worth a line on stderr: in a pull request it is easy to miss. */
function warnThemesOff(config: Config, name: string, flags: ReadonlyMap<string, unknown>, lang: Lang): void {
  for (const { theme, line, column, file } of config.themesOff) {
    if (flags.has(`${theme}/*`)) continue; // the command line decides for this theme
    // Said in an extended config: named by that file.
    const where = file === undefined || file === resolve(config.path ?? "") ? name : showPath(file);
    writeStderr(fill(texts(lang).cli.themeOff, { name: where, line, column, theme }) + "\n");
  }
}

export function parseRuleFlags(flags: string[], lang: Lang, set?: RuleSet): Map<string, Severity | "off"> {
  const out = new Map<string, Severity | "off">();
  for (const flag of flags) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(flag.trim());
    if (!m) {
      throw new UsageError(fill(texts(lang).cli.ruleFlagSyntax, { flag }));
    }
    const id = m[1]!.trim();
    if (!isKnownRuleSelector(id) && !(set && isPackSelector(set, id))) {
      const packIds = (set?.packs ?? []).flatMap((p) => [`${p.namespace}/*`, ...p.rules.map((r) => r.id)]);
      const ids = closest(id, [...ruleIds(), ...THEMES.map((t) => `${t}/*`), ...packIds], 3);
      const hint = didYouMeanIds(lang, ids, false);
      throw new UsageError(fill(texts(lang).cli.unknownRuleFlag, { id, hint }));
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
  throw new UsageError(fill(texts(lang).cli.maxFileSize, { value }));
}

export async function lintFromCli(paths: string[], opts: CliLintOptions & CliLintHooks): Promise<LintRun> {
  const hooks = opts;
  const settings = loadSettings({ config: opts.config, lang: opts.lang });
  const { lang } = settings;
  // The packs before the flags: --rule may name a pack rule.
  const set = await ruleSet(settings);
  const flags = parseRuleFlags(opts.rule ?? [], lang, set);
  const maxFileSize = opts.maxFileSize ? parseSizeFlag(opts.maxFileSize, lang) : undefined;
  const suppressions = suppressionsFrom(opts, lang, settings.configName, set);
  return lint(paths, {
    suppressions,
    settings,
    gate: opts.gate,
    rules: flags,
    maxFileSize,
    today: opts.today,
    debug: opts.debug,
    jobs: opts.jobs,
    onResult: hooks.onResult,
    keepDossier: hooks.keepDossier,
    // A suppressions file to be written is an output: never one of the dossiers.
    outputs: suppressions && writesSuppressions(opts) ? [...(hooks.outputs ?? []), suppressions.path] : hooks.outputs,
    signal: hooks.signal,
    progress: (total) => startProgress(total, lang),
    ignore: opts.ignore,
    onIgnored: (path, glob) => writeStderr(fill(texts(lang).extends.ignoredFile, { path, pattern: glob.pattern, config: glob.file ? showPath(glob.file) : "" }) + "\n"),
    beforeRead: async () => {
      // No output may overwrite a config file the run extends (the config itself: refused, with the option named, as the output opens).
      for (const out of hooks.outputs ?? []) for (const source of settings.config.sources.slice(0, -1)) refuseProtectedOutput(out, lang, out, source);
      await hooks.beforeRead?.(lang, settings.configName, set.rules);
      if (settings.configName !== undefined) warnThemesOff(settings.config, settings.configName, flags, lang);
    },
  });
}
