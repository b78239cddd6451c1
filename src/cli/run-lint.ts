// The part of a run that `check` and `report` share: resolve config and options, find the
// dossiers, lint each. Returns the results; printing and the exit code are the caller's.
import { emptyConfig, findConfig, isKnownRuleSelector, loadConfig, parseSize, type Config } from "../config/config.js";
import { UsageError } from "../errors.js";
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_FILE_SIZE, lintBytes, RuleFailure, type LintOptions } from "../evaluate/lint.js";
import { loadReferenceData } from "../evaluate/reference-data.js";
import { loadRules, ruleIds } from "../evaluate/registry.js";
import type { Rule } from "../evaluate/rule.js";
import { t, type MessageKey } from "../i18n/messages.js";
import type { FileResult, Gate, Lang, Severity } from "../types.js";
import { closest } from "../util/suggest.js";
import { discover, type Target } from "./discover.js";
import { samePath } from "./io.js";
import { readCapped, readStdinCapped } from "./read.js";

export interface LintPathsOptions {
  gate?: Gate;
  lang?: Lang;
  rule?: string[];
  config?: string | false;
  today?: string;
  maxFileSize?: string;
  debug?: boolean;
  /** Keep each checked file's dossier on its result (for the report and markdown). */
  keepDossier?: boolean;
  /** Files the run will write: refused when one of them is among the inputs. */
  outputs?: readonly string[];
  /** Called once the language is known and before anything is read (e.g. to fail early on a bad format). */
  beforeRead?: (lang: Lang) => void | Promise<void>;
}

export interface LintRun {
  results: FileResult[];
  lang: Lang;
  rules: readonly Rule[];
  /** The run date, YYYY-MM-DD. */
  today: string;
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
    lang === "nb" ? `--max-file-size ${value}: skriv f.eks. 5MB, 500KB eller et antall byte` : `--max-file-size ${value}: write e.g. 5MB, 500KB or a number of bytes`,
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

/** Why a target could not be read (an errno code or a discovery reason) → the message that says so. */
const UNREADABLE: Record<string, MessageKey> = {
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
        message: t(lang, key, { path: target.display, reason: code }),
        pointer: "",
        line: 1,
        column: 1,
        theme: "io",
        source: "format (dossier-format.md)",
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
        message:
          lang === "nb"
            ? `Intern feil i regelen ${ruleId}; vennligst rapporter den (kjør med --debug for detaljer).`
            : `Internal error in rule ${ruleId}, please report it (run with --debug for details).`,
        pointer: "",
        line: 1,
        column: 1,
        theme: "dossier",
        source: "portvokter",
      },
    ],
    suppressed: [],
  };
}

/** Resolves config and options, discovers the dossiers under `paths` and lints each one. */
export async function lintPaths(paths: string[], opts: LintPathsOptions): Promise<LintRun> {
  const cwd = process.cwd();
  const config = resolveConfig(opts, cwd, opts.lang ?? "nb");
  const lang: Lang = opts.lang ?? config.lang ?? "nb";
  const overrides = new Map<string, Severity | "off">(Object.entries(config.rules));
  for (const [id, sev] of parseRuleFlags(opts.rule ?? [], lang)) overrides.set(id, sev);
  const maxFileSize = opts.maxFileSize ? parseSizeFlag(opts.maxFileSize, lang) : (config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);

  await opts.beforeRead?.(lang);
  const outputs = opts.outputs ?? [];
  refuseOutputInput(outputs, (out) => paths.some((p) => p !== "-" && samePath(p, out)), lang);

  const given = paths.length > 0 ? paths : (config.files ?? ["."]);
  const baseCwd = paths.length > 0 ? cwd : config.files ? config.baseDir : cwd;
  const targets = await discover(given, { cwd: baseCwd, ignore: config.ignore, ignoreBase: config.baseDir });
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

  const results: FileResult[] = [];
  for (const target of targets) {
    if (target.kind === "missing") {
      results.push(unreadable(target, target.reason, lang));
      continue;
    }
    let bytes: Uint8Array;
    if (target.kind === "stdin") {
      bytes = await readStdinCapped(maxFileSize);
    } else {
      const read = readCapped(target.path, maxFileSize);
      if (!read.ok) {
        results.push(unreadable(target, read.code, lang));
        continue;
      }
      bytes = read.bytes;
    }
    try {
      results.push(lintBytes(target.display, bytes, rules, lintOptions));
    } catch (err) {
      if (!(err instanceof RuleFailure)) throw err;
      if (opts.debug) process.stderr.write(String((err.causeError as Error)?.stack ?? err.causeError) + "\n");
      results.push(internalError(target.display, lintOptions.gate ?? null, err.ruleId, lang));
    }
  }
  return { results, lang, rules, today: lintOptions.today };
}
