// Words the HTML and Markdown reports share: a dossier's status, a severity, a stakeholder's
// strategy and quadrant, and "3 feil · 2 advarsler" counts. All from the i18n catalogue.
import { fill, plural, texts, type ReportStrings } from "../i18n/index.js";
import type { Lang, Revision, Severity } from "../types.js";
import type { Counts } from "./counts.js";
import type { DossierView, GroupView, Quadrant, Strategy } from "./model.js";

export function statusWord(status: DossierView["status"], s: ReportStrings): string {
  return status === "checked" ? s.statusChecked : status === "invalid" ? s.statusInvalid : s.statusFatal;
}

export function severityWord(sev: Severity, lang: Lang): string {
  return texts(lang).severity[sev];
}

export function strategyWord(st: Strategy, s: ReportStrings): string {
  return { samarbeid: s.stSamarbeid, fasilitering: s.stFasilitering, unngå: s.stUnnga, "gå-alene": s.stGaAlene, ukjent: s.stUkjent }[st];
}

export function quadrantName(q: Quadrant, s: ReportStrings): string {
  return { key: s.qKey, important: s.qImportant, "hard-to-replace": s.qHard, peripheral: s.qPeripheral, between: s.between, unclassified: s.unclassified }[q];
}

/** Which version of the dossier was read: "som i commit 1a2b3c4d5e (2026-11-30)", or how it differs. */
export function revisionWords(r: Revision, s: ReportStrings): string {
  const key = { "in-commit": s.revInCommit, changed: s.revChanged, untracked: s.revUntracked, none: s.revNone }[r.state];
  return fill(key, { commit: r.commit ?? "", date: r.date ?? "", content: r.content });
}

/** A theme's verdict as a word: "ikke vurdert ved BP1" where no rule of the theme applies at the gate. */
export function themeVerdictWord(g: GroupView, gate: string | null, s: ReportStrings): string {
  return !g.applicable && gate ? fill(s.notAssessedAt, { gate }) : s.verdict[g.verdict];
}

/** "3 feil · 2 advarsler · 1 info", only the non-zero parts. */
export function countParts(c: Counts, lang: Lang): string[] {
  const n = texts(lang).count;
  const parts: string[] = [];
  if (c.errors) parts.push(plural(n.error, c.errors));
  if (c.warnings) parts.push(plural(n.warning, c.warnings));
  if (c.infos) parts.push(plural(n.info, c.infos));
  return parts;
}
