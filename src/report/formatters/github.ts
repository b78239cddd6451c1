// GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…,col=…,title=…::message`
// line per finding, which the runner turns into annotations on the pull request. Escaped as
// the runner unescapes: %, CR and LF everywhere; also : and , in properties.
import type { Severity } from "../../types.js";
import { streamed } from "../format-kit.js";
import type { Formatter, StreamFormatter } from "../format-types.js";
import { escapeControls } from "../text.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/**
 * Dossier text in a message: other control characters (ESC, bidi overrides, …) shown as
 * visible escapes, as in the terminal; CR and LF stay, for escapeData.
 */
function visible(s: string): string {
  return escapeControls(s, true);
}

/** A command's message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A command's property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** One line per finding, file by file. */
export const stream: StreamFormatter = {
  begin: () => "",
  file(file) {
    const path = file.path.replace(/\\/g, "/");
    let out = "";
    for (const f of file.findings) {
      const props = [
        // <stdin> is no file in the repository: the annotation is shown without one.
        ...(file.path === "<stdin>" ? [] : [`file=${escapeProperty(visible(path))}`, `line=${f.line}`, `col=${f.column}`]),
        `title=${escapeProperty(f.rule)}`,
      ];
      out += `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(visible(f.message))}\n`;
    }
    return out;
  },
  end: () => "",
};

const github: Formatter = streamed(stream);

export default github;
