import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/strategy-link-missing",
  gates: { BP1: "info", BP2: "warning" },
  source: [
    { doc: "PV", locator: "BP2 #5, BP3 #1 (virksomhetens mål og strategier)" },
    { doc: "001", locator: "«Vis hva prosjektet betyr for virksomhetens strategi og samfunnsoppdrag», «Få fram hvordan prosjektet bidrar til samfunnsoppdraget»" },
  ],
  description: {
    nb: "Verken `needs.strategy_link` eller `needs.story.societal_mission` er fylt ut: ingenting sier hvilke strategiske mål eller hvilken del av samfunnsoppdraget prosjektet tjener.",
    en: "Neither `needs.strategy_link` nor `needs.story.societal_mission` is given: nothing says which strategic goals or which part of the samfunnsoppdrag the project serves.",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekklister spør ved BP2 og BP3 om prosjektet er i tråd med virksomhetens mål og strategier, og Digitaliseringsrådet anbefaler: «Vis hva prosjektet betyr for virksomhetens strategi og samfunnsoppdrag». Koblingen til strategien er det som gjør prosjektet til ledelsens sak og ikke bare fagmiljøets, og den gir prosjektet prioritet når ressursene er knappe. Ved BP1 er regelen et råd; fra BP2 må prosjektforslaget kunne si hvilke strategiske mål eller hvilken del av samfunnsoppdraget prosjektet tjener.",
    en: "Prosjektveiviseren's checklists ask at BP2 and BP3 whether the project is in line with the organisation's goals and strategies, and Digitaliseringsrådet advises: «Vis hva prosjektet betyr for virksomhetens strategi og samfunnsoppdrag» (show what the project means for the organisation's strategy and societal mission). The link to strategy is what makes the project management's business and not only the specialists', and it gives the project priority when resources are scarce. At BP1 the rule is advice; from BP2 on the project proposal must say which strategic goals or which part of the samfunnsoppdrag the project serves.",
  },
  messages: {
    default: {
      nb: "Dossieren sier ikke hvilke av virksomhetens strategiske mål eller hvilken del av samfunnsoppdraget prosjektet tjener (needs.strategy_link eller needs.story.societal_mission).",
      en: "The dossier does not say which of the organisation's strategic goals, or which part of its samfunnsoppdrag, the project serves (needs.strategy_link or needs.story.societal_mission).",
    },
  },
  example: `needs:
  strategy_link: "Bufdirs strategi 2030, mål 2: et barnevern som fanger opp barn tidlig"`,
  check({ dossier }) {
    const needs = dossier.needs;
    if (!isMissing(needs?.strategy_link) || !isMissing(needs?.story?.societal_mission)) return [];
    return [{ pointer: ptr("needs", "strategy_link") }];
  },
});
