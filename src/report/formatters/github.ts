// GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…,col=…,title=…::message`
// line per finding, which the runner turns into annotations on the pull request. Escaped as
// the runner unescapes: %, CR and LF everywhere; also : and , in properties.
//
// GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, and 50 per job
// (actions/toolkit docs/problem-matchers.md, "Limitations"); the rest are dropped without a word.
// So the first findings of each kind, up to those limits, are annotations; the others are plain
// log lines, and one notice at the end says how many were not annotated. A summary line ends
// the output.
import type { Severity } from "../../types.js";
import { totalOf } from "../counts.js";
import { streamed } from "../format-kit.js";
import type { FormatContext, StreamFormatter } from "../format-types.js";
import { escapeControls, escapeTerminal } from "../text.js";
import { fill, plural, texts } from "../../i18n/index.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

/** Annotations GitHub shows per step, by kind. */
export const STEP_LIMIT = 10;
/** Annotations GitHub shows per job (every step together). */
export const JOB_LIMIT = 50;
/**
 * Per-finding annotations portvokter emits at most, by kind: the step's limit, one notice kept
 * back for the closing "not annotated" notice. 10 + 10 + 9 + 1 = 30 stays under the job's 50,
 * leaving room for other steps.
 */
export const ANNOTATION_LIMIT: Record<Severity, number> = { error: STEP_LIMIT, warning: STEP_LIMIT, info: STEP_LIMIT - 1 };

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

/** What one run has annotated so far, by severity, and how many it has not. */
interface Tally {
  annotated: Record<Severity, number>;
  notAnnotated: number;
}

// One tally per run: a run's context is one object from begin to end.
const tallies = new WeakMap<FormatContext, Tally>();

function tallyOf(ctx: FormatContext): Tally {
  let t = tallies.get(ctx);
  if (!t) tallies.set(ctx, (t = { annotated: { error: 0, warning: 0, info: 0 }, notAnnotated: 0 }));
  return t;
}

/** Annotations up to the per-step limits, the rest as plain log lines, file by file. */
export const stream: StreamFormatter = {
  begin(ctx) {
    tallies.delete(ctx);
    tallyOf(ctx);
    return "";
  },
  file(file, _index, ctx) {
    const tally = tallyOf(ctx);
    const words = texts(ctx.lang).severity;
    const path = file.path.replace(/\\/g, "/");
    let out = "";
    for (const f of file.findings) {
      if (tally.annotated[f.severity] < ANNOTATION_LIMIT[f.severity]) {
        tally.annotated[f.severity]++;
        const props = [
          // <stdin> is no file in the repository: the annotation is shown without one.
          ...(file.path === "<stdin>" ? [] : [`file=${escapeProperty(visible(path))}`, `line=${f.line}`, `col=${f.column}`]),
          `title=${escapeProperty(f.rule)}`,
        ];
        out += `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(visible(f.message))}\n`;
      } else {
        // A plain log line, escaped as in the terminal: it can start no command.
        tally.notAnnotated++;
        out += `${escapeTerminal(`${path}:${f.line}:${f.column}: ${words[f.severity]}: ${f.message} (${f.rule})`)}\n`;
      }
    }
    return out;
  },
  end(s, ctx) {
    const tally = tallyOf(ctx);
    tallies.delete(ctx);
    const w = texts(ctx.lang);
    const G = w.format.github;
    let out = "";
    if (tally.notAnnotated > 0) {
      out += `::notice title=portvokter::${escapeData(fill(G.notAnnotated, { n: tally.notAnnotated, step: STEP_LIMIT, job: JOB_LIMIT }))}\n`;
    }
    const total = totalOf(s);
    const files = plural(w.count.file, s.files);
    const parts = [plural(w.count.error, s.errors), plural(w.count.warning, s.warnings), plural(w.count.info, s.infos)].join(", ");
    const annotated = tally.annotated.error + tally.annotated.warning + tally.annotated.info;
    out += total === 0 ? fill(G.clean, { files }) + "\n" : fill(G.summary, { problems: plural(w.count.problem, total), parts, files, annotated }) + "\n";
    // Baselined findings are not annotated (they are not this change's to fix), but counted.
    if (s.baselined > 0) out += fill(G.baselined, { n: s.baselined }) + "\n";
    return out;
  },
};

const github = streamed(stream);

export default github;
