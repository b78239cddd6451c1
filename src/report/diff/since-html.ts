// The «since the last gate» section of the HTML report (`report --since REV`): the counts, then
// the resolved, new and persisting findings, each list folded. Every text goes through esc().
import type { Since } from "../../diff/compare.js";
import { fill, texts } from "../../i18n/index.js";
import type { Finding, Lang, Severity } from "../../types.js";
import { esc } from "../html/escape.js";

export function sinceHtml(anchor: string, since: Since, lang: Lang): string {
  const w = texts(lang);
  const t = w.diff;
  const id = `${anchor}-since-h`;
  const open = `<section class="sec-since" aria-labelledby="${id}"><h3 id="${id}">${esc(fill(t.since, { rev: since.rev }))}</h3>`;
  const d = since.diff;
  if (!d) return `${open}<p>${esc(fill(t.newSince, { rev: since.rev }))}</p></section>`;
  const item = (f: Finding, was?: Severity) => {
    const sev = was && was !== f.severity ? `${w.severity[was]} → ${w.severity[f.severity]}` : w.severity[f.severity];
    return `<li><code>${f.line}:${f.column}</code> <strong>${esc(sev)}</strong> ${esc(f.message)} <code>${esc(f.rule)}</code></li>`;
  };
  const group = (title: string, label: string, items: string[]) =>
    `<details><summary>${esc(title)} (${items.length})${items.length ? ` · ${esc(fill(t.positionsIn, { label }))}` : ""}</summary>` +
    (items.length ? `<ul>${items.join("")}</ul>` : `<p>${esc(t.none)}</p>`) +
    `</details>`;
  return (
    open +
    `<p><strong>${esc(fill(t.summary, { resolved: d.resolved.length, added: d.added.length, persisting: d.persisting.length }))}</strong></p>` +
    group(t.resolved, d.before.label, d.resolved.map((f) => item(f))) +
    group(t.added, d.after.label, d.added.map((f) => item(f))) +
    group(t.persisting, d.after.label, d.persisting.map(({ now, before }) => item(now, before.severity))) +
    `</section>`
  );
}
