// The one place portvokter writes to stderr (the CLI, and a lint worker's --debug trace).
import { escapeLines, escapeTerminal } from "../report/text.js";

/**
 * Everything the CLI says on stderr goes through here. Messages echo file names, config text and
 * dossier text, and CI runners read stderr for commands too: each line gets control characters
 * and CI log commands (`::` at the start, `##[`, `##vso[`) escaped as in stylish output. Given
 * lines, each is one line (a line break inside is escaped); given text, its LFs stay.
 */
export function writeStderr(text: string | readonly string[]): void {
  try {
    process.stderr.write(typeof text === "string" ? escapeLines(text) : text.map((line) => escapeTerminal(line) + "\n").join(""));
  } catch {
    /* stderr on a full disk (a file as stderr throws synchronously): nowhere left to tell */
  }
}
