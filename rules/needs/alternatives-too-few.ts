import { defineRule } from "../../src/evaluate/rule.js";
import { presentItems, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/alternatives-too-few",
  gates: { BP2: "warning" },
  source: [{ doc: "PV", locator: "konseptfase «Minst tre alternative konsepter bør utredes»" }],
  description: {
    nb: "Færre enn tre alternativer i `needs.alternatives` (nullalternativet medregnet).",
    en: "Fewer than three alternatives in `needs.alternatives` (the zero alternative counted).",
  },
  rationale: {
    nb: "Prosjektveiviseren sier om konseptfasen: «Minst tre alternative konsepter bør utredes». Med bare nullalternativet og ett alternativ til er det lett å ende med den løsningen man hadde bestemt seg for på forhånd, mens flere reelle alternativer åpner for den fornyelsen Digitaliseringsrådet etterlyser. Regelen er en advarsel ved BP2: et prosjekt kan ha gode grunner til færre alternativer, men må da kunne forklare dem i møtet.",
    en: "Prosjektveiviseren says of the konsept phase: «Minst tre alternative konsepter bør utredes» (at least three alternative concepts should be studied). With only the zero alternative and one other, it is easy to end up with the solution decided on beforehand, while more real alternatives open for the renewal Digitaliseringsrådet asks for. The rule is a warning at BP2: a project may have good reasons for fewer alternatives, but must then be able to explain them at the meeting.",
  },
  messages: {
    default: {
      nb: "Konseptvalget har {count} alternativ(er), nullalternativet medregnet (needs.alternatives). Minst tre alternative konsepter bør utredes.",
      en: "The concept choice has {count} alternative(s), the zero alternative counted (needs.alternatives). At least three alternative concepts should be studied.",
    },
  },
  example: `needs:
  alternatives:
    - { id: null-alternativ, description: "Dagens løsning videreføres", cost_mnok: 180 }
    - { id: felles-moduler, description: "Felles moduler i fagsystemene", chosen: true, cost_mnok: 250, benefit_mnok: 900 }
    - { id: egen-losning, description: "Egen statlig løsning", cost_mnok: 610, benefit_mnok: 700 }`,
  check({ dossier }) {
    const count = presentItems(dossier.needs?.alternatives).length;
    return count < 3 ? [{ pointer: ptr("needs", "alternatives"), data: { count } }] : [];
  },
});
