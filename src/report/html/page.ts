// The HTML findings report: one self-contained page (inline CSS and script, no network; a
// Content-Security-Policy that allows only the page's own style and script), a portfolio
// table when there are several dossiers, then one article per dossier.
import { createHash } from "node:crypto";
import type { RuleMeta } from "../../evaluate/rule.js";
import type { Lang } from "../../types.js";
import { spooledWhole } from "../format-kit.js";
import type { Formatter, Spooled } from "../format-types.js";
import { fill, texts } from "../../i18n/index.js";
import { foldBaselined } from "../../baseline/fold.js";
import { ownCopy, renderError, safeView, type DossierView } from "../model.js";
import { benefitsTableHtml } from "./benefits.js";
import { esc } from "./escape.js";
import { findingsHtml, rulesHtml, suppressedHtml } from "./findings.js";
import { icon, iconSymbols } from "./icons.js";
import { matrixHtml } from "./matrix.js";
import { portfolioFrame, portfolioRowHtml } from "./portfolio.js";
import { readinessSvg } from "./readiness.js";
import { countParts, revisionWords, statusWord } from "../words.js";
import { SCRIPT } from "./script.js";
import { sinceHtml } from "../diff/since-html.js";
import { CSS } from "./style.js";
import { timelineHtml } from "./timeline.js";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

function section(d: DossierView, key: string, title: string, body: string): string {
  const id = `${d.anchor}-${key}-h`;
  return `<section class="sec-${key}" aria-labelledby="${id}"><h3 id="${id}">${esc(title)}</h3>${body}</section>`;
}

function facts(d: DossierView, lang: Lang): string {
  const s = texts(lang).report;
  const k = d.facts;
  const list = (items: string[]) => (items.length ? `<ul class="fact-list">${items.map((t) => `<li>${esc(t)}</li>`).join("")}</ul>` : esc(s.notGiven));
  const rows: Array<[string, string]> = [
    // What the meeting starts from, first.
    [s.factOwner, esc(k.owner ?? s.notGiven)],
    [s.factManager, esc(k.manager ?? s.notGiven)],
    [s.factCost, esc(k.costMnok !== null ? fill(s.mnok, { n: k.costMnok }) : s.notGiven)],
    [s.factChosen, esc(k.chosen ?? s.notGiven)],
    [s.factGoals, list(k.goals)],
    [s.factRisks, list(k.topRisks)],
    ...(k.meetingDate ? ([[s.factMeeting, esc(k.meetingDate)]] as Array<[string, string]>) : []),
    [s.factId, esc(d.id ?? s.dash)],
    [s.factOrganisation, esc(d.organisation ?? s.dash)],
    [s.factLevel, esc(d.level ?? s.dash)],
    [s.factPhase, esc(d.phase ?? s.dash)],
    [s.factGate, esc(d.gate ?? s.dash)],
    [s.factStatus, esc(statusWord(d.status, s))],
    [s.factCounts, esc(fill(s.counts, { errors: d.counts.errors, warnings: d.counts.warnings, infos: d.counts.infos }))],
    [s.factFile, `<code>${esc(d.path)}</code>`],
    ...(d.revision ? ([[s.factVersion, esc(revisionWords(d.revision, s))]] as Array<[string, string]>) : []),
  ];
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

/** The overall recommendation in one sentence, before anything else about the dossier. */
function recommendation(d: DossierView, lang: Lang): string {
  const s = texts(lang).report;
  const gate = d.gate ?? s.dash;
  const failing = d.themes.filter((g) => g.verdict === "not-ready").map((g) => s.groups[g.key]);
  const text =
    d.status !== "checked"
      ? s.recInvalid
      : d.verdict === "ready"
        ? fill(s.recReady, { gate })
        : d.verdict === "gaps"
          ? fill(s.recGaps, { gate, n: d.counts.warnings })
          : fill(s.recNotReady, { gate, n: d.counts.errors, themes: failing.length ? failing.join(", ") : s.groups.dossier });
  return `<p class="recommendation verdict-${d.verdict}"><strong>${esc(s.recommendation)}:</strong> ${esc(text)}</p>`;
}

function verdictLegend(lang: Lang): string {
  const s = texts(lang).report;
  const item = (v: "ready" | "gaps" | "not-ready", text: string) =>
    `<li>${icon(v)}<strong>${esc(s.verdict[v])}</strong>: ${esc(text)}</li>`;
  return `<ul class="verdict-legend">${item("ready", s.legendReady)}${item("gaps", s.legendGaps)}${item("not-ready", s.legendNotReady)}</ul>`;
}

function readiness(d: DossierView, lang: Lang): string {
  const s = texts(lang).report;
  const note = d.status === "invalid" ? s.notChecked : d.status === "fatal" ? s.notRead : "";
  const apart = d.apart.length
    ? `<p class="apart"><strong>${esc(s.apartTitle)}:</strong> ` +
      d.apart.map((g) => `<a href="#${d.anchor}-${g.key}">${esc(s.groups[g.key])}</a>: ${esc(countParts(g.counts, lang).join(", "))}`).join(" · ") +
      `</p>`
    : "";
  return (note ? `<p><strong>${esc(note)}</strong></p>` : "") + readinessSvg(d, lang) + verdictLegend(lang) + apart;
}

function article(d: DossierView, rules: ReadonlyMap<string, RuleMeta>, today: string, lang: Lang): string {
  const s = texts(lang).report;
  const h = `${d.anchor}-h`;
  const checked = d.status === "checked";
  return (
    `<article class="dossier" id="${d.anchor}" data-path="${esc(d.path)}" data-status="${d.status}" data-verdict="${d.verdict}" aria-labelledby="${h}">` +
    `<h2 id="${h}"><span>${esc(d.name)}</span> <span class="verdict verdict-${d.verdict}">${icon(d.verdict)}${esc(s.verdict[d.verdict])}</span></h2>` +
    recommendation(d, lang) +
    facts(d, lang) +
    section(d, "readiness", `${s.secReadiness}${d.gate ? ` (${d.gate})` : ""}`, readiness(d, lang)) +
    (d.since ? sinceHtml(d.anchor, d.since, lang) : "") +
    (checked ? section(d, "matrix", s.secMatrix, matrixHtml(d, lang)) : "") +
    (checked ? section(d, "timeline", s.secTimeline, timelineHtml(d, today, lang) + benefitsTableHtml(d, lang)) : "") +
    section(d, "findings", s.secFindings, findingsHtml(d, rules, lang)) +
    (checked ? section(d, "suppressed", s.secSuppressed, suppressedHtml(d, rules, lang)) : "") +
    `</article>`
  );
}

/** A dossier whose article could not be drawn: said so in its place; the other dossiers are drawn. */
function failedArticle(d: DossierView, err: unknown, lang: Lang): string {
  const s = texts(lang).report;
  const h = `${d.anchor}-h`;
  return (
    `<article class="dossier render-failed" id="${d.anchor}" data-path="${esc(d.path)}" data-status="${d.status}" data-verdict="not-ready" aria-labelledby="${h}">` +
    `<h2 id="${h}"><span>${esc(d.name)}</span> <span class="verdict verdict-not-ready">${icon("not-ready")}${esc(s.verdict["not-ready"])}</span></h2>` +
    `<p role="alert"><strong>${esc(fill(s.renderFailed, { error: renderError(err) }))}</strong></p>` +
    `<dl class="facts"><dt>${esc(s.factFile)}</dt><dd><code>${esc(d.path)}</code></dd></dl>` +
    `</article>`
  );
}

/**
 * The page written article by article: each dossier's article goes to the spool as its file
 * arrives and only its portfolio row is kept; the head (title, count, portfolio table) is
 * written in front at the end.
 */
export const spooled: Spooled = (ctx) => {
  const { lang } = ctx;
  const s = texts(lang).report;
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  // Per dossier only its portfolio row, as a string of its own (see ownCopy).
  const rows: string[] = [];
  // The rules that have a finding on the page; their notes follow the last dossier.
  const seen = new Set<string>();
  let firstName = "";
  return {
    file(r, index) {
      const d = safeView(foldBaselined(r, ctx.lang), index, ctx.rules);
      if (index === 0) firstName = ownCopy(d.name);
      rows.push(ownCopy(portfolioRowHtml(d, lang)));
      for (const g of [...d.themes, ...d.apart]) for (const f of g.findings) seen.add(f.rule);
      for (const f of d.suppressed) seen.add(f.rule);
      let text: string;
      try {
        text = article(d, rules, ctx.today, lang);
      } catch (err) {
        text = failedArticle(d, err, lang);
      }
      return (index === 0 ? "" : "\n") + text;
    },
    head() {
      const csp = `default-src 'none'; style-src ${hash(CSS)}; script-src ${hash(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
      const title = rows.length === 1 ? `${s.title}: ${firstName}` : s.title;
      const count = rows.length === 1 ? s.dossier1 : fill(s.dossiers, { n: rows.length });
      const top =
        `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
        `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
        `<meta name="generator" content="${esc(ctx.tool.name)} ${esc(ctx.tool.version)}">\n` +
        `<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${iconSymbols()}\n` +
        `<header class="report-head"><h1>${esc(s.title)}</h1>` +
        `<p class="meta">${esc(fill(s.generated, { date: ctx.today, version: ctx.tool.version }))} ${esc(count)}.</p>` +
        `<div class="howto"><p><strong>${esc(s.legendTitle)}:</strong> ${esc(s.legendText)}</p></div></header>\n` +
        `<main id="main">\n`;
      if (rows.length <= 1) return [top];
      const [open, close] = portfolioFrame(rows.length, lang);
      // Written row by row: 10 000 rows are tens of MB, not to be joined into one more string.
      return (function* () {
        yield top + open;
        yield* rows;
        yield close + "\n";
      })();
    },
    tail: () => `\n${rulesHtml(seen, rules, lang)}\n</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`,
  };
};

const html: Formatter = spooledWhole(spooled);

export default html;
