// `portvokter diff --format markdown` (a pull-request comment), and the same groups as a section
// of the Markdown report (`report --since`). Every dossier text goes through md().
import type { DiffReport } from "../../diff/compare.js";
import { fill, texts } from "../../i18n/index.js";
import type { Finding, Lang } from "../../types.js";
import { md } from "../md-escape.js";
import { side } from "./side.js";

/** The three groups as Markdown tables under headings of `level` (`###`). */
export function diffGroupsMarkdown(d: DiffReport, lang: Lang, level: string): string {
  const w = texts(lang);
  const t = w.diff;
  const out: string[] = [`**${md(fill(t.summary, { resolved: d.resolved.length, added: d.added.length, persisting: d.persisting.length }))}**`, ""];
  const group = (title: string, label: string, rows: Array<{ f: Finding; severity: string }>) => {
    const where = rows.length ? ` · ${md(fill(t.positionsIn, { label }))}` : "";
    out.push(`${level} ${md(title)} (${rows.length})${where}`, "");
    if (rows.length === 0) return void out.push(`_${md(t.none)}_`, "");
    out.push(`| ${t.position} | ${t.severity} | ${t.message} | ${t.rule} |`, "|---|---|---|---|");
    for (const { f, severity } of rows) out.push(`| ${f.line}:${f.column} | ${severity} | ${md(f.message)} | ${md(f.rule)} |`);
    out.push("");
  };
  group(t.resolved, d.before.label, d.resolved.map((f) => ({ f, severity: w.severity[f.severity] })));
  group(t.added, d.after.label, d.added.map((f) => ({ f, severity: w.severity[f.severity] })));
  group(
    t.persisting,
    d.after.label,
    d.persisting.map(({ now, before }) => ({
      f: now,
      severity: before.severity === now.severity ? w.severity[now.severity] : `${w.severity[before.severity]} → ${w.severity[now.severity]}`,
    })),
  );
  return out.join("\n");
}

export function diffMarkdown(d: DiffReport, lang: Lang): string {
  return `## ${md(side(d.before, lang))} → ${md(side(d.after, lang))}\n\n${diffGroupsMarkdown(d, lang, "###")}`;
}
