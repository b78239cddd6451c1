// Core value types shared by every stage (load → validate → evaluate → report).
import type { Dossier } from "./dossier.js";
import type { Since } from "./diff/compare.js";

export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * The phases of Prosjektveiviseren in order, each with the decision point (beslutningspunkt) that
 * ends it: the one list of phases and gates. The schemas' enums are tested against it
 * (test/shape.test.ts), and the dossier types are generated from the schema.
 */
export const PHASE_GATE = {
  idé: "BP1",
  konsept: "BP2",
  planlegge: "BP3",
  gjennomføre: "BP4",
  avslutte: "BP5",
  realisere: "BP6",
} as const;
export type Phase = keyof typeof PHASE_GATE;
export type Gate = (typeof PHASE_GATE)[Phase];
export const PHASES = Object.keys(PHASE_GATE) as readonly Phase[];
export const GATES = Object.values(PHASE_GATE) as readonly Gate[];

/** Forvaltningsnivå: project.level (the schema's enum is tested against it). */
export const LEVELS = ["stat", "fylkeskommune", "kommune", "interkommunalt"] as const;
export type Level = (typeof LEVELS)[number];

export const LANGS = ["nb", "en"] as const;
export type Lang = (typeof LANGS)[number];

/** Text in every user language (rule metadata; the tool's own texts are in src/i18n/). */
export type LocalText = Record<Lang, string>;

/** The rule themes (a rule's theme is its id prefix), plus the non-rule input stages. */
export const THEMES = [
  "dossier",
  "governance",
  "needs",
  "stakeholders",
  "municipal",
  "benefits",
  "uncertainty",
  "instruments",
  "architecture",
  "security",
  "procurement",
  "change",
  "closure",
  "council",
] as const;
export type Theme = (typeof THEMES)[number];
/** Input problems (`yaml/*`, `io/*`, `schema/*`) are not rules; their "theme" is their prefix. */
export type FindingTheme = Theme | "yaml" | "io" | "schema";

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** JSON Pointer into the dossier ("" is the whole document). */
  pointer: string;
  /** 1-based line and column (UTF-16 code units, as editors count). */
  line: number;
  column: number;
  theme: FindingTheme;
  source: string;
  /**
   * The pointer in a form that survives moved lines and reordered list items (items with an
   * `id` named by it, see stablePointer); set by the engine, for identities such as SARIF's
   * partialFingerprints. Not part of the JSON contract.
   */
  key?: string;
}

export interface SuppressedFinding extends Finding {
  reason: string;
}

/** checked: rules ran; invalid: schema violations, rules skipped; fatal: not readable as one YAML document. */
export type FileStatus = "checked" | "invalid" | "fatal";

export interface FileResult {
  path: string;
  gate: Gate | null;
  status: FileStatus;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /**
   * Findings the suppressions file (the baseline) lists: they do not fail the run. Present only
   * when the run used a baseline, so that output without one stays as it was.
   */
  baselined?: Finding[];
  /** Context a human report may show (not part of the JSON contract's required fields). */
  project?: { id?: string; name?: string; phase?: string; level?: string; next_gate?: string; idAt?: { line: number; column: number } };
  /** The content's git blob id (`git hash-object`), kept with the dossier for a report's key facts. */
  contentId?: string;
  /** Which version of the file the report read (set by `report`); never serialized by the JSON contract. */
  revision?: Revision;
  /** The validated dossier (status `checked` only), for reports that draw it; never serialized by the JSON contract. */
  dossier?: Dossier;
  /** `report --since REV`: the findings compared with the dossier's version at REV. */
  since?: Since;
}

/** A dossier's version as git knows it: the commit whose content it is, or that it has changed since. */
export interface Revision {
  /** Content id, abbreviated (what `git hash-object FILE` prints, first 10 characters). */
  content: string;
  /** HEAD of the repository holding the file (abbreviated), absent outside git. */
  commit?: string;
  /** HEAD's commit date, YYYY-MM-DD. */
  date?: string;
  /** in-commit: the file as at HEAD; changed: differs from HEAD; untracked: not in HEAD; none: not in a git repository. */
  state: "in-commit" | "changed" | "untracked" | "none";
}

export function severityRank(s: Severity): number {
  return s === "error" ? 3 : s === "warning" ? 2 : 1;
}

export function gateIndex(g: Gate): number {
  return GATES.indexOf(g);
}
