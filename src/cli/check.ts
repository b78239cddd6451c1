// `portvokter check`: resolve config and options, find the dossiers, lint each, report, exit code.
import { emptyConfig, findConfig, isKnownRuleSelector, loadConfig, parseSize, type Config } from "../config/config.js";
import { UsageError } from "../errors.js";
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_FILE_SIZE, lintBytes, RuleFailure, type LintOptions } from "../evaluate/lint.js";
import { loadReferenceData } from "../evaluate/reference-data.js";
import { loadRules, ruleIds } from "../evaluate/registry.js";
import { t } from "../i18n/messages.js";
import { loadFormatter } from "../report/formatter.js";
import type { FileResult, Gate, Lang, Severity } from "../types.js";
import { severityRank } from "../types.js";
import { closest } from "../util/suggest.js";
import { useColor } from "./color.js";
import { discover, type Target } from "./discover.js";
import { samePath, writeOutputFile, writeStream } from "./io.js";
import { EXIT, toolVersion } from "./meta.js";
import { readCapped, readStdinCapped } from "./read.js";

export interface CheckOptions {
  gate?: Gate;
  format: string;
  output?: string;
  lang?: Lang;
  failSeverity: Severity;
  maxWarnings?: number;
  quiet?: boolean;
  rule?: string[];
  config?: string | false;
  color?: boolean;
  today?: string;
  maxFileSize?: string;
  debug?: boolean;
}

/** The local calendar date (TZ applies), YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function resolveConfig(opts: CheckOptions, cwd: string, lang: Lang): Config {
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

function unreadable(target: Target, code: string, lang: Lang): FileResult {
  const key =
    code === "ENOENT" || code === "not-found"
      ? "io/not-found"
      : code === "no-match"
        ? "io/no-match"
        : code === "EACCES" || code === "EPERM" || code === "permission"
          ? "io/permission"
          : code === "EISDIR"
            ? "io/is-directory"
            : "io/other";
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

export async function runCheck(paths: string[], opts: CheckOptions): Promise<number> {
  const cwd = process.cwd();
  const config = resolveConfig(opts, cwd, opts.lang ?? "nb");
  const lang: Lang = opts.lang ?? config.lang ?? "nb";
  const overrides = new Map<string, Severity | "off">(Object.entries(config.rules));
  for (const [id, sev] of parseRuleFlags(opts.rule ?? [], lang)) overrides.set(id, sev);
  const maxFileSize = opts.maxFileSize ? parseSizeFlag(opts.maxFileSize, lang) : (config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);

  const formatter = await loadFormatter(opts.format);
  if (!formatter) throw new UsageError(`--format ${opts.format}`);
  if (opts.output && paths.some((p) => p !== "-" && samePath(p, opts.output!))) {
    throw new UsageError(
      lang === "nb"
        ? `--output ${opts.output} er en av filene som sjekkes; portvokter skriver aldri over en dossier.`
        : `--output ${opts.output} is one of the files being checked; portvokter never overwrites a dossier.`,
    );
  }

  const given = paths.length > 0 ? paths : (config.files ?? ["."]);
  const baseCwd = paths.length > 0 ? cwd : config.files ? config.baseDir : cwd;
  const targets = await discover(given, { cwd: baseCwd, ignore: config.ignore, ignoreBase: config.baseDir });
  if (opts.output && targets.some((x) => x.kind === "file" && samePath(x.path, opts.output!))) {
    throw new UsageError(
      lang === "nb"
        ? `--output ${opts.output} er en av filene som sjekkes; portvokter skriver aldri over en dossier.`
        : `--output ${opts.output} is one of the files being checked; portvokter never overwrites a dossier.`,
    );
  }

  const rules = await loadRules();
  const lintOptions: LintOptions = {
    lang,
    gate: opts.gate ?? config.gate,
    today: opts.today ?? localToday(),
    overrides,
    maxFileSize,
    maxAliasCount: DEFAULT_MAX_ALIAS_COUNT,
    data: loadReferenceData(config.commonComponents),
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
      results.push({
        path: target.display,
        gate: lintOptions.gate ?? null,
        status: "fatal",
        findings: [
          {
            rule: "internal/error",
            severity: "error",
            message:
              lang === "nb"
                ? `Intern feil i regelen ${err.ruleId}; vennligst rapporter den (kjør med --debug for detaljer).`
                : `Internal error in rule ${err.ruleId}, please report it (run with --debug for details).`,
            pointer: "",
            line: 1,
            column: 1,
            theme: "dossier",
            source: "portvokter",
          },
        ],
        suppressed: [],
      });
    }
  }

  const shown = opts.quiet
    ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error") }))
    : results;

  const text = formatter(shown, {
    lang,
    color: opts.output ? opts.color === true : useColor(opts.color, process.stdout),
    tool: { name: "portvokter", version: toolVersion() },
    failSeverity: opts.failSeverity,
    rules,
    today: lintOptions.today,
  });
  if (opts.output) writeOutputFile(opts.output, text, lang);
  else await writeStream(process.stdout, text);

  return exitCode(shown, opts);
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

export function exitCode(results: readonly FileResult[], opts: Pick<CheckOptions, "failSeverity" | "maxWarnings">): number {
  if (results.some((r) => r.status === "fatal")) return EXIT.usage;
  const threshold = severityRank(opts.failSeverity);
  let warnings = 0;
  let failing = false;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === "warning") warnings++;
      if (severityRank(f.severity) >= threshold) failing = true;
    }
  }
  if (failing) return EXIT.findings;
  if (opts.maxWarnings !== undefined && warnings > opts.maxWarnings) return EXIT.findings;
  return EXIT.ok;
}
