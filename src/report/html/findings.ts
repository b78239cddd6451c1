// Findings grouped by report theme (then the groups shown apart), each with severity as word and
// symbol, message, YAML position, rule id, source and a link to the rule's `explain` text, which
// the page carries once per rule at its end (see rulesHtml); suppressed findings with the
// waiver's reason.
import type { RuleMeta } from "../../evaluate/rule.js";
import type { Finding, Lang, SuppressedFinding } from "../../types.js";
import { fill, texts, type ReportStrings } from "../../i18n/index.js";
import type { DossierView, GroupView } from "../model.js";
import { explainText } from "../rule-text.js";
import { severityWord } from "../words.js";
import { esc } from "./escape.js";
import { icon } from "./icons.js";

/**
 * Findings listed per group at most: a dossier with 50 000 findings would make a page that no
 * browser shows and no reviewer reads; the counts above stay complete, and every finding is in
 * `check --format json`.
 */
export const MAX_LISTED = 200;

const listed = <T>(list: T[]): T[] => (list.length > MAX_LISTED ? list.slice(0, MAX_LISTED) : list);

function more(total: number, s: ReportStrings): string {
  return total > MAX_LISTED ? `<p class="muted more-findings">${esc(fill(s.moreFindings, { shown: MAX_LISTED, total }))}</p>` : "";
}

/** The anchor of a rule's note at the end of the page ("/" is valid in an id, but not in every tool's selectors). */
export const ruleAnchor = (id: string): string => `rule-${id.replace("/", "--")}`;

/**
 * Each rule's explanation, once per page and not once per finding: at 10 000 dossiers the
 * repeated text was most of a 728 MB page. Listed in id order after the last dossier.
 */
export function rulesHtml(ids: Iterable<string>, rules: ReadonlyMap<string, RuleMeta>, lang: Lang): string {
  const s = texts(lang).report;
  const notes = [...ids]
    .sort()
    .map((id) => rules.get(id))
    .filter((r): r is RuleMeta => r !== undefined)
    .map((r) => `<section class="rule-note" id="${ruleAnchor(r.id)}"><h3><code>${esc(r.id)}</code></h3><pre>${esc(explainText(r, lang))}</pre></section>`);
  if (notes.length === 0) return "";
  return `<section class="rule-notes" aria-labelledby="rule-notes-h"><h2 id="rule-notes-h">${esc(s.rulesTitle)}</h2>${notes.join("")}</section>`;
}

function finding(f: Finding, rules: ReadonlyMap<string, RuleMeta>, s: ReportStrings, lang: Lang, reason?: string): string {
  const rule = rules.get(f.rule);
  return (
    `<li class="finding sev-${f.severity}" data-rule="${esc(f.rule)}" data-severity="${f.severity}">` +
    `<p class="finding-head"><span class="sev sev-${f.severity}">${icon(f.severity)}<strong>${esc(severityWord(f.severity, lang))}</strong></span> ` +
    `<span class="msg">${esc(f.message)}</span></p>` +
    `<p class="finding-meta"><span class="pos">${esc(fill(s.position, { line: f.line, column: f.column }))}</span> · ` +
    `<code class="rule-id">${esc(f.rule)}</code> · <span class="source">${esc(s.source)}: ${esc(f.source)}</span></p>` +
    (reason !== undefined ? `<p class="reason"><strong>${esc(s.reason)}:</strong> ${esc(reason)}</p>` : "") +
    (rule ? `<p class="why"><a href="#${ruleAnchor(rule.id)}">${esc(s.why)}</a></p>` : "") +
    `</li>`
  );
}

function groupHeading(d: DossierView, g: GroupView, s: ReportStrings): string {
  const num = g.number !== null ? `<span class="num">${g.number}</span> ` : "";
  const verdict = g.number !== null ? ` <span class="verdict verdict-${g.verdict}">${icon(g.verdict)}${esc(s.verdict[g.verdict])}</span>` : "";
  return `<h4 id="${d.anchor}-${g.key}">${num}${esc(s.groups[g.key])}${verdict}</h4>`;
}

export function findingsHtml(d: DossierView, rules: ReadonlyMap<string, RuleMeta>, lang: Lang): string {
  const s = texts(lang).report;
  const groups = [...d.themes, ...d.apart].filter((g) => g.findings.length > 0);
  if (groups.length === 0) return `<p>${esc(s.noFindings)}</p>`;
  const quiet = d.themes.filter((g) => g.findings.length === 0 && g.applicable);
  return (
    groups
      .map(
        (g) =>
          `<div class="theme-group" data-group="${g.key}">${groupHeading(d, g, s)}<ol class="finding-list">` +
          listed(g.findings).map((f) => finding(f, rules, s, lang)).join("") +
          `</ol>${more(g.findings.length, s)}</div>`,
      )
      .join("") +
    (quiet.length && d.status === "checked"
      ? `<p class="quiet">${icon("ready")}<strong>${esc(s.noFindingsTheme)}</strong> ${quiet.map((g) => `${g.number} ${esc(s.groups[g.key])}`).join(" · ")}</p>`
      : "")
  );
}

export function suppressedHtml(d: DossierView, rules: ReadonlyMap<string, RuleMeta>, lang: Lang): string {
  const s = texts(lang).report;
  if (d.suppressed.length === 0) return `<p class="muted">${esc(s.noSuppressed)}</p>`;
  return `<ol class="finding-list suppressed">${listed(d.suppressed).map((f: SuppressedFinding) => finding(f, rules, s, lang, f.reason)).join("")}</ol>${more(d.suppressed.length, s)}`;
}
