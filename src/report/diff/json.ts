// `portvokter diff --format json`: the two sides and the three groups; findings carry the keys
// of the check JSON contract, a persisting one also what it was `before`.
import type { DiffReport, DiffSideFacts } from "../../diff/compare.js";
import type { Finding } from "../../types.js";
import { jsonCiSafe } from "../text.js";

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

const sideJson = (s: DiffSideFacts) => ({
  label: s.label,
  gate: s.gate,
  status: s.status,
  project: s.project
    ? { id: s.project.id ?? null, name: s.project.name ?? null, phase: s.project.phase ?? null, next_gate: s.project.next_gate ?? null }
    : null,
});

export function diffJson(d: DiffReport, tool: { name: string; version: string }): string {
  const value = {
    tool: { name: tool.name, version: tool.version },
    before: sideJson(d.before),
    after: sideJson(d.after),
    summary: { resolved: d.resolved.length, new: d.added.length, persisting: d.persisting.length },
    resolved: d.resolved.map(finding),
    new: d.added.map(finding),
    persisting: d.persisting.map(({ now, before }) => ({
      ...finding(now),
      before: { severity: before.severity, message: before.message, line: before.line, column: before.column },
    })),
  };
  return jsonCiSafe(JSON.stringify(value, null, 2)) + "\n";
}
