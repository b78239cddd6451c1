import { defineRule } from "../../src/evaluate/rule.js";
import { isZeroAlternative, presentItems, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/alternatives-missing",
  gates: { BP2: "error" },
  source: [
    { doc: "PV", locator: "BP2 #6" },
    { doc: "Statens prosjektmodell", locator: "(nullalternativ)" },
  ],
  description: {
    nb: "Færre enn to alternativer i `needs.alternatives`, eller ingen av dem er nullalternativet (`id: null-alternativ`).",
    en: "Fewer than two alternatives in `needs.alternatives`, or none of them is the zero alternative (`id: null-alternativ`).",
  },
  rationale: {
    nb: "Ved BP2 avgjør virksomhetsledelsen om prosjektforslaget er en ønskelig investering, og det kan bare vurderes mot noe annet. Prosjektveiviserens sjekkliste ber om nytte og kost sammenlignet for hvert alternativ, og Statens prosjektmodell krever at nullalternativet – å fortsette som i dag – alltid er med som referanse. Med færre enn to alternativer, eller uten nullalternativet, er konseptvalget ikke et valg, og nytten av investeringen kan ikke måles mot noe.",
    en: "At BP2 top management decides whether the project proposal is a desirable investment, which can only be judged against something else. Prosjektveiviseren's checklist asks for benefit and cost compared for each alternative, and Statens prosjektmodell requires the zero alternative (nullalternativet) – carrying on as today – always to be there as the reference. With fewer than two alternatives, or without the zero alternative, the concept choice is no choice, and the benefit of the investment cannot be measured against anything.",
  },
  messages: {
    both: {
      nb: "Konseptvalget har færre enn to alternativer og mangler nullalternativet (needs.alternatives). Utred nullalternativet (id: null-alternativ) og minst ett alternativ til.",
      en: "The concept choice has fewer than two alternatives and lacks the zero alternative (needs.alternatives). Study the zero alternative (id: null-alternativ) and at least one other.",
    },
    few: {
      nb: "Konseptvalget har bare nullalternativet (needs.alternatives). Utred minst ett alternativ til og sammenlign det med nullalternativet.",
      en: "The concept choice has only the zero alternative (needs.alternatives). Study at least one other alternative and compare it with the zero alternative.",
    },
    noZero: {
      nb: "Ingen av alternativene er nullalternativet (needs.alternatives). Legg til alternativet med id: null-alternativ – kost og nytte ved å fortsette som i dag.",
      en: "None of the alternatives is the zero alternative (needs.alternatives). Add the alternative with id: null-alternativ – the cost and benefit of carrying on as today.",
    },
  },
  example: `needs:
  alternatives:
    - { id: null-alternativ, description: "Dagens løsning videreføres", chosen: false, cost_mnok: 180 }
    - { id: felles-moduler, description: "Felles moduler i fagsystemene", chosen: true, cost_mnok: 250, benefit_mnok: 900 }`,
  check({ dossier }) {
    const alternatives = presentItems(dossier.needs?.alternatives);
    const hasZero = alternatives.some(({ item }) => isZeroAlternative(item));
    const few = alternatives.length < 2;
    if (!few && hasZero) return [];
    return [{ pointer: ptr("needs", "alternatives"), messageId: few ? (hasZero ? "few" : "both") : "noZero" }];
  },
});
