// Making untrusted dossier text safe to show in a terminal.

// C0/C1 controls (except tab), DEL, and the Unicode bidi overrides that can reorder what is shown.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters shown as visible escapes (\x1b, \u202e) so that nothing is interpreted. */
export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
