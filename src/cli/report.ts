// `portvokter report`: lint the dossiers like `check`, then write the findings report (one
// self-contained HTML page, or Markdown for a wiki or a pull-request comment). Exit codes as check.
import type { Formatter } from "../report/formatter.js";
import type { Gate, Lang, Severity } from "../types.js";
import { exitCode } from "./check.js";
import { writeOutputFile, writeStream } from "./io.js";
import { toolHomepage, toolVersion } from "./meta.js";
import { lintPaths } from "./run-lint.js";

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

async function renderer(format: ReportOptions["format"]): Promise<Formatter> {
  return format === "markdown" ? (await import("../report/formatters/markdown.js")).default : (await import("../report/html/page.js")).default;
}

export async function runReport(paths: string[], opts: ReportOptions): Promise<number> {
  const render = await renderer(opts.format);
  const { results, lang, rules, today, config } = await lintPaths(paths, { ...opts, keepDossier: true, outputs: opts.output ? [opts.output] : [] });
  const text = render(results, {
    lang,
    color: false,
    tool: { name: "portvokter", version: toolVersion(), informationUri: toolHomepage() },
    failSeverity: opts.failSeverity,
    rules,
    today,
    ...(config !== undefined ? { config } : {}),
  });
  if (opts.output) writeOutputFile(opts.output, text, lang);
  else await writeStream(process.stdout, text);
  return exitCode(results, opts);
}
