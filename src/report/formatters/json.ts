// The stable JSON contract (see README «JSON output»). Keys are written in a fixed order.
import type { Formatter } from "../formatter.js";
import { summarize } from "../formatter.js";
import type { Finding } from "../../types.js";

const finding = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  pointer: f.pointer,
  line: f.line,
  column: f.column,
  theme: f.theme,
  source: f.source,
});

const json: Formatter = (results, ctx) => {
  const s = summarize(results);
  return (
    JSON.stringify(
      {
        tool: { name: ctx.tool.name, version: ctx.tool.version },
        files: results.map((r) => ({
          path: r.path,
          gate: r.gate,
          status: r.status,
          findings: r.findings.map(finding),
          suppressed: r.suppressed.map((f) => ({ ...finding(f), reason: f.reason })),
        })),
        summary: { files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos, fatal: s.fatal },
      },
      null,
      2,
    ) + "\n"
  );
};

export default json;
