// `portvokter check`: lint the dossiers (run-lint.ts), format the results, exit code.
import { UsageError } from "../errors.js";
import { loadRules } from "../evaluate/registry.js";
import {
  count,
  FORMAT_NAMES,
  loadFormat,
  summarize,
  type FormatContext,
  type Formatter,
  type StreamFormatter,
  type Summary,
} from "../report/formatter.js";
import type { FileResult, Gate, Lang, Severity } from "../types.js";
import { severityRank } from "../types.js";
import { useColor } from "./color.js";
import { openOutputFile, samePath, stdoutClosed, stdoutSink, type Sink } from "./io.js";
import { EXIT, toolHomepage, toolVersion } from "./meta.js";
import { lintPaths, localToday } from "./run-lint.js";

export interface CheckOptions {
  gate?: Gate;
  /** `NAME` or `NAME=FILE`, repeatable (see parseFormats); default stylish. */
  format?: string | string[];
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

/** One requested output: a format and where it goes (undefined: --output, else stdout). */
export interface FormatTarget {
  name: string;
  file?: string;
}

const formatValues = (values: string | string[] | undefined) => (values === undefined ? [] : Array.isArray(values) ? values : [values]);
const fileOf = (value: string) => (value.includes("=") ? value.slice(value.indexOf("=") + 1) : undefined);

/**
 * `--format` values: each is `NAME` or `NAME=FILE`. `NAME=FILE` writes that format to FILE; at
 * most one plain `NAME`, which goes to --output if given, else stdout. No value: stylish.
 */
export function parseFormats(values: string | string[] | undefined, output: string | undefined, lang: Lang): FormatTarget[] {
  const list = formatValues(values);
  const known = `${lang === "nb" ? "kjente formater" : "known formats"}: ${FORMAT_NAMES.join(", ")}`;
  const targets: FormatTarget[] = list.map((value) => {
    const file = fileOf(value);
    const name = (file === undefined ? value : value.slice(0, value.indexOf("="))).trim();
    if (!FORMAT_NAMES.includes(name)) {
      throw new UsageError(`--format ${value}: ${lang === "nb" ? "ukjent format" : "unknown format"} «${name}»; ${known}`);
    }
    if (file !== undefined && file.trim() === "") {
      throw new UsageError(lang === "nb" ? `--format ${value}: skriv ${name}=FIL` : `--format ${value}: write ${name}=FILE`);
    }
    return file === undefined ? { name } : { name, file };
  });
  const plain = targets.filter((x) => x.file === undefined);
  if (plain.length > 1) {
    throw new UsageError(
      lang === "nb"
        ? `--format: bare ett format kan skrives til ${output ? "--output" : "stdout"} (${plain.map((x) => x.name).join(", ")}); skriv de andre som NAVN=FIL; ${known}`
        : `--format: only one format can go to ${output ? "--output" : "stdout"} (${plain.map((x) => x.name).join(", ")}); write the others as NAME=FILE; ${known}`,
    );
  }
  if (targets.length === 0) targets.push({ name: "stylish" });
  else if (plain.length === 0 && output) {
    throw new UsageError(
      lang === "nb"
        ? `--output ${output}: ingen --format uten =FIL å skrive dit; legg til f.eks. --format stylish`
        : `--output ${output}: no --format without =FILE to write there; add e.g. --format stylish`,
    );
  }
  const files = [...targets.flatMap((x) => (x.file !== undefined ? [x.file] : [])), ...(output ? [output] : [])];
  const twice = files.find((f, i) => files.findIndex((g) => samePath(f, g)) !== i);
  if (twice !== undefined) {
    throw new UsageError(lang === "nb" ? `--format/--output: ${twice} er nevnt to ganger` : `--format/--output: ${twice} is named twice`);
  }
  return targets;
}

export async function runCheck(paths: string[], opts: CheckOptions): Promise<number> {
  // Every file the run writes; lintPaths refuses any that is also an input.
  const outputs = [
    ...(opts.output ? [opts.output] : []),
    ...formatValues(opts.format).flatMap((v) => (fileOf(v)?.trim() ? [fileOf(v)!] : [])),
  ];
  const today = opts.today ?? localToday();
  const planned: Array<FormatTarget & { formatter: Formatter; stream?: StreamFormatter; sink?: Sink }> = [];
  const abortAll = () => planned.forEach((x) => x.sink?.abort());
  let ctxFor: ((toStdout: boolean) => FormatContext) | undefined;
  // One format that can stream is written file by file; several formats need every result.
  // Every destination is opened before anything is read (a file as its temporary file, so a
  // missing or read-only folder fails at once); the stream begins with the first result, after
  // every usage check has passed.
  let streamPlan: { stream: StreamFormatter; sink: Sink; ctx: FormatContext } | undefined;
  let streaming: { stream: StreamFormatter; sink: Sink; ctx: FormatContext; summary: Summary } | undefined;
  const openStream = () => {
    if (streaming || !streamPlan) return streaming;
    const { stream, sink, ctx } = streamPlan;
    streaming = { stream, sink, ctx, summary: summarize([]) };
    sink.write(stream.begin(ctx));
    return streaming;
  };
  const tally = new ExitTally(opts);
  const kept: FileResult[] = [];

  const onResult = (result: FileResult) => {
    // --quiet hides warnings and infos from the output, not from the exit code.
    tally.add(result);
    const shown = opts.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === "error") } : result;
    const out = openStream();
    if (out) {
      out.sink.write(out.stream.file(shown, out.summary.files, out.ctx));
      count(out.summary, shown);
    } else {
      kept.push(shown);
    }
  };

  try {
    await lintPaths(paths, {
      ...opts,
      today,
      outputs,
      onResult,
      signal: stdoutClosed,
      // Only the markdown report draws on the dossiers themselves; other formats need findings only.
      keepDossier: formatValues(opts.format).some((v) => v.split("=")[0]!.trim() === "markdown"),
      beforeRead: async (lang, config) => {
        for (const target of parseFormats(opts.format, opts.output, lang)) {
          const loaded = await loadFormat(target.name);
          if (!loaded) throw new UsageError(`--format ${target.name}`);
          planned.push({ ...target, formatter: loaded.default, stream: loaded.stream });
        }
        for (const target of planned) {
          const file = target.file ?? opts.output;
          const label = target.file !== undefined ? `--format ${target.name}=${file}` : `--output ${file}`;
          target.sink = file === undefined ? stdoutSink() : openOutputFile(file, lang, label, config);
        }
        const rules = await loadRules();
        ctxFor = (toStdout) => ({
          lang,
          color: toStdout ? useColor(opts.color, process.stdout) : opts.color === true,
          tool: { name: "portvokter", version: toolVersion(), informationUri: toolHomepage() },
          failSeverity: opts.failSeverity,
          rules,
          today,
          ...(config !== undefined ? { config } : {}),
        });
        const only = planned.length === 1 ? planned[0]! : undefined;
        if (only?.stream) streamPlan = { stream: only.stream, sink: only.sink!, ctx: ctxFor(only.file === undefined && !opts.output) };
      },
    });

    // stdout went away (`| head`) or failed: the run was cut short, so no file is put in place.
    // The exit code still tells what was found so far (main.ts says why stdout failed).
    if (stdoutClosed.aborted) {
      abortAll();
      return tally.code();
    }
    const out = openStream();
    if (out) {
      out.sink.write(out.stream.end(out.summary, out.ctx));
      await out.sink.close();
    } else if (ctxFor) {
      // Files first, then the one plain format to --output or stdout.
      const toStdout = (target: FormatTarget) => target.file === undefined && !opts.output;
      for (const target of [...planned.filter((x) => !toStdout(x)), ...planned.filter(toStdout)]) {
        target.sink!.write(target.formatter(kept, ctxFor(toStdout(target))));
        await target.sink!.close();
      }
    }
  } catch (err) {
    abortAll();
    throw err;
  }

  return tally.code();
}

/** The exit code, kept up to date file by file so that a streamed run needs no results. */
export class ExitTally {
  private fatal = false;
  private failing = false;
  private warnings = 0;
  private readonly threshold: number;

  constructor(private readonly opts: Pick<CheckOptions, "failSeverity" | "maxWarnings">) {
    this.threshold = severityRank(opts.failSeverity);
  }

  add(result: FileResult): void {
    if (result.status === "fatal") this.fatal = true;
    for (const f of result.findings) {
      if (f.severity === "warning") this.warnings++;
      if (severityRank(f.severity) >= this.threshold) this.failing = true;
    }
  }

  code(): number {
    if (this.fatal) return EXIT.usage;
    if (this.failing) return EXIT.findings;
    if (this.opts.maxWarnings !== undefined && this.warnings > this.opts.maxWarnings) return EXIT.findings;
    return EXIT.ok;
  }
}

export function exitCode(results: readonly FileResult[], opts: Pick<CheckOptions, "failSeverity" | "maxWarnings">): number {
  const tally = new ExitTally(opts);
  for (const r of results) tally.add(r);
  return tally.code();
}
