// `portvokter report`: lint the dossiers like `check`, then write the findings report (one
// self-contained HTML page, or Markdown for a wiki or a pull-request comment). Exit codes as check.
import { loadRules } from "../evaluate/registry.js";
import type { FormatModule } from "../report/formatter.js";
import type { Gate, Lang, Severity } from "../types.js";
import { ExitTally } from "./check.js";
import { atomicFileSink, stdoutSink } from "./io.js";
import { toolVersion } from "./meta.js";
import { Outputs } from "./outputs.js";
import { lintPaths, localToday } from "./run-lint.js";

export interface ReportOptions {
  format: "html" | "markdown";
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

async function spooledFormat(format: ReportOptions["format"]): Promise<FormatModule> {
  return format === "markdown" ? await import("../report/formatters/markdown.js") : await import("../report/html/page.js");
}

/**
 * Written dossier by dossier as the results arrive (see outputs.ts): the report keeps one row
 * per dossier for its portfolio table, not the dossiers, so its memory does not grow with them.
 */
export async function runReport(paths: string[], opts: ReportOptions): Promise<number> {
  const module = await spooledFormat(opts.format);
  const tally = new ExitTally(opts);
  const today = opts.today ?? localToday();
  let report: Outputs | undefined;
  await lintPaths(paths, {
    ...opts,
    today,
    keepDossier: true,
    outputs: opts.output ? [opts.output] : [],
    onResult: (result) => {
      tally.add(result);
      report?.file(result);
    },
    beforeRead: async (lang) => {
      const ctx = {
        lang,
        color: false,
        tool: { name: "portvokter", version: toolVersion() },
        failSeverity: opts.failSeverity,
        rules: await loadRules(),
        today,
      };
      const output = opts.output;
      report = new Outputs([{ module, ctx, open: () => (output ? atomicFileSink(output, lang) : stdoutSink()) }]);
    },
  });
  await report?.close();
  return tally.code();
}
