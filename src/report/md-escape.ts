// Making untrusted dossier text inert in Markdown (GitHub, GitLab, wikis): one line, no markup.
import { escapeControls } from "./text.js";

// What GitHub turns into links or notifications even in plain text: @mentions (and e-mail
// addresses), and bare URLs (extended autolinks: scheme: and www.). A zero-width space after
// the @, the scheme or www breaks each; it is invisible when rendered.
const AUTOLINKS = /@|(?:https?|ftp|mailto|xmpp)(?=:)|www(?=\.)/gi;

/**
 * Text for a table cell, list item or heading: whitespace runs (newlines too) become one space,
 * control characters visible escapes, `&` `<` `>` entities, every character Markdown could
 * read as markup here (\ ` * _ [ ] | # ~, and $ for math) is backslash-escaped, and mentions and
 * bare URLs are broken (see AUTOLINKS). The text never starts a line, so list and heading
 * markers need no escape.
 */
export function md(value: unknown): string {
  return escapeControls(String(value ?? "").replace(/\s+/g, " ").trim())
    .replace(/[\\`*_[\]|#~$]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(AUTOLINKS, "$&&#8203;");
}
