import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/goal-not-measurable",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "004", locator: "«Gjør målene målbare»" }],
  description: {
    nb: "Et mål mangler `indicator` eller `target`.",
    en: "A goal has no `indicator` or no `target`.",
  },
  rationale: {
    nb: "Digitaliseringsrådet anbefaler: «Gjør målene målbare» – målene må være konkrete og forståelige. Et mål uten indikator kan ikke måles, og et mål uten målverdi sier ikke når det er nådd. Ved BP2 er det en advarsel; ved BP3, når prosjekteieren signerer styringsdokumentet, må målene være målbare, fordi leveransene ved BP4 og nyttevirkningene (gevinstene) senere skal vurderes opp mot dem.",
    en: "Digitaliseringsrådet advises: «Gjør målene målbare» (make the goals measurable) – goals must be concrete and understandable. A goal without an indicator cannot be measured, and a goal without a target does not say when it is reached. At BP2 this is a warning; at BP3, when the owner signs the steering document, the goals must be measurable, because the deliveries at BP4 and later the benefits (gevinster) are judged against them.",
  },
  messages: {
    both: {
      nb: "Målet {goal} er ikke målbart: det mangler både indikator og målverdi (needs.goals[].indicator, target).",
      en: "Goal {goal} is not measurable: it has neither an indicator nor a target (needs.goals[].indicator, target).",
    },
    indicator: {
      nb: "Målet {goal} har ingen indikator (needs.goals[].indicator): si hva som skal måles.",
      en: "Goal {goal} has no indicator (needs.goals[].indicator): say what is to be measured.",
    },
    target: {
      nb: "Målet {goal} har ingen målverdi (needs.goals[].target): si hva som skal være oppnådd.",
      en: "Goal {goal} has no target (needs.goals[].target): say what is to be achieved.",
    },
  },
  example: `needs:
  goals:
    - { id: g1, text: "Raskere behandling", indicator: "median dager fra melding til vurdering", baseline: "12", target: "3" }`,
  check({ dossier }) {
    return items(dossier.needs?.goals).flatMap(({ item, index }) => {
      const noIndicator = isMissing(item.indicator);
      const noTarget = isMissing(item.target);
      if (!noIndicator && !noTarget) return [];
      const data = { goal: label(item, index) };
      if (noIndicator && noTarget) return [{ pointer: ptr("needs", "goals", index), messageId: "both", data }];
      const key = noIndicator ? "indicator" : "target";
      return [{ pointer: ptr("needs", "goals", index, key), messageId: key, data }];
    });
  },
});
