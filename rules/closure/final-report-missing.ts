import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "closure/final-report-missing",
  gates: { BP5: "error" },
  source: [{ doc: "PV", locator: "BP5 (sluttrapport)" }],
  description: {
    nb: "Ingen sluttrapport: `closure.final_report` mangler eller er `missing`.",
    en: "No final report: `closure.final_report` is missing or `missing`.",
  },
  rationale: {
    nb: "Ved BP5 avslutter prosjekteieren prosjektet og gir produktansvaret til linjen, og sluttrapporten er dokumentet den beslutningen bygger på. Den viser hva som er levert mot målene, hva som gjenstår, og hvilke nyttevirkninger (gevinster) linjen skal ta ut videre. Uten sluttrapport finnes det ikke noe grunnlag for å avslutte prosjektet, og Prosjektveiviseren krever den derfor ved BP5.",
    en: "At BP5 the project owner closes the project and hands product responsibility to the line, and the final report (sluttrapport) is the document that decision rests on. It shows what was delivered against the goals, what remains, and which benefits the line must go on to realise. Without a final report there is no basis for closing the project, so Prosjektveiviseren requires it at BP5.",
  },
  messages: {
    default: {
      nb: "Sluttrapporten mangler (closure.final_report). Skriv sluttrapporten og sett verdien til done, eller planned mens den skrives.",
      en: "The final report (sluttrapport) is missing (closure.final_report). Write it and set the value to done, or planned while it is being written.",
    },
  },
  example: `closure:
  final_report: done`,
  check({ dossier }) {
    const report = dossier.closure?.final_report;
    // "missing" is the older English alias of "mangler": the same value.
    return isMissing(report) || report === "mangler" || report === "missing" ? [{ pointer: ptr("closure", "final_report") }] : [];
  },
});
