import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, isZeroAlternative, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/alternatives-not-compared",
  gates: { BP2: "warning" },
  source: [
    { doc: "PV", locator: "BP2 #6 (kvantitative og kvalitative gevinstanalyser, nytte/kost sammenlignet for hvert alternativ)" },
    { doc: "Statens prosjektmodell", locator: "(alternativanalyse)" },
  ],
  description: {
    nb: "Et alternativ mangler `cost_mnok`, eller et alternativ som ikke er nullalternativet har verken `benefit_mnok` eller `benefit_assessment`.",
    en: "An alternative has no `cost_mnok`, or an alternative other than the zero alternative has neither `benefit_mnok` nor `benefit_assessment`.",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekkliste for BP2 ber om kvantitative og kvalitative gevinstanalyser der nytte og kost er sammenlignet for hvert alternativ, og Statens prosjektmodell bygger konseptvalget på den samme alternativanalysen. Et alternativ uten kostnad, eller uten prissatt eller beskrevet nytte, kan ikke sammenlignes med de andre, og da hviler valget på skjønn alene. For nullalternativet holder det med kostnaden ved å fortsette som i dag, siden nytten til de andre alternativene måles mot det.",
    en: "Prosjektveiviseren's checklist for BP2 asks for quantitative and qualitative benefit analyses with benefit and cost compared for each alternative, and Statens prosjektmodell bases the concept choice on the same analysis of alternatives. An alternative without a cost, or without priced or described benefits, cannot be compared with the others, and the choice then rests on judgement alone. For the zero alternative the cost of carrying on as today is enough, since the other alternatives' benefits are measured against it.",
  },
  messages: {
    both: {
      nb: "Alternativet {alternative} har verken kostnad (cost_mnok) eller nytte (benefit_mnok eller benefit_assessment) (needs.alternatives); nytte og kost må kunne sammenlignes for hvert alternativ.",
      en: "Alternative {alternative} has neither a cost (cost_mnok) nor benefits (benefit_mnok or benefit_assessment) (needs.alternatives); benefit and cost must be comparable for each alternative.",
    },
    cost: {
      nb: "Alternativet {alternative} har ingen kostnad (needs.alternatives[].cost_mnok); nytte og kost må kunne sammenlignes for hvert alternativ.",
      en: "Alternative {alternative} has no cost (needs.alternatives[].cost_mnok); benefit and cost must be comparable for each alternative.",
    },
    benefit: {
      nb: "Alternativet {alternative} har verken prissatt nytte (benefit_mnok) eller en vurdering av nytten som ikke er prissatt (benefit_assessment) (needs.alternatives).",
      en: "Alternative {alternative} has neither priced benefits (benefit_mnok) nor an assessment of the benefits that are not priced (benefit_assessment) (needs.alternatives).",
    },
  },
  example: `needs:
  alternatives:
    - { id: null-alternativ, description: "Dagens løsning videreføres", cost_mnok: 180 }
    - { id: felles-moduler, description: "Felles moduler i fagsystemene", cost_mnok: 250, benefit_mnok: 900, benefit_assessment: "Bedre beslutningsgrunnlag i barnevernet" }`,
  check({ dossier }) {
    return items(dossier.needs?.alternatives).flatMap(({ item, index }) => {
      const noCost = isMissing(item.cost_mnok);
      const noBenefit = !isZeroAlternative(item) && isMissing(item.benefit_mnok) && isMissing(item.benefit_assessment);
      if (!noCost && !noBenefit) return [];
      const data = { alternative: label(item, index) };
      if (noCost && noBenefit) return [{ pointer: ptr("needs", "alternatives", index), messageId: "both", data }];
      if (noCost) return [{ pointer: ptr("needs", "alternatives", index, "cost_mnok"), messageId: "cost", data }];
      return [{ pointer: ptr("needs", "alternatives", index), messageId: "benefit", data }];
    });
  },
});
