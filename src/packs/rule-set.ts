// The rules a run uses: the built-in ones plus the rules of the packs its config names. Without
// packs nothing of src/packs/ (ajv, RE2) is loaded. Loaded once per config.
import { loadRules } from "../evaluate/registry.js";
import type { Rule } from "../evaluate/rule.js";
import type { Settings } from "../run/settings.js";
import type { PackData } from "./types.js";

export interface RuleSet {
  /** Every rule, in id order. */
  rules: Rule[];
  /** The packs as read, for the lint workers (empty: none). */
  packs: PackData[];
}

const cache = new WeakMap<object, Promise<RuleSet>>();

export function ruleSet(settings: Settings): Promise<RuleSet> {
  const { config } = settings;
  let set = cache.get(config);
  if (!set) {
    set = (async () => {
      const builtIn = await loadRules();
      if (!config.packs?.length) return { rules: builtIn, packs: [] };
      const { checkConfigRuleIds, loadPacks } = await import("./load.js");
      const loaded = loadPacks(config, settings.lang, settings.cwd);
      checkConfigRuleIds(config, loaded.packs, settings.lang, settings.cwd);
      return { rules: sortById([...builtIn, ...loaded.rules]), packs: loaded.packs };
    })();
    cache.set(config, set);
  }
  return set;
}

/** Rules for a lint worker: the built-in ones plus the packs it was sent, compiled there. */
export async function workerRules(packs: readonly PackData[]): Promise<Rule[]> {
  const builtIn = await loadRules();
  if (packs.length === 0) return builtIn;
  const { compilePacks } = await import("./compile.js");
  return sortById([...builtIn, ...compilePacks(packs)]);
}

/** Ids are ASCII: a plain comparison sorts them (as the registry does). */
function sortById(rules: Rule[]): Rule[] {
  return rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Whether `id` names a pack rule or a pack's namespace (`ns/*`) in this set. */
export function isPackSelector(set: RuleSet, id: string): boolean {
  return set.packs.some((p) => id === `${p.namespace}/*` || p.rules.some((r) => r.id === id));
}
