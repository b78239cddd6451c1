// Helpers shared by the report's drawings: the accessible <svg> wrapper and text wrapping.
import { esc } from "./escape.js";

/** An <svg role="img"> with <title> and <desc> that name it for screen readers (its alt text). */
export function svgImage(opts: { id: string; cls: string; width: number; height: number; title: string; desc: string; body: string }): string {
  const { id, cls, width, height, title, desc, body } = opts;
  return (
    `<svg class="${cls}" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${esc(title)}</title><desc id="${id}-d">${esc(desc)}</desc>${body}</svg>`
  );
}

/** Greedy word wrap into at most `lines` lines of about `max` characters; the last line is clipped. */
export function wrap(text: string, max: number, lines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if ([...next].length <= max || !current) current = next;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current) out.push(current);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  const last = [...`${kept[lines - 1]} ${out.slice(lines).join(" ")}`];
  kept[lines - 1] = last.length > max ? last.slice(0, max - 1).join("") + "…" : last.join("");
  return kept;
}
