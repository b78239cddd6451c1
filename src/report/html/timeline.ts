// The benefits timeline: each benefit with a realisation date on a time axis, its marker's
// shape and colour telling whether the benefit owner sits in the line (in_line: true) or not.
import type { Lang } from "../../types.js";
import { fill, texts, type ReportStrings } from "../../i18n/index.js";
import { datedBenefits, type BenefitView, type DossierView } from "../model.js";
import { clip, esc } from "./escape.js";
import { COLOR } from "./icons.js";
import { svgImage } from "./svg.js";

/** Dated benefits drawn on the time axis at most (labels stack; thousands would make a picture no one can read). */
export const MAX_DRAWN = 200;

const WIDTH = 940, MARGIN = 36, LEVEL = 24, TOP = 20, BOTTOM = 46, CHAR = 7.2;

type Owner = "true" | "false" | "unknown";
const ownerKind = (b: BenefitView): Owner => (b.inLine === null ? "unknown" : b.inLine ? "true" : "false");

export function benefitMarker(kind: Owner, x: number, y: number, r = 7): string {
  if (kind === "true") return `<circle class="benefit-dot" cx="${x}" cy="${y}" r="${r}" fill="${COLOR.ready}"/>`;
  if (kind === "false") return `<path class="benefit-dot" d="M${x} ${y - r * 1.1} L${x + r * 1.1} ${y + r * 0.9} L${x - r * 1.1} ${y + r * 0.9} Z" fill="${COLOR.error}"/>`;
  return `<rect class="benefit-dot" x="${x - r * 0.8}" y="${y - r * 0.8}" width="${r * 1.6}" height="${r * 1.6}" fill="#fff" stroke="${COLOR.unknown}" stroke-width="2.5"/>`;
}

function ownerWord(kind: Owner, s: ReportStrings): string {
  return kind === "true" ? s.inLine : kind === "false" ? s.notInLine : s.ownerUnknown;
}

const time = (date: string) => Date.parse(date + "T00:00:00Z");

function benefitTitle(b: BenefitView, s: ReportStrings): string {
  const owner = b.ownerName ? `${b.ownerName}${b.ownerOrganisation ? ` (${b.ownerOrganisation})` : ""}` : s.dash;
  return `${b.id}: ${b.description ?? s.dash}. ${s.colOwner}: ${owner}, ${ownerWord(ownerKind(b), s)}. ${s.colDate}: ${b.date ?? s.dash}.`;
}

function timelineSvg(d: DossierView, dated: BenefitView[], today: string, s: ReportStrings): string {
  // A loop, not Math.min(...times): spreading thousands of arguments overflows the stack.
  let min = time(today), max = min;
  for (const b of dated) {
    const t = time(b.date!);
    if (t < min) min = t;
    if (t > max) max = t;
  }
  const t0 = Date.UTC(new Date(min).getUTCFullYear(), 0, 1);
  const t1 = Date.UTC(new Date(max).getUTCFullYear() + 1, 0, 1);
  const xOf = (t: number) => MARGIN + ((t - t0) / (t1 - t0)) * (WIDTH - 2 * MARGIN);

  // Labels on stacked levels so that none overlaps another.
  const levelEnds: number[] = [];
  const placed = dated.map((b) => {
    const x = xOf(time(b.date!));
    const label = `${clip(b.id, 24)} · ${b.date}`;
    const w = label.length * CHAR + 14;
    const rightward = x + w < WIDTH - 4;
    const span: [number, number] = rightward ? [x - 9, x + w] : [x - w, x + 9];
    let level = levelEnds.findIndex((end) => end < span[0]);
    if (level < 0) level = levelEnds.length;
    levelEnds[level] = span[1];
    return { b, x, label, rightward, level };
  });
  const levels = Math.max(1, levelEnds.length);
  const axisY = TOP + levels * LEVEL + 10;
  const height = axisY + BOTTOM;
  const parts: string[] = [];
  parts.push(`<line class="axis" x1="${MARGIN}" y1="${axisY}" x2="${WIDTH - MARGIN}" y2="${axisY}" stroke="#333" stroke-width="1.5"/>`);
  for (let y = new Date(t0).getUTCFullYear(); y <= new Date(t1).getUTCFullYear(); y++) {
    const x = xOf(Date.UTC(y, 0, 1));
    parts.push(`<line x1="${x}" y1="${axisY - 5}" x2="${x}" y2="${axisY + 5}" stroke="#333"/>`);
    if (y < new Date(t1).getUTCFullYear()) {
      parts.push(`<text class="year" x="${xOf(Date.UTC(y, 6, 1))}" y="${axisY + 22}" text-anchor="middle">${y}</text>`);
    }
  }
  const tx = xOf(time(today));
  parts.push(
    `<g class="today"><line x1="${tx}" y1="${TOP - 8}" x2="${tx}" y2="${axisY + 8}" stroke="#5c5c5c" stroke-dasharray="4 3"/>` +
      `<text class="today-label" x="${tx}" y="${axisY + 38}" text-anchor="middle">${esc(s.today)} ${esc(today)}</text></g>`,
  );
  for (const p of placed) {
    const y = axisY - 10 - p.level * LEVEL - LEVEL / 2;
    const kind = ownerKind(p.b);
    parts.push(
      `<g class="benefit" data-benefit="${esc(p.b.id)}" data-in-line="${kind}" data-date="${p.b.date}">` +
        `<title>${esc(benefitTitle(p.b, s))}</title>` +
        `<line x1="${p.x}" y1="${y}" x2="${p.x}" y2="${axisY}" stroke="#8a8a8a"/>` +
        benefitMarker(kind, p.x, y) +
        `<text class="benefit-label" x="${p.rightward ? p.x + 12 : p.x - 12}" y="${y + 4.5}" text-anchor="${p.rightward ? "start" : "end"}">${esc(p.label)}</text></g>`,
    );
  }
  return svgImage({
    id: `${d.anchor}-tl`,
    cls: "timeline",
    width: WIDTH,
    height,
    title: s.timelineAlt,
    desc: fill(s.timelineDesc, { n: dated.length, list: dated.map((b) => `${b.id} ${b.date} (${ownerWord(ownerKind(b), s)})`).join("; ") }),
    body: parts.join(""),
  });
}

function legend(s: ReportStrings): string {
  const item = (k: Owner) =>
    `<li><svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${benefitMarker(k, 8, 8, 6)}</svg> ${esc(ownerWord(k, s))}</li>`;
  return `<div class="legend"><ul class="legend-row">${item("true")}${item("false")}${item("unknown")}</ul></div>`;
}

export function timelineHtml(d: DossierView, today: string, lang: Lang): string {
  const s = texts(lang).report;
  if (d.benefits === null) return `<p class="muted">${esc(s.notAvailable)}</p>`;
  if (d.benefits.length === 0) return `<p class="muted">${esc(s.noBenefits)}</p>`;
  const dated = datedBenefits(d.benefits);
  const undated = d.benefits.filter((b) => b.date === null);
  // The drawing shows the earliest MAX_DRAWN; every benefit stays in the table below it.
  const drawn = dated.length > MAX_DRAWN ? dated.slice(0, MAX_DRAWN) : dated;
  const capped = drawn.length < dated.length ? `<p class="muted timeline-capped">${esc(fill(s.timelineCapped, { shown: drawn.length, total: dated.length }))}</p>` : "";
  return (
    (dated.length ? timelineSvg(d, drawn, today, s) + legend(s) + capped : "") +
    (undated.length
      ? `<p class="legend-title">${esc(s.undated)}</p><ul class="undated">` +
        undated.map((b) => `<li data-benefit="${esc(b.id)}">${esc(b.id)}: ${esc(b.description ?? s.dash)}</li>`).join("") +
        `</ul>`
      : "")
  );
}
