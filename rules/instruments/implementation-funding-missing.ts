import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, isMultiLevel, ptr } from "../helpers.js";

export default defineRule({
  id: "instruments/implementation-funding-missing",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "003", locator: "Vedlegg 2 konsept «hvordan er finansieringen hensyntatt hos de kritiske interessentene?»" }],
  description: {
    nb: "Et flernivåprosjekt sier ikke hvordan innføringen hos aktørene som må ta løsningen i bruk finansieres (`instruments.financing.implementation_funding` mangler).",
    en: "A multi-level project does not say how implementation is funded for the stakeholders who must take the solution into use (`instruments.financing.implementation_funding` is missing).",
  },
  rationale: {
    nb: "I et flernivåprosjekt er det ofte andre enn prosjekteieren, for eksempel kommunene, som må bruke penger og folk på å innføre løsningen. Sjekklisten i masteroppgavens Vedlegg 2 spør derfor «hvordan er finansieringen hensyntatt hos de kritiske interessentene?». Oppgaven viser at når det ikke avsettes penger og ressurser til implementering, overlates den til hver kommunes økonomiske handlingsrom, og nyttevirkningene (gevinstene) uteblir. Beskriv hvilke midler eller ressurser de som skal innføre, får.",
    en: "In a multi-level project it is often others than the project owner, such as the kommuner, who must spend money and people to implement the solution. The checklist in the thesis's Vedlegg 2 therefore asks «hvordan er finansieringen hensyntatt hos de kritiske interessentene?» (how is financing taken care of for the critical stakeholders?). The thesis shows that when no money or resources are set aside for implementation, it is left to each kommune's budget, and the benefits do not materialise. Describe which money or resources those who must implement will get.",
  },
  messages: {
    default: {
      nb: "Prosjektet er flernivå, men sier ikke hvordan innføringen hos aktørene som må ta løsningen i bruk finansieres (instruments.financing.implementation_funding).",
      en: "The project is multi-level, but does not say how implementation is funded for the stakeholders who must take the solution into use (instruments.financing.implementation_funding).",
    },
  },
  example: `instruments:
  financing:
    assessed: true
    sources: [statsbudsjett, digifin]
    implementation_funding: "Innføringsstøtte til kommunene over statsbudsjettet, formidlet av KS."`,
  check({ dossier }) {
    if (!isMultiLevel(dossier) || !isMissing(dossier.instruments?.financing?.implementation_funding)) return [];
    return [{ pointer: ptr("instruments", "financing", "implementation_funding") }];
  },
});
