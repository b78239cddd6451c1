// Making untrusted dossier text safe to show: control characters become visible escapes in
// every format (terminal, HTML, Markdown, GitHub annotations), so nothing is interpreted, and
// CI log commands are broken so that no runner acts on them.

// C0/C1 controls (except tab), DEL, and the Unicode bidi overrides that can reorder what is shown.
const CONTROLS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// CI log commands, as the runners detect them in each line they read (a line ends at LF or CR):
// GitHub's runner takes a line that starts with `::` after leading whitespace (TrimStart) as a
// workflow command, and still parses the older `##[command]` anywhere in a line; Azure's agent
// takes `##vso[` anywhere in a line, and its log viewer renders `##[error]`, `##[group]`, ….
// The first character of each token is written escaped, so the token is gone but readable.
const CI_ANYWHERE = /#(?=#(?:vso)?\[)/gi;
const CI_LINE_START = /(^|[\r\n])([^\S\r\n]*):(?=:)/g;

/** `\x1b`, `\u202e`: a character as a visible escape. */
export function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * Breaks every CI log command in `text` (`##[`, `##vso[` anywhere; `::` at the start of a
 * line) by writing its first character with `encode`: a visible escape for people, `\u0023`
 * in JSON or `&#35;` in XML, so that a parser still reads the original text.
 */
export function breakCiCommands(text: string, encode: (c: string) => string = visible): string {
  return text.replace(CI_ANYWHERE, encode).replace(CI_LINE_START, (_, start: string, space: string) => start + space + encode(":"));
}

/** For JSON text (after JSON.stringify): the same characters as \u escapes; the parsed value is unchanged. */
export function jsonCiSafe(json: string): string {
  return breakCiCommands(json, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Control characters as visible escapes (\x1b, \u202e), and CI log commands broken; LF and CR
 * kept when `keepLineBreaks`.
 */
export function escapeControls(text: string, keepLineBreaks = false): string {
  return breakCiCommands(text.replace(CONTROLS, (c) => (keepLineBreaks && (c === "\n" || c === "\r") ? c : visible(c))));
}

/** For one terminal line: line breaks are escaped too. */
export function escapeTerminal(text: string): string {
  return escapeControls(text);
}

/** For stderr: each line as escapeTerminal does it; the message's own line breaks (LF) stay. */
export function escapeLines(text: string): string {
  return text.split("\n").map(escapeTerminal).join("\n");
}
