// What the findings report shows, computed once from the results: per dossier its facts, a
// verdict per report theme, findings by group, stakeholders by quadrant, benefits by date.
// HTML and Markdown both render this; neither looks at a FileResult directly.
import type { Benefit, Stakeholder } from "../dossier.js";
import type { FileResult, FileStatus, Finding, Gate, Revision, SuppressedFinding } from "../types.js";
import { severityAt, type RuleMeta } from "../evaluate/rule.js";
import { countOf, type Counts } from "./counts.js";

export type { Counts };
import { APART_GROUPS, groupOf, REPORT_THEMES, verdictOf, type GroupKey, type Verdict } from "./themes.js";

export interface GroupView {
  key: GroupKey;
  /** 1–10 for the readiness themes, null for the groups shown apart. */
  number: number | null;
  verdict: Verdict;
  /** False when no rule of the theme applies at the dossier's gate: "ikke vurdert ved BPn", never "klar". */
  applicable: boolean;
  counts: Counts;
  findings: Finding[];
}

/** Tabell 15: importance (høy/lav) × replaceability (høy/lav); key = høy importance, lav replaceability. */
export type Quadrant = "key" | "important" | "hard-to-replace" | "peripheral" | "between" | "unclassified";
/** The four cells of Tabell 15; `between` (middels on an axis) and `unclassified` are listed beside. */
export type Cell = Exclude<Quadrant, "between" | "unclassified">;
export const STRATEGIES = ["samarbeid", "fasilitering", "unngå", "gå-alene", "ukjent"] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface ActorView {
  /** The stakeholder's id, else `#n` (1-based position). */
  id: string;
  name: string;
  importance: string | null;
  replaceability: string | null;
  strategy: Strategy;
  level: string | null;
  quadrant: Quadrant;
}

export interface BenefitView {
  id: string;
  description: string | null;
  ownerName: string | null;
  ownerOrganisation: string | null;
  /** owner.in_line: true, false, or null when not given. */
  inLine: boolean | null;
  /** A valid YYYY-MM-DD realisation date, else null. */
  date: string | null;
  recipient: string | null;
  recipientName: string | null;
}

export interface KeyFacts {
  owner: string | null;
  manager: string | null;
  costMnok: number | null;
  chosen: string | null;
  goals: string[];
  /** Risks with high probability and high consequence, first those. */
  topRisks: string[];
  meetingDate: string | null;
}

const person = (p: unknown): string | null => {
  if (!p || typeof p !== "object") return null;
  const o = p as { name?: unknown; organisation?: unknown };
  const name = str(o.name);
  const org = str(o.organisation);
  return name ? (org ? `${name} (${org})` : name) : null;
};

function keyFacts(d: FileResult["dossier"]): KeyFacts {
  const alternatives = objects<{ id?: unknown; description?: unknown; chosen?: unknown }>(d?.needs?.alternatives);
  const chosen = alternatives.find((a) => a.chosen === true);
  const risks = objects<{ id?: unknown; description?: unknown; probability?: unknown; consequence?: unknown }>(d?.uncertainty);
  const high = risks.filter((r) => r.probability === "høy" && r.consequence === "høy");
  const cost = d?.project.cost_estimate_mnok;
  return {
    owner: person(d?.governance?.owner),
    manager: person(d?.governance?.project_manager),
    costMnok: typeof cost === "number" ? cost : null,
    chosen: chosen ? (str(chosen.description) ?? str(chosen.id)) : null,
    goals: objects<{ text?: unknown; id?: unknown }>(d?.needs?.goals)
      .map((g) => str(g.text) ?? str(g.id))
      .filter((t): t is string => t !== null),
    topRisks: high.map((r) => str(r.description) ?? str(r.id)).filter((t): t is string => t !== null),
    meetingDate: str(d?.project.council?.meeting_date),
  };
}

export interface DossierView {
  /** 1-based position in the report. */
  index: number;
  anchor: string;
  path: string;
  status: FileStatus;
  gate: Gate | null;
  id: string | null;
  name: string;
  organisation: string | null;
  level: string | null;
  phase: string | null;
  counts: Counts;
  verdict: Verdict;
  themes: GroupView[];
  apart: GroupView[];
  suppressed: SuppressedFinding[];
  /** The key facts a meeting starts from (null where the dossier does not say). */
  facts: KeyFacts;
  /** Which version of the file was read (reports only). */
  revision: Revision | null;
  /** null when the rules did not run (no validated dossier). */
  actors: ActorView[] | null;
  benefits: BenefitView[] | null;
  /** `report --since REV` only: the findings compared with the dossier at REV. */
  since?: FileResult["since"];
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);
const objects = <T>(list: unknown): T[] => (Array.isArray(list) ? list.filter((x): x is T => x !== null && typeof x === "object") : []);

export function quadrantOf(s: Pick<Stakeholder, "importance" | "replaceability">): Quadrant {
  const i = s.importance, r = s.replaceability;
  const level = (v: unknown) => v === "høy" || v === "middels" || v === "lav";
  if (!level(i) || !level(r)) return "unclassified";
  // Tabell 15 has two levels per axis: «middels» belongs to no cell, so it is named, not guessed.
  if (i === "middels" || r === "middels") return "between";
  if (i === "høy") return r === "lav" ? "key" : "important";
  return r === "lav" ? "hard-to-replace" : "peripheral";
}

function actor(s: Stakeholder, index: number): ActorView {
  const id = str(s.id) ?? `#${index + 1}`;
  const strategy = (STRATEGIES as readonly string[]).includes(s.strategy ?? "") ? (s.strategy as Strategy) : "ukjent";
  return {
    id,
    name: str(s.name) ?? id,
    importance: str(s.importance),
    replaceability: str(s.replaceability),
    strategy,
    level: str(s.level),
    quadrant: quadrantOf(s),
  };
}

export function isDate(v: unknown): v is string {
  return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v + "T00:00:00Z"));
}

function benefit(b: Benefit, index: number, names: Map<string, string>): BenefitView {
  const recipient = str(b.recipient);
  const owner = b.owner && typeof b.owner === "object" ? b.owner : null;
  return {
    id: str(b.id) ?? `#${index + 1}`,
    description: str(b.description),
    ownerName: str(owner?.name),
    ownerOrganisation: str(owner?.organisation),
    inLine: typeof owner?.in_line === "boolean" ? owner.in_line : null,
    date: isDate(b.realisation_date) ? b.realisation_date : null,
    recipient,
    recipientName: recipient ? (names.get(recipient) ?? null) : null,
  };
}

function group(key: GroupKey, number: number | null, findings: Finding[], assessed: boolean, applicable = true): GroupView {
  return { key, number, verdict: assessed && applicable ? verdictOf(findings) : "unknown", applicable, counts: countOf(findings), findings };
}

/** Whether some rule of these themes applies at `gate` (no rules given: assume so). */
function appliesAt(themes: readonly string[], gate: Gate | null, rules: readonly RuleMeta[] | undefined): boolean {
  if (!rules) return true;
  if (!gate) return false;
  return rules.some((rule) => themes.includes(rule.theme) && severityAt(rule.gates, gate) !== undefined);
}

export function dossierView(r: FileResult, index: number, rules?: readonly RuleMeta[]): DossierView {
  const byGroup = new Map<GroupKey, Finding[]>();
  for (const f of r.findings) {
    const k = groupOf(f.theme);
    const list = byGroup.get(k);
    if (list) list.push(f);
    else byGroup.set(k, [f]);
  }
  const assessed = r.status === "checked";
  const d = r.dossier;
  const stakeholders = objects<Stakeholder>(d?.stakeholders);
  const names = new Map<string, string>();
  for (const s of stakeholders) if (str(s.id) && str(s.name) && !names.has(s.id!)) names.set(s.id!, s.name!);
  return {
    index: index + 1,
    anchor: `d-${index + 1}`,
    path: r.path,
    status: r.status,
    gate: r.gate,
    id: str(d?.project.id ?? r.project?.id),
    name: str(d?.project.name ?? r.project?.name) ?? str(d?.project.id ?? r.project?.id) ?? r.path,
    organisation: str(d?.project.organisation),
    level: str(d?.project.level ?? r.project?.level),
    phase: str(d?.project.phase ?? r.project?.phase),
    counts: countOf(r.findings),
    verdict: assessed ? verdictOf(r.findings) : "not-ready",
    themes: REPORT_THEMES.map((t) => group(t.key, t.number, byGroup.get(t.key) ?? [], assessed, appliesAt(t.themes, r.gate, rules))),
    apart: APART_GROUPS.map((g) => group(g.key, null, byGroup.get(g.key) ?? [], assessed)).filter((g) => g.findings.length > 0),
    suppressed: r.suppressed,
    facts: keyFacts(d),
    revision: r.revision ?? null,
    actors: d ? stakeholders.map(actor) : null,
    benefits: d ? objects<Benefit>(d.benefits).map((b, i) => benefit(b, i, names)) : null,
    ...(r.since ? { since: r.since } : {}),
  };
}

export function reportViews(results: readonly FileResult[]): DossierView[] {
  return results.map((r, i) => safeView(r, i));
}

/**
 * dossierView, or when the dossier's contents make that fail, the view of the result without
 * its dossier (facts and findings, no matrix or timeline): one odd dossier never costs the
 * report of the others.
 */
export function safeView(r: FileResult, index: number, rules?: readonly RuleMeta[]): DossierView {
  try {
    return dossierView(r, index, rules);
  } catch {
    return dossierView({ ...r, dossier: undefined }, index, rules);
  }
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. Values the YAML parser
 * returns can be slices of the whole file's text, so keeping a project name for the portfolio
 * table would keep the whole dossier's text alive: 10 000 of them are hundreds of MB.
 */
export function ownCopy(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

/** A render failure as a short text for the report (the message only, no stack). */
export function renderError(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.length > 200 ? text.slice(0, 199) + "…" : text;
}

/** Benefits with a date, earliest first (stable by id). */
export function datedBenefits(benefits: readonly BenefitView[]): BenefitView[] {
  return benefits.filter((b) => b.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
