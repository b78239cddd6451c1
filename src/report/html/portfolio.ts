// The portfolio page (several dossiers): one row per dossier with its counts per severity and
// per theme; sortable by column (buttons in the headers) and filterable, all in the page.
import type { Lang } from "../../types.js";
import { fill, texts, type ReportStrings } from "../../i18n/index.js";
import type { DossierView } from "../model.js";
import { REPORT_THEMES } from "../themes.js";
import { totalOf } from "../counts.js";
import { statusWord, themeVerdictWord } from "../words.js";
import { esc } from "./escape.js";
import { icon } from "./icons.js";

const VERDICT_RANK = { ready: 0, unknown: 1, gaps: 2, "not-ready": 3 } as const;

interface Column {
  label: string;
  /** Accessible name when the visible label is short (theme numbers). */
  long?: string;
  numeric?: boolean;
  cell(d: DossierView): { sort: string | number; html: string };
}

function columns(s: ReportStrings): Column[] {
  const n = (v: number) => ({ sort: v, html: String(v) });
  return [
    { label: s.colFile, cell: (d) => ({ sort: d.path, html: `<span class="path">${esc(d.path).replace(/([/_.-])/g, "$1<wbr>")}</span>` }) },
    {
      label: s.colProject,
      cell: (d) => ({
        sort: d.name.toLowerCase(),
        html: `<a href="#${d.anchor}">${esc(d.name)}</a>${d.id && d.id !== d.name ? `<br><span class="muted">${esc(d.id)}</span>` : ""}`,
      }),
    },
    { label: s.colPhase, cell: (d) => ({ sort: d.phase ?? "", html: esc(d.phase ?? s.dash) }) },
    { label: s.colGate, cell: (d) => ({ sort: d.gate ?? "", html: esc(d.gate ?? s.dash) }) },
    { label: s.colStatus, cell: (d) => ({ sort: statusWord(d.status, s), html: esc(statusWord(d.status, s)) }) },
    {
      label: s.colVerdict,
      numeric: true,
      cell: (d) => ({
        sort: VERDICT_RANK[d.verdict],
        html: `<span class="verdict verdict-${d.verdict}">${icon(d.verdict)}${esc(s.verdict[d.verdict])}</span>${fromApart(d, s)}`,
      }),
    },
    { label: s.colErrors, numeric: true, cell: (d) => n(d.counts.errors) },
    { label: s.colWarningsShort, long: s.colWarnings, numeric: true, cell: (d) => n(d.counts.warnings) },
    { label: s.colInfos, numeric: true, cell: (d) => n(d.counts.infos) },
    { label: s.colWaived, numeric: true, cell: (d) => n(d.suppressed.length) },
    ...REPORT_THEMES.map(
      (t, i): Column => ({
        label: String(t.number),
        long: fill(s.colTheme, { n: t.number, label: s.groups[t.key] }),
        numeric: true,
        cell: (d) => {
          const g = d.themes[i]!;
          const total = totalOf(g.counts);
          const mark = g.verdict === "gaps" || g.verdict === "not-ready" ? icon(g.verdict) : "";
          return { sort: total, html: `<span class="theme-count verdict-${g.verdict}" title="${esc(themeVerdictWord(g, d.gate, s))}">${mark}${total}</span>` };
        },
      }),
    ),
  ];
}

/**
 * When the overall verdict is worse than every theme's, it comes from findings shown apart
 * (the dossier itself, the rådsmøte, input problems): say which, or the row looks contradictory.
 */
function fromApart(d: DossierView, s: ReportStrings): string {
  const worst = Math.max(0, ...d.themes.map((g) => (g.verdict === "unknown" ? 0 : VERDICT_RANK[g.verdict])));
  if (d.status !== "checked" || VERDICT_RANK[d.verdict] <= worst) return "";
  const groups = d.apart.filter((g) => g.counts.errors + g.counts.warnings > 0).map((g) => s.groups[g.key]);
  return groups.length ? `<br><span class="muted from-apart">${esc(fill(s.fromApart, { groups: groups.join(", ") }))}</span>` : "";
}

/** One dossier's row of the portfolio table (kept while the rest of the report is written). */
export function portfolioRowHtml(d: DossierView, lang: Lang): string {
  const cols = columns(texts(lang).report);
  return (
    `<tr data-index="${d.index}" data-status="${d.status}" data-verdict="${d.verdict}" data-errors="${d.counts.errors}" data-warnings="${d.counts.warnings}" data-infos="${d.counts.infos}">` +
    cols
      .map((c, i) => {
        const { sort, html } = c.cell(d);
        const tag = i === 1 ? "th" : "td";
        return `<${tag}${i === 1 ? ` scope="row"` : ""}${c.numeric ? ` class="num"` : ""} data-sort="${esc(sort)}">${html}</${tag}>`;
      })
      .join("") +
    `</tr>`
  );
}

export function portfolioHtml(views: readonly DossierView[], lang: Lang): string {
  const [open, close] = portfolioFrame(views.length, lang);
  return open + views.map((d) => portfolioRowHtml(d, lang)).join("") + close;
}

/** The portfolio section before and after its `total` rows (one per dossier, from portfolioRowHtml). */
export function portfolioFrame(total: number, lang: Lang): [string, string] {
  const s = texts(lang).report;
  const cols = columns(s);
  const head = cols
    .map((c) => {
      const long = c.long;
      const label = long ? `<span aria-hidden="true">${esc(c.label)}</span><span class="sr-only">${esc(long)}</span>` : esc(c.label);
      return `<th scope="col"${c.numeric ? ` class="num" data-type="number"` : ""}${long ? ` title="${esc(long)}"` : ""}><button type="button">${label}</button></th>`;
    })
    .join("");
  const options: Array<[string, string]> = [
    ["all", s.showAll],
    ["error", s.showError],
    ["warning", s.showWarning],
    ["ready", s.showReady],
    ["invalid", s.showInvalid],
    ["fatal", s.showFatal],
  ];
  const shown = fill(s.rowsShown, { shown: total, total });
  return [
    `<section class="portfolio" id="portfolio" aria-labelledby="portfolio-h"><h2 id="portfolio-h">${esc(s.portfolio)}</h2>` +
      `<p>${esc(s.portfolioIntro)} <span class="screen-only">${esc(s.portfolioHowto)}</span></p>` +
      `<div class="controls">` +
      `<label for="pf-filter">${esc(s.filterLabel)}</label><input type="search" id="pf-filter" autocomplete="off" placeholder="${esc(s.filterPlaceholder)}">` +
      `<label for="pf-show">${esc(s.showLabel)}</label><select id="pf-show">${options.map(([v, l]) => `<option value="${v}">${esc(l)}</option>`).join("")}</select>` +
      `<p id="pf-count" class="muted" role="status" aria-live="polite" data-template="${esc(s.rowsShown)}">${esc(shown)}</p>` +
      `</div>` +
      `<div class="portfolio-scroll"><table id="portfolio-table"><caption class="sr-only">${esc(s.portfolio)}</caption><thead><tr>${head}</tr></thead><tbody>`,
    `</tbody></table></div>` +
      `<p class="muted theme-key">${REPORT_THEMES.map((t) => `${t.number} ${esc(s.groups[t.key])}`).join(" · ")}</p>` +
      `</section>`,
  ];
}
