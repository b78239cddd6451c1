// The rule contract. A rule is one module under rules/<theme>/<name>.ts whose default export
// is `defineRule({...})`: metadata (the single source for `rules`, `explain`, SARIF and the
// report) plus one pure check function.
import type { Dossier } from "../dossier.js";
import { GATES, type Gate, type LocalText, type Severity, type Theme } from "../types.js";
import type { ReferenceData } from "./reference-data.js";
import type { SourceRef } from "./sources.js";

/** Severity from a gate on ("BP3: error"); "off" stops the rule from that gate. */
export type GateSeverities = Partial<Record<Gate, Severity | "off">>;

export interface RuleMeta {
  /** "<theme>/<name>", equal to the module's path under rules/. */
  id: string;
  /** The id's prefix (derived by defineRule; rule modules do not write it). */
  theme: Theme;
  /** From which gate the rule applies and at what severity; a severity holds until a later gate names another. */
  gates: GateSeverities;
  /** When a finding is raised to error (e.g. "multi-level"); the check marks such findings `escalate`. */
  escalation?: LocalText;
  /**
   * Where the rule comes from: seed passages or named public guidelines, each a document in the
   * legend (rules/data/sources.json) and a place in it. `sourceText` renders the line users see.
   */
  source: readonly SourceRef[];
  /** One line: what the rule flags. */
  description: LocalText;
  /** Why it matters, for `explain` and the report. */
  rationale: LocalText;
  /** Message templates, keyed by message id; `{name}` placeholders are filled from a report's data. */
  messages: Record<string, LocalText>;
  /** YAML that satisfies the rule (shown by `explain`). */
  example: string;
  /**
   * "post" rules run after the others and waivers are applied, and see which waivers matched
   * (only dossier/waiver-unused needs this).
   */
  phase?: "post";
  /** A rule from an organisation's pack (src/packs/): the pack file and its source's URL. */
  origin?: { pack: string; title?: LocalText; url?: string };
}

export interface RuleContext {
  dossier: Dossier;
  gate: Gate;
  /** The run date, YYYY-MM-DD (local calendar date or --today). */
  today: string;
  data: ReferenceData;
  /** For post rules only: indices of waivers that suppressed at least one finding. */
  matchedWaivers?: ReadonlySet<number>;
  /** For post rules only: ids of rules that are known to the registry. */
  knownRules?: ReadonlySet<string>;
}

export interface RuleReport {
  /** JSON Pointer to the offending key or item (may name a key that is absent). */
  pointer: string;
  /** Which message template; defaults to the first key of `messages`. */
  messageId?: string;
  /** Values for the template's placeholders (e.g. a benefit's id, a stakeholder's name). */
  data?: Record<string, string | number>;
  /** Raise this finding to error (the condition in `escalation` holds). */
  escalate?: boolean;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): RuleReport[];
}

/** "<theme>/<name>": a rule id whose prefix is not a theme does not compile. */
export type RuleId = `${Theme}/${string}`;

/** What a rule module writes: a rule without `theme`, which its id already names. */
export interface RuleDefinition extends Omit<Rule, "id" | "theme"> {
  id: RuleId;
}

/** Gives rule modules one typed shape and derives the theme from the id's prefix. */
export function defineRule(def: RuleDefinition): Rule {
  const theme = def.id.slice(0, def.id.indexOf("/")) as Theme;
  const { id, ...rest } = def;
  return { id, theme, ...rest };
}

/**
 * The override (config `rules`, --rule) that applies to a rule: its id, else its prefix's
 * selector (`theme/*`, or `namespace/*` for a pack's rule), else its theme's `theme/*`.
 */
export function overrideOf(rule: { id: string; theme: string }, get: (selector: string) => Severity | "off" | undefined): Severity | "off" | undefined {
  return get(rule.id) ?? get(`${rule.id.slice(0, rule.id.indexOf("/"))}/*`) ?? get(`${rule.theme}/*`);
}

/** The severity a rule has at `gate` (undefined: the rule does not apply there). */
export function severityAt(gates: GateSeverities, gate: Gate): Severity | undefined {
  let current: Severity | "off" | undefined;
  for (const g of GATES) {
    if (gates[g] !== undefined) current = gates[g];
    if (g === gate) break;
  }
  return current === "off" ? undefined : current;
}
