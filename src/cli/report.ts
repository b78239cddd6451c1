// `portvokter report`: lint the dossiers like `check`, then write the findings report (one
// self-contained HTML page, or Markdown for a wiki or a pull-request comment). Exit codes as check.
import { loadAnyFormat, type REPORT_FORMAT_NAMES } from "../report/formatters/index.js";
import type { FileResult, Gate, Lang, Severity } from "../types.js";
import { ExitTally } from "./check.js";
import { openOutputFile, stdoutClosed, stdoutSink } from "./io.js";
import { toolInfo } from "./meta.js";
import { Outputs } from "./outputs.js";
import { localToday } from "../run/run.js";
import { lintFromCli } from "./lint-cli.js";

export interface ReportOptions {
  format: (typeof REPORT_FORMAT_NAMES)[number];
  output?: string;
  gate?: Gate;
  lang?: Lang;
  failSeverity: Severity;
  rule?: string[];
  config?: string | false;
  today?: string;
  maxFileSize?: string;
  debug?: boolean;
  /** A git revision: add each dossier's findings compared with its version there. */
  since?: string;
  /** The baseline file (default portvokter-suppressions.json), as for check. */
  suppressionsLocation?: string;
}

/**
 * Written dossier by dossier as the results arrive (see outputs.ts): the report keeps one row
 * per dossier for its portfolio table, not the dossiers, so its memory does not grow with them.
 */
export async function runReport(paths: string[], opts: ReportOptions): Promise<number> {
  const module = await loadAnyFormat(opts.format);
  const tally = new ExitTally(opts);
  const today = opts.today ?? localToday();
  const report = new Outputs();
  const since = opts.since === undefined ? undefined : await sinceFor(opts.since, opts, today);
  await report.complete(
    lintFromCli(paths, {
      ...opts,
      today,
      keepDossier: true,
      outputs: opts.output ? [opts.output] : [],
      signal: stdoutClosed,
      onResult: (result) => {
        tally.add(result);
        report.file(since ? since(result) : result);
      },
      beforeRead: async (lang, config, rules) => {
        const ctx = {
          lang,
          color: false,
          tool: toolInfo(),
          failSeverity: opts.failSeverity,
          rules,
          today,
          ...(config !== undefined ? { config } : {}),
        };
        // Opened before anything is read: a missing or read-only folder fails at once.
        const sink = opts.output ? openOutputFile(opts.output, lang, `--output ${opts.output}`, config) : stdoutSink();
        report.add({ module, ctx, sink });
      },
    }),
  );
  return tally.code();
}

/** The `--since` step (loaded only when asked for): each result with its comparison to REV. */
async function sinceFor(rev: string, opts: ReportOptions, today: string): Promise<(r: FileResult) => FileResult> {
  const { loadSettings } = await import("../run/settings.js");
  const { sideLinter } = await import("../diff/lint-side.js");
  const { checkRevision, sinceAttacher } = await import("../diff/since.js");
  const { parseRuleFlags } = await import("./lint-cli.js");
  const settings = loadSettings({ config: opts.config, lang: opts.lang });
  checkRevision(rev, settings.cwd, settings.lang);
  // The version at REV is checked with the same settings (config, --gate, --rule) as the current one.
  const overrides = parseRuleFlags(opts.rule ?? [], settings.lang);
  return sinceAttacher(rev, settings.cwd, await sideLinter(settings, { gate: opts.gate, today, overrides }));
}
