// `portvokter report`: lint the dossiers like `check`, then write the findings report (one
// self-contained HTML page, or Markdown for a wiki or a pull-request comment). Exit codes as check.
import { loadRules } from "../evaluate/registry.js";
import type { FormatModule } from "../report/formatter.js";
import type { Gate, Lang, Severity } from "../types.js";
import { ExitTally } from "./check.js";
import { openOutputFile, stdoutClosed, stdoutSink, type Sink } from "./io.js";
import { toolHomepage, toolVersion } from "./meta.js";
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
  // Opened before anything is read: a missing or read-only folder fails at once.
  let sink: Sink | undefined;
  let report: Outputs | undefined;
  const abort = () => {
    report?.abort();
    sink?.abort();
  };
  try {
    await lintPaths(paths, {
      ...opts,
      today,
      keepDossier: true,
      outputs: opts.output ? [opts.output] : [],
      signal: stdoutClosed,
      onResult: (result) => {
        tally.add(result);
        report?.file(result);
      },
      beforeRead: async (lang, config) => {
        const ctx = {
          lang,
          color: false,
          tool: { name: "portvokter", version: toolVersion(), informationUri: toolHomepage() },
          failSeverity: opts.failSeverity,
          rules: await loadRules(),
          today,
          ...(config !== undefined ? { config } : {}),
        };
        const opened = opts.output ? openOutputFile(opts.output, lang, `--output ${opts.output}`, config) : stdoutSink();
        sink = opened;
        report = new Outputs([{ module, ctx, open: () => opened }]);
      },
    });
    if (stdoutClosed.aborted) {
      abort();
      return tally.code();
    }
    await report?.close();
  } catch (err) {
    abort();
    throw err;
  }
  return tally.code();
}
