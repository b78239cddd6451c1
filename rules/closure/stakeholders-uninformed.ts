import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "closure/stakeholders-uninformed",
  gates: { BP5: "warning" },
  source: [{ doc: "PV", locator: "BP5 #6" }],
  description: {
    nb: "Interessentene er ikke informert om avslutningen: `closure.stakeholders_informed` er ikke true.",
    en: "The stakeholders have not been informed of the closure: `closure.stakeholders_informed` is not true.",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekkliste for BP5 spør om interessentene er informert om at prosjektet avsluttes. Brukere, samarbeidsparter og leverandører må vite at prosjektet ikke lenger er kontaktpunktet, og hvem i linjen som overtar ansvaret for løsningen og nyttevirkningene (gevinstene). Uten slik informasjon går henvendelser til en prosjektorganisasjon som ikke finnes lenger.",
    en: "Prosjektveiviseren's BP5 checklist asks whether the stakeholders have been told that the project is closing. Users, partners and vendors must know that the project is no longer their point of contact, and who in the line takes over responsibility for the solution and its benefits. Without that, requests go to a project organisation that no longer exists.",
  },
  messages: {
    default: {
      nb: "Dossieren viser ikke at interessentene er informert om at prosjektet avsluttes og hvem i linjen som overtar (closure.stakeholders_informed).",
      en: "The dossier does not show that the stakeholders have been told the project is closing and who in the line takes over (closure.stakeholders_informed).",
    },
  },
  example: `closure:
  stakeholders_informed: true`,
  check({ dossier }) {
    return isTrue(dossier.closure?.stakeholders_informed) ? [] : [{ pointer: ptr("closure", "stakeholders_informed") }];
  },
});
