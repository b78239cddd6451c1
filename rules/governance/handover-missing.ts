import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/handover-missing",
  gates: { BP3: "warning", BP4: "error" },
  source: [
    { doc: "PV", locator: "BP4 #7" },
    { doc: "000", locator: "«Når ender prosjektet og når begynner linja?»" },
  ],
  description: {
    nb: "Ingen mottakende enhet i linjen (`handover.receiving_unit` mangler).",
    en: "No receiving unit in the line (`handover.receiving_unit` is missing).",
  },
  rationale: {
    nb: "Et prosjekt er midlertidig; resultatet skal leve videre i linjen, som må være utpekt og klar til å ta over. Bærums intervjuer stiller spørsmålet mange prosjekter ikke har svart på: «Når ender prosjektet og når begynner linja?». Prosjektveiviseren spør ved BP4 om ansvaret for forvaltning og drift er avklart; uten en navngitt mottakende enhet kan resultatet ikke overleveres, og ingen vil eie løsningen eller nyttevirkningene (gevinstene) etterpå.",
    en: "A project is temporary; its result must live on in the line organisation, which must be named and ready to take over. The Bærum interviews ask the question many projects have not answered: «Når ender prosjektet og når begynner linja?» (when does the project end and the line begin?). At BP4 Prosjektveiviseren asks whether responsibility for forvaltning and operations is settled; without a named receiving unit the result cannot be handed over, and nobody will own the solution or its benefits afterwards.",
  },
  messages: {
    default: {
      nb: "Dossieren sier ikke hvilken enhet i linjen som tar over resultatet i forvaltning (governance.handover.receiving_unit).",
      en: "The dossier does not say which unit in the line takes over the result in forvaltning (governance.handover.receiving_unit).",
    },
  },
  example: `governance:
  handover:
    receiving_unit: "Seksjon for digitale tjenester"`,
  check({ dossier }) {
    return isMissing(dossier.governance?.handover?.receiving_unit)
      ? [{ pointer: ptr("governance", "handover", "receiving_unit") }]
      : [];
  },
});
