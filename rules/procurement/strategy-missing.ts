import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "procurement/strategy-missing",
  gates: { BP3: "warning" },
  source: [{ doc: "PV", locator: "BP3 #4 (anskaffelsesstrategi)" }],
  description: {
    nb: "Ingen konkurranse- og anskaffelsesstrategi (`instruments.market.strategy` mangler).",
    en: "No competition and procurement strategy (`instruments.market.strategy` is missing).",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekkliste for BP3 spør om anskaffelsesstrategien er lagt før gjennomføringen starter. Også «konkurransestrategi og samarbeid med leverandører» er ett av de seks temaene Digitaliseringsrådet alltid går gjennom. Strategien sier hva som skal kjøpes, hvordan konkurransen skal skje og hvordan prosjektet samarbeider med leverandørene; uten den blir anskaffelsene tilfeldige og sårbare for at markedet har få tilbydere. Beskriv strategien før prosjekteieren godkjenner gjennomføringen.",
    en: "Prosjektveiviseren's BP3 checklist asks whether the procurement strategy is in place before execution starts. «konkurransestrategi og samarbeid med leverandører» (competition strategy and working with vendors) is also one of the six themes Digitaliseringsrådet always reviews. The strategy says what will be bought, how competition will take place and how the project works with the vendors; without it procurement becomes ad hoc and exposed to a market with few bidders. Describe the strategy before the project owner approves execution.",
  },
  messages: {
    default: {
      nb: "Dossieren har ingen konkurranse- og anskaffelsesstrategi (instruments.market.strategy).",
      en: "The dossier has no competition and procurement strategy (instruments.market.strategy).",
    },
  },
  example: `instruments:
  market:
    strategy: "Konkurranse med forhandling om en rammeavtale for moduler, med opsjon på forvaltning."`,
  check({ dossier }) {
    return isMissing(dossier.instruments?.market?.strategy) ? [{ pointer: ptr("instruments", "market", "strategy") }] : [];
  },
});
