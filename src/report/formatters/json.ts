// The stable JSON contract (see README «JSON output»). Keys are written in a fixed order.
import { streamed } from "../format-kit.js";
import type { StreamFormatter } from "../format-types.js";
import type { FileResult, Finding } from "../../types.js";
import { jsonCiSafe } from "../text.js";

/** A finding as the JSON contract writes it (also used by `diff --format json`). */
export const findingJson = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  pointer: f.pointer,
  line: f.line,
  column: f.column,
  theme: f.theme,
  source: f.source,
});
const finding = findingJson;

/** The project as the dossier names it (null: not readable as a dossier); the gate checked is the file's `gate`. */
const project = (r: FileResult) =>
  r.project
    ? { id: r.project.id ?? null, name: r.project.name ?? null, phase: r.project.phase ?? null, next_gate: r.project.next_gate ?? null }
    : null;

/**
 * JSON.stringify(value, null, 2), as it would appear nested `depth` levels deep; CI log commands
 * in strings (`##vso[`, `##[`) written with \u escapes, which parse to the same text.
 */
const nested = (value: unknown, depth: number) => jsonCiSafe(JSON.stringify(value, null, 2)).replace(/\n/g, "\n" + "  ".repeat(depth));

const FINDINGS = "@portvokter-findings@";
const SUPPRESSED = "@portvokter-suppressed@";

/** The items of a list nested 3 levels deep, one piece each. */
function* list<T>(items: readonly T[], item: (x: T) => unknown): Generator<string> {
  if (items.length === 0) return yield "[]";
  for (let i = 0; i < items.length; i++) yield (i === 0 ? "[\n        " : ",\n        ") + nested(item(items[i]!), 4);
  yield "\n      ]";
}

// Written piece by piece (a finding at a time), byte for byte what jsonCiSafe(JSON.stringify(whole, null, 2)) gives.
export const stream: StreamFormatter = {
  begin: (ctx) =>
    `{\n  "tool": ${nested({ name: ctx.tool.name, version: ctx.tool.version }, 1)},\n  "config": ${nested(ctx.config ?? null, 1)},\n  "files": [`,
  *file(r, index) {
    const text =
      (index === 0 ? "\n    " : ",\n    ") + nested({ path: r.path, gate: r.gate, status: r.status, project: project(r), findings: FINDINGS, suppressed: SUPPRESSED }, 2);
    const a = text.lastIndexOf(`"findings": "${FINDINGS}"`) + `"findings": `.length;
    const b = text.lastIndexOf(`"suppressed": "${SUPPRESSED}"`) + `"suppressed": `.length;
    yield text.slice(0, a);
    yield* list(r.findings, finding);
    yield text.slice(a + FINDINGS.length + 2, b);
    yield* list(r.suppressed, (f) => ({ ...finding(f), reason: f.reason }));
    // Only a run with a baseline has the key: output without one stays as it was.
    if (r.baselined === undefined) return yield text.slice(b + SUPPRESSED.length + 2);
    yield `,\n      "baselined": `;
    yield* list(r.baselined, finding);
    yield text.slice(b + SUPPRESSED.length + 2);
  },
  end: (s) =>
    `${s.files === 0 ? "]" : "\n  ]"},\n  "summary": ${nested({ files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos, fatal: s.fatal, ...(s.baseline ? { baselined: s.baselined } : {}) }, 1)}\n}\n`,
};

export default streamed(stream);
