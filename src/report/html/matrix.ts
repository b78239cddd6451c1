// The stakeholder matrix (Klijn & Koppenjan, the thesis' Tabell 15): importance høy/lav (rows)
// × replaceability høy/lav (columns); the key group is høy importance + lav replaceability.
// Every stakeholder is drawn once: in its quadrant, or beside it (middels, or not classified).
import type { Lang } from "../../types.js";
import { fill, texts, type ReportStrings } from "../../i18n/index.js";
import type { ActorView, Cell, DossierView, Quadrant, Strategy } from "../model.js";
import { STRATEGIES } from "../model.js";
import { quadrantName, strategyWord } from "../words.js";
import { esc } from "./escape.js";
import { COLOR } from "./icons.js";
import { svgImage, wrap } from "./svg.js";

const LEFT = 78, TOP = 58, QW = 340, HEAD = 66, ROW = 26, MIN_H = 150, PAD = 12;
/** Characters per line of a stakeholder's name, and the height of each further line. */
const NAME_CHARS = 40, LINE = 16;

/**
 * A name in lines of at most NAME_CHARS (a longer word is broken): names are never cut short.
 * A line that ends where a space was keeps it, so the lines joined read as the name.
 */
function nameLines(name: string): string[] {
  const wrapped = wrap(name, NAME_CHARS, Number.MAX_SAFE_INTEGER);
  return wrapped.flatMap((line, i) => {
    const chars = [...line];
    const out: string[] = [];
    for (let k = 0; k < chars.length; k += NAME_CHARS) out.push(chars.slice(k, k + NAME_CHARS).join(""));
    if (i < wrapped.length - 1) out[out.length - 1] += " ";
    return out;
  });
}

const actorHeight = (a: ActorView) => ROW + (nameLines(a.name).length - 1) * LINE;

export const STRATEGY_STYLE: Record<Strategy, { color: string; shape: "circle" | "square" | "triangle" | "diamond" | "ring" }> = {
  samarbeid: { color: COLOR.ready, shape: "circle" },
  fasilitering: { color: COLOR.info, shape: "square" },
  unngå: { color: COLOR.warning, shape: "triangle" },
  "gå-alene": { color: COLOR.error, shape: "diamond" },
  ukjent: { color: COLOR.unknown, shape: "ring" },
};

/** A strategy marker centred at (x, y). */
export function marker(strategy: Strategy, x: number, y: number, r = 7): string {
  const { color, shape } = STRATEGY_STYLE[strategy];
  const cls = `class="actor-dot"`;
  switch (shape) {
    case "circle":
      return `<circle ${cls} cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`;
    case "square":
      return `<rect ${cls} x="${x - r * 0.9}" y="${y - r * 0.9}" width="${r * 1.8}" height="${r * 1.8}" fill="${color}"/>`;
    case "triangle":
      return `<path ${cls} d="M${x - r} ${y - r * 0.8} H${x + r} L${x} ${y + r} Z" fill="${color}"/>`;
    case "diamond":
      return `<path ${cls} d="M${x} ${y - r * 1.1} L${x + r * 1.1} ${y} L${x} ${y + r * 1.1} L${x - r * 1.1} ${y} Z" fill="${color}"/>`;
    case "ring":
      return `<circle ${cls} cx="${x}" cy="${y}" r="${r - 1}" fill="#fff" stroke="${color}" stroke-width="2.5"/>`;
  }
}

function quadrantHint(q: Cell, s: ReportStrings): string {
  return { key: s.qKeyHint, important: s.qImportantHint, "hard-to-replace": s.qHardHint, peripheral: s.qPeripheralHint }[q];
}

function actorTitle(a: ActorView, s: ReportStrings): string {
  const v = (x: string | null) => x ?? s.dash;
  return `${a.name} (${a.id}): ${s.importance.toLowerCase()} ${v(a.importance)}, ${s.replaceability.toLowerCase()} ${v(a.replaceability)}; ${s.colStrategy.toLowerCase()}: ${strategyWord(a.strategy, s)}`;
}

/** Grid position: rows importance høy (top) / lav; columns replaceability høy (left) / lav. */
const CELLS: Array<{ q: Cell; col: 0 | 1; row: 0 | 1 }> = [
  { q: "important", col: 0, row: 0 },
  { q: "key", col: 1, row: 0 },
  { q: "peripheral", col: 0, row: 1 },
  { q: "hard-to-replace", col: 1, row: 1 },
];

function matrixSvg(d: DossierView, actors: ActorView[], s: ReportStrings): string {
  const inQ = (q: Quadrant) => actors.filter((a) => a.quadrant === q);
  const cellH = (q: Quadrant) => inQ(q).reduce((sum, a) => sum + actorHeight(a), 0);
  const rowH = [0, 1].map((row) => Math.max(MIN_H, ...CELLS.filter((c) => c.row === row).map((c) => HEAD + cellH(c.q) + PAD)));
  const width = LEFT + 2 * QW + 4, height = TOP + rowH[0]! + rowH[1]! + 4;
  const parts: string[] = [];
  // Axis labels.
  parts.push(`<text class="axis-title" x="${LEFT + QW}" y="18" text-anchor="middle">${esc(s.replaceability)}</text>`);
  parts.push(`<text class="axis-value" x="${LEFT + QW / 2}" y="44" text-anchor="middle">${esc(s.high)}</text>`);
  parts.push(`<text class="axis-value" x="${LEFT + QW * 1.5}" y="44" text-anchor="middle">${esc(s.low)}</text>`);
  const midY = TOP + (rowH[0]! + rowH[1]!) / 2;
  parts.push(`<text class="axis-title" transform="translate(20 ${midY}) rotate(-90)" text-anchor="middle">${esc(s.importance)}</text>`);
  parts.push(`<text class="axis-value" x="${LEFT - 10}" y="${TOP + rowH[0]! / 2}" text-anchor="end">${esc(s.high)}</text>`);
  parts.push(`<text class="axis-value" x="${LEFT - 10}" y="${TOP + rowH[0]! + rowH[1]! / 2}" text-anchor="end">${esc(s.low)}</text>`);
  for (const c of CELLS) {
    const x = LEFT + c.col * QW, y = TOP + (c.row === 0 ? 0 : rowH[0]!), h = rowH[c.row]!;
    const key = c.q === "key";
    parts.push(
      `<g class="quadrant-group">` +
        `<rect class="quadrant${key ? " quadrant-key" : ""}" data-quadrant="${c.q}" x="${x + 2}" y="${y + 2}" width="${QW - 4}" height="${h - 4}" rx="6" fill="${key ? "#eef4fb" : "#f7f7f7"}" stroke="${key ? "#1f5fa8" : "#8a8a8a"}" stroke-width="${key ? 3 : 1.5}"/>` +
        `<text class="quadrant-name" x="${x + 14}" y="${y + 24}">${esc(quadrantName(c.q, s))}</text>` +
        wrap(quadrantHint(c.q, s), 50, 2)
          .map((line, k) => `<text class="quadrant-hint" x="${x + 14}" y="${y + 41 + k * 14}">${esc(line)}</text>`)
          .join("") +
        (() => {
          let ay = y + HEAD + 6;
          return inQ(c.q)
            .map((a) => {
              const lines = nameLines(a.name);
              const spans = lines.map((l, k) => `<tspan x="${x + 40}" dy="${k === 0 ? 0 : LINE}">${esc(l)}</tspan>`).join("");
              const out =
                `<g class="actor" data-actor="${esc(a.id)}" data-quadrant="${a.quadrant}" data-strategy="${a.strategy}">` +
                `<title>${esc(actorTitle(a, s))}</title>` +
                marker(a.strategy, x + 24, ay) +
                `<text class="actor-name" x="${x + 40}" y="${ay + 4.5}">${spans}</text></g>`;
              ay += actorHeight(a);
              return out;
            })
            .join("");
        })() +
        `</g>`,
    );
  }
  const desc = CELLS.map((c) => `${quadrantName(c.q, s)}: ${inQ(c.q).map((a) => a.name).join(", ") || s.none}.`).join(" ");
  return svgImage({
    id: `${d.anchor}-mx`,
    cls: "matrix",
    width,
    height,
    title: s.matrixAlt,
    desc: `${fill(s.matrixDesc, { n: actors.length, key: inQ("key").map((a) => a.name).join(", ") || s.none })} ${desc}`,
    body: parts.join(""),
  });
}

function legend(s: ReportStrings): string {
  return (
    `<div class="legend"><p class="legend-title">${esc(s.strategyLegend)}</p><ul>` +
    STRATEGIES.map(
      (st) => `<li><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${marker(st, 8, 8, 6)}</svg> ${esc(strategyWord(st, s))}</li>`,
    ).join("") +
    `</ul></div>`
  );
}

/** Actors the four cells cannot hold, listed beside the drawing with their values. */
function sideList(actors: ActorView[], quadrant: "between" | "unclassified", s: ReportStrings): string {
  if (actors.length === 0) return "";
  return (
    `<div class="unclassified"><p class="legend-title">${esc(quadrantName(quadrant, s))}</p><ul>` +
    actors
      .map(
        (a) =>
          `<li class="actor" data-actor="${esc(a.id)}" data-quadrant="${quadrant}" data-strategy="${a.strategy}" title="${esc(actorTitle(a, s))}">` +
          `<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${marker(a.strategy, 8, 8, 6)}</svg> ` +
          `${esc(a.name)} <span class="muted">(${esc(s.importance.toLowerCase())}: ${esc(a.importance ?? s.dash)}, ${esc(s.replaceability.toLowerCase())}: ${esc(a.replaceability ?? s.dash)}; ${esc(strategyWord(a.strategy, s))})</span></li>`,
      )
      .join("") +
    `</ul></div>`
  );
}

/** The matrix section's body: the drawing, the strategy legend, and the actors with middels or no values. */
export function matrixHtml(d: DossierView, lang: Lang): string {
  const s = texts(lang).report;
  if (d.actors === null) return `<p class="muted">${esc(s.notAvailable)}</p>`;
  if (d.actors.length === 0) return `<p class="muted">${esc(s.noStakeholders)}</p>`;
  const inCells = d.actors.filter((a) => a.quadrant !== "between" && a.quadrant !== "unclassified");
  const beside = (q: "between" | "unclassified") => sideList(d.actors!.filter((a) => a.quadrant === q), q, s);
  return (
    `<div class="matrix-wrap">${matrixSvg(d, inCells, s)}<div class="matrix-side">${legend(s)}` +
    `${beside("between")}${beside("unclassified")}</div></div>`
  );
}
