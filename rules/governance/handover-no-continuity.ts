import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/handover-no-continuity",
  gates: { BP3: "warning", BP4: "error" },
  source: [
    { doc: "000", locator: "continuity theme («sentrale personer må være med ut i forvaltnings-fasen»)" },
    { doc: "PV", locator: "BP4 #7" },
  ],
  description: {
    nb: "Ingen sentrale prosjektpersoner følger resultatet over i forvaltning (`handover.continuing_people` mangler).",
    en: "No key project people follow the result into forvaltning (`handover.continuing_people` is missing).",
  },
  rationale: {
    nb: "Kontinuitet er et av hovedtemaene i Bærums intervjuer: «sentrale personer må være med ut i forvaltnings-fasen». Kunnskapen om hvorfor løsningen ble som den ble, og hva som gjenstår, sitter i folk, ikke i dokumenter. Når ingen fra prosjektet følger med over i linjen, må forvaltningen lære alt på nytt, og mulighetene prosjektet ikke rakk, går tapt; derfor spør Prosjektveiviseren etter overgangen ved BP4.",
    en: "Continuity is one of the main themes of the Bærum interviews: «sentrale personer må være med ut i forvaltnings-fasen» (key people must follow into the forvaltning phase). Knowledge of why the solution became what it is, and of what remains, sits in people, not documents. When nobody from the project follows into the line, forvaltning must learn everything anew and the opportunities the project did not reach are lost; this is why Prosjektveiviseren asks about the handover at BP4.",
  },
  messages: {
    default: {
      nb: "Dossieren navngir ingen sentrale prosjektpersoner som følger resultatet over i forvaltning (governance.handover.continuing_people).",
      en: "The dossier names no key project people who follow the result into forvaltning (governance.handover.continuing_people).",
    },
  },
  example: `governance:
  handover:
    receiving_unit: "Seksjon for digitale tjenester"
    continuing_people: ["Ingrid Lie (løsningsarkitekt)"]`,
  check({ dossier }) {
    return isMissing(dossier.governance?.handover?.continuing_people)
      ? [{ pointer: ptr("governance", "handover", "continuing_people") }]
      : [];
  },
});
