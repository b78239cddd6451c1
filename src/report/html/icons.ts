// Symbols that carry meaning besides colour: a shape per severity and per verdict.
import type { Severity } from "../../types.js";
import type { Verdict } from "../themes.js";

/** Colours with at least 4.5:1 contrast against white (and white text on them). */
export const COLOR = {
  error: "#b3261e",
  warning: "#8a5300",
  info: "#1f5fa8",
  ready: "#1e6b34",
  unknown: "#5c5c5c",
} as const;

const n = (x: number) => String(Math.round(x * 100) / 100);

function octagon(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 8; i++) {
    const a = Math.PI / 8 + (i * Math.PI) / 4;
    pts.push(`${n(cx + r * Math.cos(a))},${n(cy + r * Math.sin(a))}`);
  }
  return pts.join(" ");
}

/** A verdict or severity glyph centred at (cx, cy) with radius r, as SVG elements. */
export function glyph(kind: Verdict | Severity, cx: number, cy: number, r: number): string {
  const w = n(Math.max(1.5, r / 4));
  switch (kind) {
    case "ready":
      return (
        `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${COLOR.ready}"/>` +
        `<path d="M${n(cx - r * 0.5)} ${n(cy)} L${n(cx - r * 0.12)} ${n(cy + r * 0.4)} L${n(cx + r * 0.52)} ${n(cy - r * 0.38)}" fill="none" stroke="#fff" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`
      );
    case "gaps":
    case "warning":
      return (
        `<path d="M${n(cx)} ${n(cy - r)} L${n(cx + r * 1.05)} ${n(cy + r * 0.85)} L${n(cx - r * 1.05)} ${n(cy + r * 0.85)} Z" fill="${COLOR.warning}"/>` +
        `<path d="M${n(cx)} ${n(cy - r * 0.42)} V${n(cy + r * 0.22)}" stroke="#fff" stroke-width="${w}" stroke-linecap="round"/>` +
        `<circle cx="${n(cx)}" cy="${n(cy + r * 0.55)}" r="${n(r * 0.11)}" fill="#fff"/>`
      );
    case "not-ready":
    case "error":
      return (
        `<polygon points="${octagon(cx, cy, r)}" fill="${COLOR.error}"/>` +
        `<path d="M${n(cx - r * 0.4)} ${n(cy - r * 0.4)} L${n(cx + r * 0.4)} ${n(cy + r * 0.4)} M${n(cx + r * 0.4)} ${n(cy - r * 0.4)} L${n(cx - r * 0.4)} ${n(cy + r * 0.4)}" stroke="#fff" stroke-width="${w}" stroke-linecap="round"/>`
      );
    case "info":
      return (
        `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${COLOR.info}"/>` +
        `<circle cx="${n(cx)}" cy="${n(cy - r * 0.45)}" r="${n(r * 0.12)}" fill="#fff"/>` +
        `<path d="M${n(cx)} ${n(cy - r * 0.1)} V${n(cy + r * 0.5)}" stroke="#fff" stroke-width="${w}" stroke-linecap="round"/>`
      );
    case "unknown":
      return (
        `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.9)}" fill="#fff" stroke="${COLOR.unknown}" stroke-width="${w}" stroke-dasharray="${n(r / 3)} ${n(r / 4)}"/>` +
        `<path d="M${n(cx - r * 0.4)} ${n(cy)} H${n(cx + r * 0.4)}" stroke="${COLOR.unknown}" stroke-width="${w}" stroke-linecap="round"/>`
      );
  }
}

const KINDS: ReadonlyArray<Verdict | Severity> = ["ready", "gaps", "not-ready", "unknown", "error", "warning", "info"];

/**
 * Every icon drawn once, at the top of the page, for `icon()` to refer to: drawn inline, the
 * icon was a third of each finding's bytes.
 */
export function iconSymbols(): string {
  const symbols = KINDS.map((k) => `<symbol id="i-${k}" viewBox="0 0 16 16">${glyph(k, 8, 8, 7)}</symbol>`).join("");
  return `<svg class="symbols" aria-hidden="true" focusable="false">${symbols}</svg>`;
}

/** A small icon for running text; decorative (the word next to it carries the meaning). */
export function icon(kind: Verdict | Severity): string {
  return `<svg class="icon" width="16" height="16" aria-hidden="true" focusable="false"><use href="#i-${kind}"/></svg>`;
}
