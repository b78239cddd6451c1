import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "closure/lessons-missing",
  gates: { BP5: "warning" },
  source: [{ doc: "PV", locator: "BP5 #3" }],
  description: {
    nb: "Ingen erfaringer for senere prosjekter: `closure.lessons_learned` mangler.",
    en: "No lessons for later projects: `closure.lessons_learned` is missing.",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekkliste for BP5 spør om erfaringene fra prosjektet er samlet og gjort tilgjengelige. Digitaliseringsrådet skriver at «I år som tidligere år» er det de samme temaene som går mest igjen i prosjektene det ser, og de samme problemene går igjen i Bærums intervjuer. Et prosjekt som avsluttes uten å skrive ned hva som gikk bra og hva som ikke gjorde det, tar lærdommen med seg når prosjektorganisasjonen går fra hverandre.",
    en: "Prosjektveiviseren's BP5 checklist asks whether the project's lessons have been gathered and made available. Digitaliseringsrådet writes that «I år som tidligere år» (this year as in earlier years) the same themes recur most in the projects it sees, and the same problems recur in the Bærum interviews. A project that closes without writing down what went well and what did not takes its lessons with it when the project organisation disbands.",
  },
  messages: {
    default: {
      nb: "Skriv ned erfaringene fra prosjektet, slik at senere prosjekter kan bruke dem (closure.lessons_learned).",
      en: "Write down the lessons from the project, so that later projects can use them (closure.lessons_learned).",
    },
  },
  example: `closure:
  lessons_learned: "Kommunene bør med i styringsgruppen fra konseptfasen; piloter i to kommuner avdekket de fleste feilene før bred innføring."`,
  check({ dossier }) {
    return isMissing(dossier.closure?.lessons_learned) ? [{ pointer: ptr("closure", "lessons_learned") }] : [];
  },
});
