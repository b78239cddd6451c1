import { defineRule } from "../../src/evaluate/rule.js";
import { presentItems, ptr } from "../helpers.js";

export default defineRule({
  id: "stakeholders/missing",
  gates: { BP2: "error" },
  source: [
    { doc: "PV", locator: "BP3 #5" },
    { doc: "003", locator: "§3.1.2" },
  ],
  description: {
    nb: "Dossieren har ingen interessenter (`stakeholders`).",
    en: "The dossier has no stakeholders (`stakeholders`).",
  },
  rationale: {
    nb: "Interessenter er et tema gjennom alle fasene i Prosjektveiviseren, og sjekklisten for BP3 spør etter dem. Masteroppgaven (§3.1.2) sier at det første man må gjøre, er «å kartlegge aktørene og avhengigheter mellom disse» for å finne ut om noen kan blokkere gjennomføringen. Uten en interessentkartlegging ved BP2 kan ikke virksomhetsledelsen se hvem prosjektet er avhengig av, og planleggingen av organisering, avtaler og nyttevirkninger (gevinster) for aktørene har ikke noe å bygge på.",
    en: "Stakeholders are a theme through every phase of Prosjektveiviseren, and the BP3 checklist asks for them. The thesis (§3.1.2) says the first thing to do is «å kartlegge aktørene og avhengigheter mellom disse» (map the actors and the dependencies between them), to find out whether anyone can block execution. Without a stakeholder map at BP2 top management cannot see whom the project depends on, and planning the organisation, agreements and benefits (gevinster) for the actors has nothing to build on.",
  },
  messages: {
    default: {
      nb: "Dossieren har ingen interessentkartlegging (stakeholders). Kartlegg aktørene prosjektet er avhengig av, med viktighet, erstatningsmulighet og strategi.",
      en: "The dossier has no stakeholder map (stakeholders). Map the actors the project depends on, with importance, replaceability and strategy.",
    },
  },
  example: `stakeholders:
  - { id: ks, name: KS, level: kommune, importance: høy, replaceability: lav, strategy: samarbeid, involvement: "Medlem av styringsgruppen" }`,
  check({ dossier }) {
    return presentItems(dossier.stakeholders).length === 0 ? [{ pointer: ptr("stakeholders") }] : [];
  },
});
