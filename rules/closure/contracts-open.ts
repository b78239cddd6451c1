import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "closure/contracts-open",
  gates: { BP5: "warning" },
  source: [{ doc: "PV", locator: "BP5 #5" }],
  description: {
    nb: "Prosjektets kontrakter er ikke avsluttet: `closure.contracts_closed` er ikke true.",
    en: "The project's contracts are not closed: `closure.contracts_closed` is not true.",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekkliste for BP5 spør om prosjektets kontrakter er avsluttet eller overført. Kontrakter som løper videre etter at prosjektet er lagt ned, binder penger og forpliktelser uten at noen i prosjektet følger dem opp, og leverandørene vet ikke hvem de skal forholde seg til. Før prosjektet avsluttes, må hver kontrakt være avsluttet eller ha fått en eier i linjen.",
    en: "Prosjektveiviseren's BP5 checklist asks whether the project's contracts have been closed or transferred. Contracts that run on after the project is wound up tie up money and obligations with nobody in the project following them up, and vendors do not know whom to deal with. Before the project closes, every contract must be closed or have an owner in the line.",
  },
  messages: {
    default: {
      nb: "Dossieren viser ikke at prosjektets kontrakter er avsluttet (closure.contracts_closed). Avslutt dem eller overfør dem til linjen, og sett verdien til true.",
      en: "The dossier does not show that the project's contracts are closed (closure.contracts_closed). Close them or transfer them to the line, and set it to true.",
    },
  },
  example: `closure:
  contracts_closed: true`,
  check({ dossier }) {
    return isTrue(dossier.closure?.contracts_closed) ? [] : [{ pointer: ptr("closure", "contracts_closed") }];
  },
});
