import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "uncertainty/missing",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "PV", locator: "BP3 #7" }],
  description: {
    nb: "Dossieren har ikke noe usikkerhetsregister (`uncertainty` mangler eller er tomt).",
    en: "The dossier has no uncertainty register (`uncertainty` is missing or empty).",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekkliste for BP3 krever at usikkerhetene er kartlagt og vurdert før prosjekteieren godkjenner gjennomføringen. Digitaliseringsrådet går alltid gjennom «usikkerhet og usikkerhetsstyring» som ett av sine seks temaer. Uten et usikkerhetsregister kan ingen se hva som kan hindre at målene nås, hvor sannsynlig og alvorlig det er, eller hvem som følger det opp. Ved BP2 er det en advarsel; ved BP3 stopper det beslutningen.",
    en: "Prosjektveiviseren's BP3 checklist requires the uncertainties to be mapped and assessed before the project owner approves execution. Digitaliseringsrådet always reviews «usikkerhet og usikkerhetsstyring» as one of its six themes. Without an uncertainty register nobody can see what may stop the goals from being reached, how likely and serious it is, or who follows it up. At BP2 this is a warning; at BP3 it blocks the decision.",
  },
  messages: {
    default: {
      nb: "Dossieren har ikke noe usikkerhetsregister (uncertainty). List usikkerhetene med sannsynlighet, konsekvens, eier og tiltak.",
      en: "The dossier has no uncertainty register (uncertainty). List the risks with probability, consequence, owner and mitigation.",
    },
  },
  example: `uncertainty:
  - id: r1
    description: "Kommunene rekker ikke å anskaffe nytt fagsystem før piloten"
    probability: middels
    consequence: høy
    owner: "Prosjektleder"
    mitigation: "Tett dialog med KS og leverandørene om tidsplanen"`,
  check({ dossier }) {
    return isMissing(dossier.uncertainty) ? [{ pointer: ptr("uncertainty") }] : [];
  },
});
