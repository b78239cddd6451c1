import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/goal-without-baseline",
  gates: { BP3: "warning" },
  source: [{ doc: "DFØ", locator: "nullpunktsmåling" }],
  description: {
    nb: "Et mål mangler nullpunktsmåling (`baseline`).",
    en: "A goal has no baseline measurement (`baseline`).",
  },
  rationale: {
    nb: "DFØs veiledning om gevinstrealisering sier at nåsituasjonen må måles før endringen – en nullpunktsmåling – ellers kan ingen senere vise hvor mye som faktisk er oppnådd. Ved BP3 skal styringsdokumentet og planen for nyttestyring (gevinstrealiseringsplanen) være klare, og da må hvert mål ha et utgangspunkt å måle fra. Et mål med målverdi, men uten nullpunkt, gjør måloppnåelsen ved BP4 og nyttevirkningene ved BP6 umulige å dokumentere.",
    en: "DFØ's guidance on gevinstrealisering says the current situation must be measured before the change – a nullpunktsmåling (baseline) – or nobody can later show how much was actually achieved. At BP3 the steering document and the plan for nyttestyring (gevinstrealiseringsplan) must be ready, and each goal then needs a starting point to measure from. A goal with a target but no baseline makes goal attainment at BP4 and the benefits at BP6 impossible to document.",
  },
  messages: {
    default: {
      nb: "Målet {goal} har ingen nullpunktsmåling (needs.goals[].baseline). Mål nåsituasjonen før endringen starter.",
      en: "Goal {goal} has no baseline (needs.goals[].baseline). Measure the current situation before the change starts.",
    },
  },
  example: `needs:
  goals:
    - { id: g1, indicator: "andel kommuner på nytt fagsystem", baseline: "0", target: "100 %" }`,
  check({ dossier }) {
    return items(dossier.needs?.goals)
      .filter(({ item }) => isMissing(item.baseline))
      .map(({ item, index }) => ({ pointer: ptr("needs", "goals", index, "baseline"), data: { goal: label(item, index) } }));
  },
});
