// The report's themes: the ten readiness themes (Digitaliseringsrådet's six, then four of the
// thesis) and the groups shown apart from the verdicts. One mapping for every report format.
import type { Finding, FindingTheme } from "../types.js";

export const REPORT_THEMES = [
  { key: "governance", number: 1, themes: ["governance", "closure"] },
  { key: "needs", number: 2, themes: ["needs"] },
  { key: "uncertainty", number: 3, themes: ["uncertainty"] },
  { key: "benefits", number: 4, themes: ["benefits"] },
  { key: "procurement", number: 5, themes: ["procurement"] },
  { key: "it-policy", number: 6, themes: ["architecture", "security"] },
  { key: "stakeholders", number: 7, themes: ["stakeholders"] },
  { key: "municipal", number: 8, themes: ["municipal"] },
  { key: "instruments", number: 9, themes: ["instruments"] },
  { key: "change", number: 10, themes: ["change"] },
] as const satisfies ReadonlyArray<{ key: string; number: number; themes: readonly FindingTheme[] }>;

/** Shown apart from the verdicts: the rådsmøte process, the file itself, input and schema problems. */
export const APART_GROUPS = [
  { key: "council", themes: ["council"] },
  { key: "dossier", themes: ["dossier"] },
  { key: "input", themes: ["yaml", "io", "schema"] },
] as const satisfies ReadonlyArray<{ key: string; themes: readonly FindingTheme[] }>;

export type ReportThemeKey = (typeof REPORT_THEMES)[number]["key"];
export type ApartKey = (typeof APART_GROUPS)[number]["key"];
export type GroupKey = ReportThemeKey | ApartKey;

/** The report group a finding belongs to (anything unknown, e.g. internal errors, is "dossier"). */
export function groupOf(theme: FindingTheme | string): GroupKey {
  for (const t of REPORT_THEMES) if ((t.themes as readonly string[]).includes(theme)) return t.key;
  for (const g of APART_GROUPS) if ((g.themes as readonly string[]).includes(theme)) return g.key;
  return "dossier";
}

/** ready: no error or warning; gaps: warnings; not-ready: errors; unknown: rules did not run. */
export type Verdict = "ready" | "gaps" | "not-ready" | "unknown";

export function verdictOf(findings: readonly Pick<Finding, "severity">[]): Exclude<Verdict, "unknown"> {
  if (findings.some((f) => f.severity === "error")) return "not-ready";
  if (findings.some((f) => f.severity === "warning")) return "gaps";
  return "ready";
}
