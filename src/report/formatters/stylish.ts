// Human output for the terminal, grouped per file, in the style ESLint users know.
import { Chalk } from "chalk";
import { streamed, type FormatContext, type StreamFormatter, type Summary } from "../formatter.js";
import { escapeTerminal } from "../text.js";
import type { FileResult, Lang, Severity } from "../../types.js";

const WORDS: Record<Lang, Record<Severity | "fatal" | "suppressed" | "skipped" | "clean" | "config", string>> = {
  nb: {
    config: "konfigurasjon",
    error: "feil",
    warning: "advarsel",
    info: "info",
    fatal: "kunne ikke leses",
    suppressed: "unntatt (waiver)",
    skipped: "reglene ble ikke kjørt: filen følger ikke skjemaet",
    clean: "Ingen funn",
  },
  en: {
    config: "config",
    error: "error",
    warning: "warning",
    info: "info",
    fatal: "could not be read",
    suppressed: "suppressed (waiver)",
    skipped: "rules were not run: the file does not match the schema",
    clean: "No problems",
  },
};

const plural = (n: number, nb: [string, string], en: [string, string], lang: Lang) =>
  `${n} ${(lang === "nb" ? nb : en)[n === 1 ? 0 : 1]}`;

const chalkFor = (ctx: FormatContext) => new Chalk({ level: ctx.color ? 1 : 0 });

/** One file's block: its path and gate, a line per finding, notes; nothing for a clean file. */
function fileBlock(r: FileResult, ctx: FormatContext): string {
  if (r.findings.length === 0 && r.suppressed.length === 0 && r.status === "checked") return "";
  const c = chalkFor(ctx);
  const w = WORDS[ctx.lang];
  const sevColor = (s: Severity) => (s === "error" ? c.red : s === "warning" ? c.yellow : c.blue);
  const out: string[] = [];
  const gate = r.gate ? c.dim(`  (${r.gate})`) : "";
  out.push(c.underline(escapeTerminal(r.path)) + gate);
  const rows = r.findings.map((f) => [`${f.line}:${f.column}`, w[f.severity], escapeTerminal(f.message), f.rule, f.severity]);
  // Loops, not Math.max(...list): spreading 100 000 arguments overflows the stack.
  let posWidth = 0, sevWidth = 0;
  for (const x of rows) {
    posWidth = Math.max(posWidth, x[0]!.length);
    sevWidth = Math.max(sevWidth, x[1]!.length);
  }
  for (const [pos, word, message, rule, sev] of rows) {
    out.push(`  ${c.dim(pos!.padEnd(posWidth))}  ${sevColor(sev as Severity)(word!.padEnd(sevWidth))}  ${message}  ${c.dim(rule!)}`);
  }
  if (r.status === "invalid") out.push(`  ${c.dim(w.skipped)}`);
  if (r.suppressed.length > 0) out.push(`  ${c.dim(`${r.suppressed.length} ${w.suppressed}`)}`);
  return out.join("\n") + "\n\n";
}

/** The closing summary line. */
function summaryLine(s: Summary, ctx: FormatContext): string {
  const c = chalkFor(ctx);
  const w = WORDS[ctx.lang];
  const total = s.errors + s.warnings + s.infos;
  const files = plural(s.files, ["fil", "filer"], ["file", "files"], ctx.lang);
  if (total === 0) {
    return c.green(`✔ ${w.clean} (${files})`) + (s.suppressed ? c.dim(`, ${s.suppressed} ${w.suppressed}`) : "") + "\n";
  }
  const parts = [
    plural(s.errors, ["feil", "feil"], ["error", "errors"], ctx.lang),
    plural(s.warnings, ["advarsel", "advarsler"], ["warning", "warnings"], ctx.lang),
    plural(s.infos, ["info", "info"], ["info", "infos"], ctx.lang),
  ];
  const problems = plural(total, ["funn", "funn"], ["problem", "problems"], ctx.lang);
  let line = `✖ ${problems} (${parts.join(", ")}) ${ctx.lang === "nb" ? "i" : "in"} ${files}`;
  if (s.fatal) line += `; ${plural(s.fatal, ["fil", "filer"], ["file", "files"], ctx.lang)} ${w.fatal}`;
  if (s.suppressed) line += `; ${s.suppressed} ${w.suppressed}`;
  return (s.errors ? c.red.bold : s.warnings ? c.yellow.bold : c.blue.bold)(line) + "\n";
}

/** Which config file the run used, when it used one (a config can turn rules off: say so). */
function header(ctx: FormatContext): string {
  if (ctx.config === undefined) return "";
  return chalkFor(ctx).dim(`${WORDS[ctx.lang].config}: ${escapeTerminal(ctx.config)}`) + "\n\n";
}

export const stream: StreamFormatter = {
  begin: (ctx) => header(ctx),
  file: (r, _index, ctx) => fileBlock(r, ctx),
  end: (s, ctx) => summaryLine(s, ctx),
};

export default streamed(stream);
