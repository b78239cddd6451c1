// Making untrusted dossier text inert in HTML (and in SVG inside HTML): every string that comes
// from a dossier, a path or a message goes through `esc` before it is written into the page.
import { escapeControls } from "../text.js";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text and attribute values: markup characters become entities, control characters visible escapes. */
export function esc(value: unknown): string {
  return escapeControls(String(value ?? ""), true).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Shorten for a drawing label; the full text goes into a <title>. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join("") + "…";
}
