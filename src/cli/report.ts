// `portvokter report`: lint the dossiers like `check`, then write the findings report (one
// self-contained HTML page, or Markdown for a wiki or a pull-request comment). Exit codes as check.
import type { Formatter } from "../report/formatter.js";
import type { Gate, Lang, Severity } from "../types.js";
import { exitCode } from "./check.js";
import { openOutputFile, stdoutSink, type Sink } from "./io.js";
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
  // Opened before anything is read: a missing or read-only folder fails at once.
  let sink: Sink | undefined;
  try {
    const { results, lang, rules, today, config } = await lintPaths(paths, {
      ...opts,
      keepDossier: true,
      outputs: opts.output ? [opts.output] : [],
      beforeRead: (lang, configUsed) => {
        sink = opts.output ? openOutputFile(opts.output, lang, `--output ${opts.output}`, configUsed) : stdoutSink();
      },
    });
    const text = render(results, {
      lang,
      color: false,
      tool: { name: "portvokter", version: toolVersion(), informationUri: toolHomepage() },
      failSeverity: opts.failSeverity,
      rules,
      today,
      ...(config !== undefined ? { config } : {}),
    });
    sink!.write(text);
    await sink!.close();
    return exitCode(results, opts);
  } catch (err) {
    sink?.abort();
    throw err;
  }
}
