import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/users-missing",
  gates: { BP1: "error" },
  source: [
    { doc: "001", locator: "theme «hvem brukerne er»" },
    { doc: "004" },
  ],
  description: {
    nb: "Ingen brukere er navngitt i `needs.users`.",
    en: "No users are named in `needs.users`.",
  },
  rationale: {
    nb: "Digitaliseringsrådet spør alltid hvem brukerne er og hvilke behov løsningen skal dekke. Et prosjekt som ikke kan si hvem det er til for, kan ikke vise at det løser et reelt behov, og kan ikke involvere brukerne tidlig slik rådet anbefaler.",
    en: "Digitaliseringsrådet always asks who the users are and which needs the solution meets. A project that cannot say whom it serves cannot show that it solves a real need, nor involve users early as the council advises.",
  },
  messages: {
    default: {
      nb: "Dossieren sier ikke hvem brukerne er (needs.users).",
      en: "The dossier does not say who the users are (needs.users).",
    },
  },
  example: `needs:
  users: ["barnevernstjenestene", "innbyggere som melder bekymring"]`,
  check({ dossier }) {
    return isMissing(dossier.needs?.users) ? [{ pointer: ptr("needs", "users") }] : [];
  },
});
