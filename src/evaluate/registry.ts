// The rule registry: ids come from the generated index (one per module under rules/), and a
// rule's module is imported only when a run needs it.
import { ruleLoaders } from "../generated/rule-index.js";
import type { Rule } from "./rule.js";

export function ruleIds(): string[] {
  return Object.keys(ruleLoaders);
}

export function hasRule(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(ruleLoaders, id);
}

export async function loadRule(id: string): Promise<Rule | undefined> {
  const load = hasRule(id) ? ruleLoaders[id] : undefined;
  if (!load) return undefined;
  const mod = await load();
  if (mod.default.id !== id) throw new Error(`rule module rules/${id}.ts declares id ${mod.default.id}`);
  return mod.default;
}

/** All rules (or those named), in id order. */
export async function loadRules(ids: string[] = ruleIds()): Promise<Rule[]> {
  const rules = await Promise.all(ids.map(loadRule));
  return rules.filter((r): r is Rule => r !== undefined).sort((a, b) => a.id.localeCompare(b.id));
}
