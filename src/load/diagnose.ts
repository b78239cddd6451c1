// Why a text is not valid YAML, in terms a user can act on: the usual causes in dossiers written
// by hand or pasted from Word and e-mail (a non-breaking space, a tab, an unquoted colon, a text
// that is no mapping at all), each with its position. The yaml library's own message is the last
// resort, translated where it is one of the common ones.
import type { HintKey } from "../i18n/index.js";

export interface Diagnosis {
  /** The hint text to show (src/i18n, group `hints`). */
  key: HintKey;
  /** Where to send the user (character offset). */
  offset: number;
  /** Placeholders for the hint: the fixed line, the library's detail. */
  data: Record<string, string>;
}

/** The yaml library's common error codes, with the hint that says the same in the user's language. */
const CODE_HINTS: Record<string, HintKey> = {
  BAD_INDENT: "badIndent",
  MISSING_CHAR: "missingChar",
  BLOCK_AS_IMPLICIT_KEY: "blockAsImplicitKey",
  MULTILINE_IMPLICIT_KEY: "multilineImplicitKey",
  UNEXPECTED_TOKEN: "unexpectedToken",
  BAD_SCALAR_START: "badScalarStart",
  MISSING_CLOSING_QUOTE: "missingQuote",
  MISSING_FLOW_END: "missingFlowEnd",
};

/** A non-breaking space where YAML needs a space: in the indentation, after `:` or after `- `. */
const NBSP_STRUCTURAL = /(^[ \t\u00a0]*\u00a0)|(^[ \t]*-\u00a0)|(:\u00a0)/m;

/** A line `key: value: more` (or `- key: …`) whose plain value holds `: `: it needs quotes. */
const COLON_IN_VALUE = /^(\s*(?:-\s+)?)([^\s#'"{[][^:#]*?):[ \t]+([^'"{[|>&*!#\s][^#]*?:(?:[ \t][^#]*)?)\s*$/;

export function diagnose(src: string, code: string, offset: number, detail: string): Diagnosis {
  const nbsp = NBSP_STRUCTURAL.exec(src);
  if (nbsp) {
    const at = nbsp.index + nbsp[0].lastIndexOf("\u00a0");
    return { key: "nbsp", offset: at, data: {} };
  }
  if (code === "TAB_AS_INDENT") return { key: "tab", offset, data: {} };
  if (looksLikeProse(src)) return { key: "prose", offset: firstContent(src), data: {} };
  // An unquoted `: ` in a value: on the error's line or the line before it.
  const start = src.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
  const prevStart = start > 0 ? src.lastIndexOf("\n", start - 2) + 1 : start;
  for (const lineStart of [start, prevStart]) {
    const end = src.indexOf("\n", lineStart);
    const line = src.slice(lineStart, end === -1 ? undefined : end).replace(/\r$/, "");
    const m = COLON_IN_VALUE.exec(line);
    if (m) {
      const value = m[3]!.replace(/"/g, '\\"');
      return { key: "quote", offset: lineStart + m[1]!.length, data: { fixed: `${m[1]}${m[2]}: "${value}"`.trim() } };
    }
  }
  const key = CODE_HINTS[code];
  if (key) return { key, offset, data: { detail } };
  return { key: "other", offset, data: { detail } };
}

/** Offset of the first line that is neither blank nor a comment. */
function firstContent(src: string): number {
  const m = /^[ \t]*[^\s#]/m.exec(src);
  return m ? m.index + m[0].length - 1 : 0;
}

/**
 * A text that is no YAML mapping: its first content line is neither `key:`, `- `, `---`, a
 * directive nor a flow collection, and a later line is not indented like YAML (prose, a letter).
 */
export function looksLikeProse(src: string): boolean {
  const lines = src.split("\n").filter((l) => l.trim() !== "" && !/^\s*#/.test(l));
  const first = lines[0];
  if (first === undefined) return false;
  if (/^\s*([-?]\s|---|%|[{["'|>]|[^\s:]+:(\s|$))/.test(first)) return false;
  // A key with spaces is possible YAML, but a sentence ending in a period or comma is not a key.
  if (/^[^:]{1,40}:(\s|$)/.test(first) && !/[.,!?]\s/.test(first.split(":")[0]!)) return false;
  return true;
}
