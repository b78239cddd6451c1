// The readiness picture: ten tiles, one per report theme, each with the verdict as a word, a
// symbol and a fill pattern (colour is never the only signal), and its finding counts.
import type { Lang } from "../../types.js";
import { fill, texts, type ReportStrings } from "../../i18n/index.js";
import type { DossierView, GroupView } from "../model.js";
import type { Verdict } from "../themes.js";
import { countParts, themeVerdictWord } from "../words.js";
import { esc } from "./escape.js";
import { COLOR, glyph } from "./icons.js";
import { svgImage, wrap } from "./svg.js";

const TILE_W = 196, TILE_H = 122, GAP = 8, COLS = 5;

const STYLE: Record<Verdict, { fill: string; stroke: string; width: number }> = {
  ready: { fill: "#e8f4eb", stroke: COLOR.ready, width: 2 },
  gaps: { fill: "#fff4d9", stroke: COLOR.warning, width: 2 },
  "not-ready": { fill: "#fbe6e4", stroke: COLOR.error, width: 3 },
  unknown: { fill: "#f1f1f1", stroke: COLOR.unknown, width: 2 },
};

function patterns(prefix: string): string {
  return (
    `<defs>` +
    `<pattern id="${prefix}-gaps" width="10" height="10" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="10" height="10" fill="${STYLE.gaps.fill}"/><rect width="3" height="10" fill="#f3dca3"/></pattern>` +
    `<pattern id="${prefix}-not-ready" width="9" height="9" patternUnits="userSpaceOnUse">` +
    `<rect width="9" height="9" fill="${STYLE["not-ready"].fill}"/><path d="M0 0 L9 9 M9 0 L0 9" stroke="#f1c2bc" stroke-width="1.6"/></pattern>` +
    `<pattern id="${prefix}-unknown" width="8" height="8" patternUnits="userSpaceOnUse">` +
    `<rect width="8" height="8" fill="${STYLE.unknown.fill}"/><circle cx="4" cy="4" r="1.2" fill="#c9c9c9"/></pattern>` +
    `</defs>`
  );
}

function tile(g: GroupView, i: number, prefix: string, s: ReportStrings, lang: Lang, gate: string | null): string {
  const x = (i % COLS) * (TILE_W + GAP), y = Math.floor(i / COLS) * (TILE_H + GAP);
  const st = STYLE[g.verdict];
  const label = s.groups[g.key];
  const lines = wrap(label, 19, 3);
  const word = themeVerdictWord(g, gate, s);
  const parts = countParts(g.counts, lang);
  const countLines = parts.length > 2 ? [parts.slice(0, 2).join(" · "), parts.slice(2).join(" · ")] : [parts.join(" · ")];
  const title = `${g.number} ${label}: ${word}${parts.length ? ` (${parts.join(", ")})` : ""}`;
  const paint = g.verdict === "ready" ? st.fill : `url(#${prefix}-${g.verdict})`;
  return (
    `<g class="tile" data-theme="${g.key}" data-verdict="${g.verdict}" data-number="${g.number}" transform="translate(${x} ${y})">` +
    `<title>${esc(title)}</title>` +
    `<rect x="${st.width / 2}" y="${st.width / 2}" width="${TILE_W - st.width}" height="${TILE_H - st.width}" rx="8" fill="${paint}" stroke="${st.stroke}" stroke-width="${st.width}"/>` +
    `<text class="tile-num" x="12" y="23">${g.number}</text>` +
    lines.map((l, k) => `<text class="tile-label" x="38" y="${22 + k * 15}">${esc(l)}</text>`).join("") +
    glyph(g.verdict, 26, 82, 13) +
    `<text class="tile-verdict" x="48" y="80">${esc(word)}</text>` +
    countLines.map((l, k) => `<text class="tile-counts" x="48" y="${98 + k * 14}">${esc(l)}</text>`).join("") +
    `</g>`
  );
}

export function readinessSvg(d: DossierView, lang: Lang): string {
  const s = texts(lang).report;
  const prefix = `${d.anchor}-rd`;
  const rows = Math.ceil(d.themes.length / COLS);
  const summary = d.themes.map((g) => `${g.number} ${s.groups[g.key]}: ${themeVerdictWord(g, d.gate, s)}`).join("; ") + ".";
  return svgImage({
    id: prefix,
    cls: "readiness",
    width: COLS * TILE_W + (COLS - 1) * GAP,
    height: rows * TILE_H + (rows - 1) * GAP,
    title: fill(s.readinessAlt, { gate: d.gate ?? "–" }),
    desc: summary,
    body: patterns(prefix) + d.themes.map((g, i) => tile(g, i, prefix, s, lang, d.gate)).join(""),
  });
}
