// Making untrusted dossier text inert in Markdown (GitHub, GitLab, wikis): one line, no markup.

const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a table cell, list item or heading: whitespace runs (newlines too) become one space,
 * control characters visible escapes, `&` `<` `>` entities, and every character Markdown could
 * read as markup here (\ ` * _ [ ] | # ~) is backslash-escaped. The text never starts a line,
 * so list and heading markers need no escape.
 */
export function md(value: unknown): string {
  return String(value ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(UNSAFE, (c) => {
      const code = c.charCodeAt(0);
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    })
    .replace(/[\\`*_[\]|#~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
