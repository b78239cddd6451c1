import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/goal-status-missing",
  gates: { BP4: "warning" },
  source: [{ doc: "PV", locator: "BP4 #1 (leveranser i overensstemmelse med definerte resultatmål), #2 (levert i henhold til plan)" }],
  description: {
    nb: "Et mål mangler `status` (om målverdien er nådd: `nådd`, `delvis`, `ikke-nådd` eller `ikke-målt`).",
    en: "A goal has no `status` (whether its target is reached: `nådd`, `delvis`, `ikke-nådd` or `ikke-målt`).",
  },
  rationale: {
    nb: "Ved BP4 spør Prosjektveiviserens sjekkliste om leveransene er «i overensstemmelse med definerte resultatmål» og levert i henhold til plan. Prosjekteieren kan bare svare på det når hvert mål har en status. Også `ikke-nådd` og `ikke-målt` er svar: en ærlig status gir grunnlag for beslutningen om overlevering, mens en manglende status skjuler hvordan det står til.",
    en: "At BP4 Prosjektveiviseren's checklist asks whether the deliveries are «i overensstemmelse med definerte resultatmål» (in line with the defined result goals) and delivered according to plan. The project owner can only answer when each goal has a status. `ikke-nådd` and `ikke-målt` are answers too: an honest status informs the handover decision, while a missing status hides how things stand.",
  },
  messages: {
    default: {
      nb: "Målet {goal} har ingen status (needs.goals[].status). Oppgi om målverdien er nådd: nådd, delvis, ikke-nådd eller ikke-målt.",
      en: "Goal {goal} has no status (needs.goals[].status). State whether its target is reached: nådd, delvis, ikke-nådd or ikke-målt.",
    },
  },
  example: `needs:
  goals:
    - { id: g1, indicator: "andel kommuner på nytt fagsystem", baseline: "0", target: "100 %", status: delvis }`,
  check({ dossier }) {
    return items(dossier.needs?.goals)
      .filter(({ item }) => isMissing(item.status))
      .map(({ item, index }) => ({ pointer: ptr("needs", "goals", index, "status"), data: { goal: label(item, index) } }));
  },
});
