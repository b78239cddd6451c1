// Making untrusted dossier text safe to show: control characters become visible escapes in
// every format (terminal, HTML, Markdown, GitHub annotations), so nothing is interpreted.

// C0/C1 controls (except tab), DEL, and the Unicode bidi overrides that can reorder what is shown.
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/** Control characters as visible escapes (\x1b, \u202e); LF and CR kept when `keepLineBreaks`. */
export function escapeControls(text: string, keepLineBreaks = false): string {
  return text.replace(CONTROLS, (c) => (keepLineBreaks && (c === "\n" || c === "\r") ? c : visible(c)));
}

/** For one terminal line: line breaks are escaped too. */
export function escapeTerminal(text: string): string {
  return escapeControls(text);
}
