// `portvokter diff` for the terminal: the two sides, then resolved, new and persisting findings,
// each group with the file its positions are in. Dossier text goes through escapeTerminal.
import { Chalk } from "chalk";
import type { DiffReport } from "../../diff/compare.js";
import { side } from "./side.js";
import { fill, texts } from "../../i18n/index.js";
import type { Finding, Lang, Severity } from "../../types.js";
import { escapeTerminal } from "../text.js";

export function diffStylish(d: DiffReport, lang: Lang, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const w = texts(lang);
  const t = w.diff;
  const paint = (s: Severity, text: string) => (s === "error" ? c.red : s === "warning" ? c.yellow : c.blue)(text);
  const out: string[] = [c.bold(`${escapeTerminal(side(d.before, lang))} → ${escapeTerminal(side(d.after, lang))}`), ""];
  // A persisting finding whose severity changed between the gates shows both ("advarsel → feil").
  const group = (title: string, label: string, rows: Array<{ f: Finding; was?: Severity }>) => {
    out.push(`${c.bold(`${title} (${rows.length})`)}${rows.length ? c.dim(` · ${fill(t.positionsIn, { label: escapeTerminal(label) })}`) : ""}`);
    const word = (r: { f: Finding; was?: Severity }) => (r.was && r.was !== r.f.severity ? `${w.severity[r.was]} → ${w.severity[r.f.severity]}` : w.severity[r.f.severity]);
    let width = 0, sevWidth = 0;
    for (const r of rows) {
      width = Math.max(width, `${r.f.line}:${r.f.column}`.length);
      sevWidth = Math.max(sevWidth, word(r).length);
    }
    for (const r of rows) {
      const { f } = r;
      out.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(width))}  ${paint(f.severity, word(r).padEnd(sevWidth))}  ${escapeTerminal(f.message)}  ${c.dim(f.rule)}`);
    }
    if (rows.length === 0) out.push(`  ${c.dim(t.none)}`);
    out.push("");
  };
  group(t.resolved, d.before.label, d.resolved.map((f) => ({ f })));
  group(t.added, d.after.label, d.added.map((f) => ({ f })));
  group(t.persisting, d.after.label, d.persisting.map(({ now, before }) => ({ f: now, was: before.severity })));
  out.push(fill(t.summary, { resolved: d.resolved.length, added: d.added.length, persisting: d.persisting.length }));
  return out.join("\n") + "\n";
}
