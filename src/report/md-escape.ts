// Making untrusted dossier text inert in Markdown (GitHub, GitLab, wikis): one line, no markup.
import { escapeControls } from "./text.js";

/**
 * Text for a table cell, list item or heading: whitespace runs (newlines too) become one space,
 * control characters visible escapes, `&` `<` `>` entities, and every character Markdown could
 * read as markup here (\ ` * _ [ ] | # ~) is backslash-escaped. The text never starts a line,
 * so list and heading markers need no escape.
 */
export function md(value: unknown): string {
  return escapeControls(String(value ?? "").replace(/\s+/g, " ").trim())
    .replace(/[\\`*_[\]|#~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
