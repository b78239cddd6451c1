import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr, stakeholderName, stakeholders } from "../helpers.js";

export default defineRule({
  id: "stakeholders/information-plan-missing",
  gates: { BP3: "warning" },
  source: [{ doc: "003", locator: "Vedlegg 2 gjennomføring (informasjonsplan til deltagere som er berørt, men ikke med i organiseringen)" }],
  description: {
    nb: "En interessent med `importance: lav` mangler `involvement` (ingen informasjonsplan).",
    en: "A stakeholder with `importance: lav` has no `involvement` (no information plan).",
  },
  rationale: {
    nb: "Aktører med lav viktighet trenger ikke knyttes tett til prosjektet, men etter Klijn og Koppenjan kan de «håndteres ved hjelp av informasjon» – det forutsetter at noen faktisk informerer dem. Masteroppgavens sjekkliste for gjennomføringsfasen sier derfor: «Lag informasjonsplan til deltagere som er berørt, men som ikke er med i organiseringen». En berørt aktør som ikke blir informert, kan bli overrasket av endringen og motarbeide den når gjennomføringen starter etter BP3.",
    en: "Actors of low importance need not be tied closely to the project, but according to Klijn and Koppenjan they can be «håndteres ved hjelp av informasjon» (handled with information) – which presumes that someone actually informs them. The thesis's checklist for the execution phase therefore says: «Lag informasjonsplan til deltagere som er berørt, men som ikke er med i organiseringen» (make an information plan for participants who are affected but not part of the organisation). An affected actor who is not informed may be surprised by the change and resist it when execution starts after BP3.",
  },
  messages: {
    default: {
      nb: "Interessenten {name} (lav viktighet) har ingen plan for hvordan den informeres (stakeholders[].involvement).",
      en: "Stakeholder {name} (low importance) has no plan for how it is informed (stakeholders[].involvement).",
    },
  },
  example: `stakeholders:
  - { id: fagforbund, name: Fellesorganisasjonen, importance: lav, involvement: "Nyhetsbrev hvert kvartal og orientering før hver pilot" }`,
  check({ dossier }) {
    return stakeholders(dossier)
      .filter(({ item }) => item.importance === "lav" && isMissing(item.involvement))
      .map(({ item, index }) => ({ pointer: ptr("stakeholders", index, "involvement"), data: { name: stakeholderName(item, index) } }));
  },
});
