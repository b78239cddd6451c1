// The rule registry: ids come from the generated list (one per module under rules/); the rule
// modules themselves are imported, all at once, only by a run that needs them.
import { RULE_IDS } from "../generated/rule-ids.js";
import type { Rule } from "./rule.js";

const IDS = new Set(RULE_IDS);
let all: Promise<readonly Rule[]> | undefined;

export function ruleIds(): string[] {
  return [...RULE_IDS];
}

export function hasRule(id: string): boolean {
  return IDS.has(id);
}

function loadAll(): Promise<readonly Rule[]> {
  all ??= import("../generated/rules-all.js").then(({ RULES }) => {
    RULES.forEach((rule, i) => {
      if (rule.id !== RULE_IDS[i]) throw new Error(`rule module rules/${RULE_IDS[i]}.ts declares id ${rule.id}`);
    });
    return RULES;
  });
  return all;
}

export async function loadRule(id: string): Promise<Rule | undefined> {
  if (!hasRule(id)) return undefined;
  return (await loadAll()).find((r) => r.id === id);
}

/** All rules (or those named), in id order. */
export async function loadRules(ids?: string[]): Promise<Rule[]> {
  const rules = await loadAll();
  const wanted = ids ? new Set(ids) : undefined;
  // Ids are ASCII: a plain comparison sorts them, without starting ICU's collator on a cold run.
  return rules.filter((r) => !wanted || wanted.has(r.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
