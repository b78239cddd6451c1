// Human output for the terminal, grouped per file, in the style ESLint users know.
import { Chalk } from "chalk";
import type { Formatter } from "../formatter.js";
import { summarize } from "../formatter.js";
import { escapeTerminal } from "../text.js";
import type { Lang, Severity } from "../../types.js";

const WORDS: Record<Lang, Record<Severity | "problems" | "problem" | "files" | "file" | "fatal" | "suppressed" | "skipped" | "clean", string>> = {
  nb: {
    error: "feil",
    warning: "advarsel",
    info: "info",
    problems: "funn",
    problem: "funn",
    files: "filer",
    file: "fil",
    fatal: "kunne ikke leses",
    suppressed: "unntatt (waiver)",
    skipped: "reglene ble ikke kjørt: filen følger ikke skjemaet",
    clean: "Ingen funn",
  },
  en: {
    error: "error",
    warning: "warning",
    info: "info",
    problems: "problems",
    problem: "problem",
    files: "files",
    file: "file",
    fatal: "could not be read",
    suppressed: "suppressed (waiver)",
    skipped: "rules were not run: the file does not match the schema",
    clean: "No problems",
  },
};

const plural = (n: number, nb: [string, string], en: [string, string], lang: Lang) =>
  `${n} ${(lang === "nb" ? nb : en)[n === 1 ? 0 : 1]}`;

const stylish: Formatter = (results, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const w = WORDS[ctx.lang];
  const sevColor = (s: Severity) => (s === "error" ? c.red : s === "warning" ? c.yellow : c.blue);
  const out: string[] = [];

  for (const r of results) {
    if (r.findings.length === 0 && r.suppressed.length === 0 && r.status === "checked") continue;
    const gate = r.gate ? c.dim(`  (${r.gate})`) : "";
    out.push(c.underline(escapeTerminal(r.path)) + gate);
    const rows = r.findings.map((f) => [
      `${f.line}:${f.column}`,
      w[f.severity],
      escapeTerminal(f.message),
      f.rule,
      f.severity,
    ]);
    const posWidth = Math.max(0, ...rows.map((x) => x[0]!.length));
    const sevWidth = Math.max(0, ...rows.map((x) => x[1]!.length));
    for (const [pos, word, message, rule, sev] of rows) {
      out.push(
        `  ${c.dim(pos!.padEnd(posWidth))}  ${sevColor(sev as Severity)(word!.padEnd(sevWidth))}  ${message}  ${c.dim(rule!)}`,
      );
    }
    if (r.status === "invalid") out.push(`  ${c.dim(w.skipped)}`);
    if (r.suppressed.length > 0) out.push(`  ${c.dim(`${r.suppressed.length} ${w.suppressed}`)}`);
    out.push("");
  }

  const s = summarize(results);
  const total = s.errors + s.warnings + s.infos;
  const files = plural(s.files, ["fil", "filer"], ["file", "files"], ctx.lang);
  if (total === 0) {
    out.push(c.green(`✔ ${w.clean} (${files})`) + (s.suppressed ? c.dim(`, ${s.suppressed} ${w.suppressed}`) : ""));
  } else {
    const parts = [
      plural(s.errors, ["feil", "feil"], ["error", "errors"], ctx.lang),
      plural(s.warnings, ["advarsel", "advarsler"], ["warning", "warnings"], ctx.lang),
      plural(s.infos, ["info", "info"], ["info", "infos"], ctx.lang),
    ];
    const problems = plural(total, ["funn", "funn"], ["problem", "problems"], ctx.lang);
    let line = `✖ ${problems} (${parts.join(", ")}) ${ctx.lang === "nb" ? "i" : "in"} ${files}`;
    if (s.fatal) line += `; ${s.fatal} ${ctx.lang === "nb" ? (s.fatal === 1 ? "fil" : "filer") : s.fatal === 1 ? "file" : "files"} ${w.fatal}`;
    if (s.suppressed) line += `; ${s.suppressed} ${w.suppressed}`;
    out.push((s.errors ? c.red.bold : s.warnings ? c.yellow.bold : c.blue.bold)(line));
  }
  return out.join("\n") + "\n";
};

export default stylish;
