// Findings grouped by report theme (then the groups shown apart), each with severity as word and
// symbol, message, YAML position, rule id, source and the rule's `explain` text; suppressed
// findings with the waiver's reason.
import type { RuleMeta } from "../../evaluate/rule.js";
import type { Finding, Lang, Severity, SuppressedFinding } from "../../types.js";
import { fill, strings, type ReportStrings } from "../i18n.js";
import type { DossierView, GroupView } from "../model.js";
import { explainText } from "../rule-text.js";
import { esc } from "./escape.js";
import { icon } from "./icons.js";

/**
 * Findings listed per group at most. Each carries its rule's explanation, so a dossier with
 * 50 000 findings would make a page of hundreds of MB that no browser shows and no reviewer
 * reads; the counts above stay complete, and every finding is in `check --format json`.
 */
export const MAX_LISTED = 200;

const listed = <T>(list: T[]): T[] => (list.length > MAX_LISTED ? list.slice(0, MAX_LISTED) : list);

function more(total: number, s: ReportStrings): string {
  return total > MAX_LISTED ? `<p class="muted more-findings">${esc(fill(s.moreFindings, { shown: MAX_LISTED, total }))}</p>` : "";
}

/** Each rule's explanation block, made once per rule and language, not once per finding (the bulk of a large report). */
const explained = new WeakMap<RuleMeta, Partial<Record<Lang, string>>>();

function explainHtml(rule: RuleMeta, s: ReportStrings, lang: Lang): string {
  let byLang = explained.get(rule);
  if (!byLang) explained.set(rule, (byLang = {}));
  return (byLang[lang] ??= `<details class="explain"><summary>${esc(s.why)}</summary><pre>${esc(explainText(rule, lang))}</pre></details>`);
}

export function severityWord(sev: Severity, s: ReportStrings): string {
  return sev === "error" ? s.sevError : sev === "warning" ? s.sevWarning : s.sevInfo;
}

function finding(f: Finding, rules: ReadonlyMap<string, RuleMeta>, s: ReportStrings, lang: Lang, reason?: string): string {
  const rule = rules.get(f.rule);
  return (
    `<li class="finding sev-${f.severity}" data-rule="${esc(f.rule)}" data-severity="${f.severity}">` +
    `<p class="finding-head"><span class="sev sev-${f.severity}">${icon(f.severity)}<strong>${esc(severityWord(f.severity, s))}</strong></span> ` +
    `<span class="msg">${esc(f.message)}</span></p>` +
    `<p class="finding-meta"><span class="pos">${esc(fill(s.position, { line: f.line, column: f.column }))}</span> · ` +
    `<code class="rule-id">${esc(f.rule)}</code> · <span class="source">${esc(s.source)}: ${esc(f.source)}</span></p>` +
    (reason !== undefined ? `<p class="reason"><strong>${esc(s.reason)}:</strong> ${esc(reason)}</p>` : "") +
    (rule ? explainHtml(rule, s, lang) : "") +
    `</li>`
  );
}

function groupHeading(d: DossierView, g: GroupView, s: ReportStrings): string {
  const num = g.number !== null ? `<span class="num">${g.number}</span> ` : "";
  const verdict = g.number !== null ? ` <span class="verdict verdict-${g.verdict}">${icon(g.verdict)}${esc(s.verdict[g.verdict])}</span>` : "";
  return `<h4 id="${d.anchor}-${g.key}">${num}${esc(s.groups[g.key])}${verdict}</h4>`;
}

export function findingsHtml(d: DossierView, rules: ReadonlyMap<string, RuleMeta>, lang: Lang): string {
  const s = strings(lang);
  const groups = [...d.themes, ...d.apart].filter((g) => g.findings.length > 0);
  if (groups.length === 0) return `<p>${esc(s.noFindings)}</p>`;
  const quiet = d.themes.filter((g) => g.findings.length === 0);
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
  const s = strings(lang);
  if (d.suppressed.length === 0) return `<p class="muted">${esc(s.noSuppressed)}</p>`;
  return `<ol class="finding-list suppressed">${listed(d.suppressed).map((f: SuppressedFinding) => finding(f, rules, s, lang, f.reason)).join("")}</ol>${more(d.suppressed.length, s)}`;
}
