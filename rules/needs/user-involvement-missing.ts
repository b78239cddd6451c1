import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/user-involvement-missing",
  gates: { BP2: "warning" },
  source: [
    { doc: "004", locator: "«Involvere brukerne tidlig»" },
    { doc: "002", locator: "tjenestedesign" },
  ],
  description: {
    nb: "Dossieren sier ikke hvordan og når brukerne involveres (`needs.user_involvement`).",
    en: "The dossier does not say how and when users are involved (`needs.user_involvement`).",
  },
  rationale: {
    nb: "Digitaliseringsrådet anbefaler å «Involvere brukerne tidlig»: ved å sjekke med brukerne hva behovet faktisk er, får prosjektet et bredere perspektiv og nye ideer til hvordan behovet kan løses. KS-rapporten om digital omstilling viser at kommunene som lykkes, designer tjenestene med brukeren i fokus gjennom tjenestedesign og lar brukerne medvirke i testingen. Ved BP2 skal konseptet bygge på brukernes behov, og uten en plan for brukerinvolvering er det lite som sikrer det i planleggingen og gjennomføringen.",
    en: "Digitaliseringsrådet advises to «Involvere brukerne tidlig» (involve users early): checking with users what the need really is widens the project's view and gives new ideas for meeting it. KS's report on digital transformation shows that the kommuner that succeed design their services around the user through tjenestedesign and let users take part in testing. At BP2 the concept must rest on the users' needs, and without a plan for involving users little ensures that in planning and execution.",
  },
  messages: {
    default: {
      nb: "Beskriv hvordan og når brukerne involveres i prosjektet (needs.user_involvement).",
      en: "Describe how and when users are involved in the project (needs.user_involvement).",
    },
  },
  example: `needs:
  user_involvement: "Brukerpanel med fem barnevernstjenester; tjenestedesign og brukertesting i hver leveranse."`,
  check({ dossier }) {
    return isMissing(dossier.needs?.user_involvement) ? [{ pointer: ptr("needs", "user_involvement") }] : [];
  },
});
