// `portvokter report`: lint the dossiers like `check`, then write the findings report (one
// self-contained HTML page, or Markdown for a wiki or a pull-request comment). Exit codes as check.
import { loadAnyFormat, type REPORT_FORMAT_NAMES } from "../report/formatters/index.js";
import type { Gate, Lang, Severity } from "../types.js";
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
  await report.complete(
    lintFromCli(paths, {
      ...opts,
      today,
      keepDossier: true,
      outputs: opts.output ? [opts.output] : [],
      signal: stdoutClosed,
      onResult: (result) => {
        tally.add(result);
        report.file(result);
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
