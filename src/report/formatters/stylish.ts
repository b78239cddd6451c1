// Human output for the terminal, grouped per file, in the style ESLint users know.
import { Chalk } from "chalk";
import { streamed } from "../format-kit.js";
import type { FormatContext, StreamFormatter, Summary } from "../format-types.js";
import { escapeTerminal } from "../text.js";
import { totalOf } from "../counts.js";
import { fill, plural, texts } from "../../i18n/index.js";
import type { FileResult, Severity } from "../../types.js";

const chalkFor = (ctx: FormatContext) => new Chalk({ level: ctx.color ? 1 : 0 });

/** One file's block: its path and gate, a line per finding, notes; nothing for a clean file. */
function fileBlock(r: FileResult, ctx: FormatContext): string {
  const baselined = r.baselined ?? [];
  if (r.findings.length === 0 && r.suppressed.length === 0 && baselined.length === 0 && r.status === "checked") return "";
  const c = chalkFor(ctx);
  const w = texts(ctx.lang);
  const sevColor = (s: Severity) => (s === "error" ? c.red : s === "warning" ? c.yellow : c.blue);
  const out: string[] = [];
  const gate = r.gate ? c.dim(`  (${r.gate})`) : "";
  out.push(c.underline(escapeTerminal(r.path)) + gate);
  const rows = r.findings.map((f) => [`${f.line}:${f.column}`, w.severity[f.severity], escapeTerminal(f.message), f.rule, f.severity]);
  // Loops, not Math.max(...list): spreading 100 000 arguments overflows the stack.
  let posWidth = 0, sevWidth = 0;
  for (const x of rows) {
    posWidth = Math.max(posWidth, x[0]!.length);
    sevWidth = Math.max(sevWidth, x[1]!.length);
  }
  for (const f of [...r.suppressed, ...baselined]) posWidth = Math.max(posWidth, `${f.line}:${f.column}`.length);
  for (const [pos, word, message, rule, sev] of rows) {
    out.push(`  ${c.dim(pos!.padEnd(posWidth))}  ${sevColor(sev as Severity)(word!.padEnd(sevWidth))}  ${message}  ${c.dim(rule!)}`);
  }
  if (r.status === "invalid") out.push(`  ${c.dim(w.result.skipped)}`);
  // Each waived finding, apart, with the waiver's reason: the reviewer sees what was accepted and why.
  if (r.suppressed.length > 0) out.push(`  ${c.dim(`${r.suppressed.length} ${w.result.suppressed}:`)}`);
  for (const f of r.suppressed) {
    out.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(posWidth))}  ${c.dim(escapeTerminal(f.message))}  ${c.dim(f.rule)}`);
    out.push(`  ${" ".repeat(posWidth)}  ${c.dim(fill(w.format.stylish.reason, { reason: escapeTerminal(f.reason) }))}`);
  }
  // Findings in the baseline, apart: accepted when the baseline was made, still to be fixed.
  if (baselined.length > 0) out.push(`  ${c.dim(`${baselined.length} ${w.baseline.heading}:`)}`);
  for (const f of baselined) {
    out.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(posWidth))}  ${c.dim(w.severity[f.severity])}  ${c.dim(escapeTerminal(f.message))}  ${c.dim(f.rule)}`);
  }
  return out.join("\n") + "\n\n";
}

/** The closing summary line. */
function summaryLine(s: Summary, ctx: FormatContext): string {
  const c = chalkFor(ctx);
  const w = texts(ctx.lang);
  const n = w.count;
  const total = totalOf(s);
  const files = plural(n.file, s.files);
  if (total === 0) {
    return c.green(`✔ ${w.format.stylish.clean} (${files})`) + (s.suppressed ? c.dim(`, ${s.suppressed} ${w.result.suppressed}`) : "") + (s.baselined ? c.dim(`, ${s.baselined} ${w.baseline.heading}`) : "") + "\n";
  }
  const parts = [
    plural(n.error, s.errors),
    plural(n.warning, s.warnings),
    plural(n.info, s.infos),
  ];
  let line = fill(w.format.stylish.summary, { problems: plural(n.problem, total), parts: parts.join(", "), files });
  if (s.fatal) line += `; ${plural(n.file, s.fatal)} ${w.result.fatal}`;
  if (s.suppressed) line += `; ${s.suppressed} ${w.result.suppressed}`;
  if (s.baselined) line += `; ${s.baselined} ${w.baseline.heading}`;
  return (s.errors ? c.red.bold : s.warnings ? c.yellow.bold : c.blue.bold)(line) + "\n";
}

/** Which config file the run used, when it used one (a config can turn rules off: say so). */
function header(ctx: FormatContext): string {
  if (ctx.config === undefined) return "";
  return chalkFor(ctx).dim(fill(texts(ctx.lang).format.stylish.config, { path: escapeTerminal(ctx.config) })) + "\n\n";
}

export const stream: StreamFormatter = {
  begin: (ctx) => header(ctx),
  file: (r, _index, ctx) => fileBlock(r, ctx),
  end: (s, ctx) => summaryLine(s, ctx),
};

export default streamed(stream);
