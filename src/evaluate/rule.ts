// The rule contract. A rule is one module under rules/<theme>/<name>.ts whose default export
// is `defineRule({...})`: metadata (the single source for `rules`, `explain`, SARIF and the
// report) plus one pure check function.
import type { Dossier } from "../dossier.js";
import type { Gate, LocalText, Severity, Theme } from "../types.js";
import type { ReferenceData } from "./reference-data.js";

/** Severity from a gate on ("BP3: error"); "off" stops the rule from that gate. */
export type GateSeverities = Partial<Record<Gate, Severity | "off">>;

export interface RuleMeta {
  /** "<theme>/<name>", equal to the module's path under rules/. */
  id: string;
  theme: Theme;
  /** From which gate the rule applies and at what severity; a severity holds until a later gate names another. */
  gates: GateSeverities;
  /** When a finding is raised to error (e.g. "multi-level"); the check marks such findings `escalate`. */
  escalation?: LocalText;
  /** Citation as users see it: seed passage or named public guideline. */
  source: string;
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

/** Identity at run time; gives rule modules one typed shape. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** The severity a rule has at `gate` (undefined: the rule does not apply there). */
export function severityAt(gates: GateSeverities, gate: Gate): Severity | undefined {
  const order: Gate[] = ["BP1", "BP2", "BP3", "BP4", "BP5", "BP6"];
  let current: Severity | "off" | undefined;
  for (const g of order) {
    if (gates[g] !== undefined) current = gates[g];
    if (g === gate) break;
  }
  return current === "off" ? undefined : current;
}
