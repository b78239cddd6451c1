// Making untrusted dossier text inert in HTML (and in SVG inside HTML): every string that comes
// from a dossier, a path or a message goes through `esc` before it is written into the page.

// C0/C1 controls (except tab, LF, CR), DEL and the bidi overrides that can reorder what is shown.
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text and attribute values: markup characters become entities, control characters visible escapes. */
export function esc(value: unknown): string {
  return String(value ?? "")
    .replace(UNSAFE, (c) => {
      const code = c.charCodeAt(0);
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    })
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Shorten for a drawing label; the full text goes into a <title>. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join("") + "…";
}
