// `portvokter check`: lint the dossiers (run-lint.ts), format the results, exit code.
import { UsageError } from "../errors.js";
import { fill, texts } from "../i18n/index.js";
import { FORMAT_NAMES, loadFormat } from "../report/formatters/index.js";
import type { FormatContext } from "../report/format-types.js";
import type { FileResult, Gate, Lang, Severity } from "../types.js";
import { severityRank } from "../types.js";
import { useColor } from "./color.js";
import { openOutputFile, stdoutClosed, stdoutSink } from "./io.js";
import { samePath } from "../util/paths.js";
import { EXIT, toolInfo } from "./meta.js";
import { Outputs } from "./outputs.js";
import { localToday } from "../run/run.js";
import { lintFromCli, writesSuppressions, type CliLintOptions } from "./lint-cli.js";

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
  suppressionsLocation?: CliLintOptions["suppressionsLocation"];
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  /** Unused suppressions fail the run (exit 1) instead of only being reported. */
  failOnUnprunedSuppressions?: boolean;
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
  const T = texts(lang).cli;
  const known = fill(T.knownFormats, { names: FORMAT_NAMES.join(", ") });
  const targets: FormatTarget[] = list.map((value) => {
    const file = fileOf(value);
    const name = (file === undefined ? value : value.slice(0, value.indexOf("="))).trim();
    if (!FORMAT_NAMES.includes(name)) {
      throw new UsageError(fill(T.unknownFormat, { value, name, known }));
    }
    if (file !== undefined && file.trim() === "") {
      throw new UsageError(fill(T.formatFileMissing, { value, name }));
    }
    return file === undefined ? { name } : { name, file };
  });
  const plain = targets.filter((x) => x.file === undefined);
  if (plain.length > 1) {
    throw new UsageError(fill(T.onePlainFormat, { target: output ? "--output" : "stdout", names: plain.map((x) => x.name).join(", "), known }));
  }
  if (targets.length === 0) targets.push({ name: "stylish" });
  else if (plain.length === 0 && output) {
    throw new UsageError(fill(T.outputUnused, { output }));
  }
  const files = [...targets.flatMap((x) => (x.file !== undefined ? [x.file] : [])), ...(output ? [output] : [])];
  const twice = files.find((f, i) => files.findIndex((g) => samePath(f, g)) !== i);
  if (twice !== undefined) {
    throw new UsageError(fill(T.namedTwice, { path: twice }));
  }
  return targets;
}

export async function runCheck(paths: string[], opts: CheckOptions): Promise<number> {
  // Every file the run writes; the run refuses any that is also an input.
  const outputs = [
    ...(opts.output ? [opts.output] : []),
    ...formatValues(opts.format).flatMap((v) => (fileOf(v)?.trim() ? [fileOf(v)!] : [])),
  ];
  const today = opts.today ?? localToday();
  const tally = new ExitTally(opts);
  const isStdout = (target: FormatTarget) => target.file === undefined && !opts.output;
  // Each format to its own sink, file by file (see outputs.ts). Every destination is opened
  // before anything is read (a file as its temporary file, so a missing or read-only folder
  // fails at once).
  const formats = new Outputs();

  const onResult = (result: FileResult) => {
    // --quiet hides warnings and infos from the output, not from the exit code.
    tally.add(result);
    formats.file(opts.quiet ? quieted(result) : result);
  };

  const running = lintFromCli(paths, {
    ...opts,
    today,
    outputs,
    onResult,
    signal: stdoutClosed,
    // Only the markdown report draws on the dossiers themselves; other formats need findings only.
    keepDossier: formatValues(opts.format).some((v) => v.split("=")[0]!.trim() === "markdown"),
    beforeRead: async (lang, config, rules) => {
      const planned = [];
      for (const target of parseFormats(opts.format, opts.output, lang)) {
        const module = await loadFormat(target.name);
        if (!module) throw new UsageError(`--format ${target.name}`);
        planned.push({ target, module });
      }
      const ctxFor = (toStdout: boolean): FormatContext => ({
        lang,
        color: toStdout ? useColor(opts.color, process.stdout) : opts.color === true,
        tool: toolInfo(),
        failSeverity: opts.failSeverity,
        rules,
        today,
        ...(config !== undefined ? { config } : {}),
      });
      // Files first (each renamed into place when complete), then the one format for stdout.
      for (const { target, module } of [...planned.filter((x) => !isStdout(x.target)), ...planned.filter((x) => isStdout(x.target))]) {
        const file = target.file ?? opts.output;
        const label = target.file !== undefined ? `--format ${target.name}=${file}` : `--output ${file}`;
        const sink = file === undefined ? stdoutSink() : openOutputFile(file, lang, label, config);
        formats.add({ module, ctx: ctxFor(file === undefined), sink });
      }
    },
  });
  await formats.complete(running);
  const run = await running;
  if (run.suppressions && !stdoutClosed.aborted) {
    const { finishSuppressions } = await import("../baseline/finish.js");
    const unused = finishSuppressions(run.suppressions, { write: writesSuppressions(opts), prune: opts.pruneSuppressions === true }, run.lang);
    if (unused && opts.failOnUnprunedSuppressions) return Math.max(tally.code(), EXIT.findings);
  }
  return tally.code();
}

/** --quiet: errors only, among the findings and the baselined ones. */
function quieted(result: FileResult): FileResult {
  const errors = (list: FileResult["findings"]) => list.filter((f) => f.severity === "error");
  return { ...result, findings: errors(result.findings), ...(result.baselined ? { baselined: errors(result.baselined) } : {}) };
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
