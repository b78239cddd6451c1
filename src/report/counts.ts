// The one place findings are counted by severity: run summaries (stylish, JSON, Outputs) and the
// report's per-dossier and per-theme counts.
import type { FileResult, Finding } from "../types.js";

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

/** Adds each finding to the count of its severity. */
export function addSeverities(c: Counts, findings: readonly Pick<Finding, "severity">[]): void {
  for (const f of findings) {
    if (f.severity === "error") c.errors++;
    else if (f.severity === "warning") c.warnings++;
    else c.infos++;
  }
}

/** The findings counted by severity. */
export function countOf(findings: readonly Pick<Finding, "severity">[]): Counts {
  const c = { errors: 0, warnings: 0, infos: 0 };
  addSeverities(c, findings);
  return c;
}

/** Counts for a run's summary. */
export interface Summary extends Counts {
  files: number;
  fatal: number;
  suppressed: number;
  /** Findings the baseline holds (0 when the run had none). */
  baselined: number;
  /** Whether the run had a baseline (a suppressions file) at all. */
  baseline: boolean;
}

/** Counts for summaries: fatal files count once as fatal, their findings as errors. */
export function summarize(results: readonly FileResult[]): Summary {
  const s = { files: 0, errors: 0, warnings: 0, infos: 0, fatal: 0, suppressed: 0, baselined: 0, baseline: false };
  for (const r of results) count(s, r);
  return s;
}

/** Adds one file's counts to a running summary. */
export function count(s: Summary, r: FileResult): void {
  s.files++;
  if (r.status === "fatal") s.fatal++;
  s.suppressed += r.suppressed.length;
  s.baselined += r.baselined?.length ?? 0;
  if (r.baselined !== undefined) s.baseline = true;
  addSeverities(s, r.findings);
}

/** All findings, whatever their severity. */
export const totalOf = (c: Counts): number => c.errors + c.warnings + c.infos;
