// `portvokter diff OLD NEW`: lint two versions of one dossier (files or `REV:path` from git) and
// print the findings resolved, new and persisting. Exit 1 when the change makes things worse at
// --fail-severity: a new finding, or a persisting one that became that severe; 2 for bad input.
import { compareFindings, sideFacts, type DiffReport } from "../diff/compare.js";
import { lintSide, sideLinter } from "../diff/lint-side.js";
import { readSide } from "../diff/read-side.js";
import { UsageError } from "../errors.js";
import { fill, texts } from "../i18n/index.js";
import { localToday } from "../run/run.js";
import { loadSettings } from "../run/settings.js";
import { severityRank, type Gate, type Lang, type Severity } from "../types.js";
import { useColor } from "./color.js";
import { writeOutputFile, writeStream } from "./io.js";
import { EXIT, toolInfo } from "./meta.js";
import { parseRuleFlags } from "./lint-cli.js";

export const DIFF_FORMATS = ["stylish", "json", "markdown"] as const;

export interface DiffOptions {
  gate?: Gate;
  format: (typeof DIFF_FORMATS)[number];
  output?: string;
  lang?: Lang;
  failSeverity: Severity;
  rule?: string[];
  config?: string | false;
  today?: string;
  color?: boolean;
}

/** True when the change brings a finding at or above `severity` that was not there (or not that severe) before. */
export function worsens(d: DiffReport, severity: Severity): boolean {
  const at = severityRank(severity);
  return (
    d.added.some((f) => severityRank(f.severity) >= at) ||
    d.persisting.some(({ now, before }) => severityRank(now.severity) >= at && severityRank(before.severity) < at)
  );
}

export async function runDiff(oldArg: string, newArg: string, opts: DiffOptions): Promise<number> {
  const settings = loadSettings({ config: opts.config, lang: opts.lang });
  const { lang } = settings;
  if (opts.output !== undefined && [oldArg, newArg].includes(opts.output)) {
    throw new UsageError(fill(texts(lang).cli.outputIsInput, { output: opts.output }));
  }
  const overrides = parseRuleFlags(opts.rule ?? [], lang);
  const linter = await sideLinter(settings, { gate: opts.gate, today: opts.today ?? localToday(), overrides });
  const cap = linter.options.maxFileSize;
  const [a, b] = [await readSide(oldArg, cap, lang), await readSide(newArg, cap, lang)];
  const before = lintSide(a.label, a.bytes, linter);
  const after = lintSide(b.label, b.bytes, linter);
  const report: DiffReport = { before: sideFacts(a.label, before), after: sideFacts(b.label, after), ...compareFindings(before.findings, after.findings) };

  let text: string;
  if (opts.format === "json") {
    text = (await import("../report/diff/json.js")).diffJson(report, toolInfo());
  } else if (opts.format === "markdown") {
    text = (await import("../report/diff/markdown.js")).diffMarkdown(report, lang);
  } else {
    const color = opts.output === undefined ? useColor(opts.color, process.stdout) : opts.color === true;
    text = (await import("../report/diff/stylish.js")).diffStylish(report, lang, color);
  }
  if (opts.output !== undefined) await writeOutputFile(opts.output, text, lang, `--output ${opts.output}`, settings.configName);
  else await writeStream(process.stdout, text);
  return worsens(report, opts.failSeverity) ? EXIT.findings : EXIT.ok;
}
