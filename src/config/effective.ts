// A rule's severity at a gate once the config's `rules` apply, by the run's own precedence
// (overrideOf), and never a rule at a gate it does not know.
import { overrideOf, severityAt, type GateSeverities } from "../evaluate/rule.js";
import { GATES, type Gate, type Severity } from "../types.js";

interface RuleLike {
  id: string;
  theme: string;
  gates: GateSeverities;
}

/** undefined: the rule does not run at `gate` whatever the config says. */
export function effectiveAt(rule: RuleLike, gate: Gate, rules: Readonly<Record<string, Severity | "off">>): Severity | "off" | undefined {
  const atGate = severityAt(rule.gates, gate);
  if (atGate === undefined) return undefined;
  return overrideOf(rule, (selector) => (Object.hasOwn(rules, selector) ? rules[selector] : undefined)) ?? atGate;
}

/** The rule's gates as the catalogue lists them (each from that gate on), with the config applied. */
export function effectiveGates(rule: RuleLike, rules: Readonly<Record<string, Severity | "off">>): GateSeverities {
  const out: GateSeverities = {};
  for (const gate of GATES) {
    const sev = rule.gates[gate];
    if (sev !== undefined) out[gate] = sev === "off" ? "off" : (effectiveAt(rule, gate, rules) ?? sev);
  }
  return out;
}
