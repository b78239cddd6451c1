import { defineRule } from "../../src/evaluate/rule.js";
import { assessmentStatus, isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "security/dpia-missing",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "PV", locator: "BP2 #13, BP3 #12" }],
  description: {
    nb: "Ingen status for personvernkonsekvensvurdering (`security.dpia` mangler eller er `missing`).",
    en: "No status for the data protection impact assessment (`security.dpia` is missing or `missing`).",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekklister for BP2 og BP3 spør om personvernet er vurdert, og personvernforordningen krever en vurdering av personvernkonsekvenser (DPIA) før en behandling som sannsynligvis gir høy risiko for de registrerte. En DPIA kan endre løsningen, så den må være planlagt før planleggingen og gjennomført eller avklart før gjennomføringen. Skriv om den er gjennomført (`done`), planlagt (`planned`) eller ikke nødvendig (`not-needed`); ved BP3 stopper en manglende status beslutningen.",
    en: "Prosjektveiviseren's BP2 and BP3 checklists ask whether privacy has been assessed, and the GDPR requires a data protection impact assessment (DPIA) before processing that is likely to result in a high risk to the data subjects. A DPIA may change the solution, so it must be planned before planning and carried out or settled before execution. State whether it is done (`done`), planned (`planned`) or not needed (`not-needed`); at BP3 a missing status blocks the decision.",
  },
  messages: {
    default: {
      nb: "Dossieren sier ikke om personvernkonsekvensvurderingen (DPIA) er gjort, planlagt eller ikke nødvendig (security.dpia).",
      en: "The dossier does not say whether the data protection impact assessment (DPIA) is done, planned or not needed (security.dpia).",
    },
  },
  example: `security:
  dpia: done
  risk_assessment: done`,
  check({ dossier }) {
    const dpia = dossier.security?.dpia;
    return isMissing(dpia) || assessmentStatus(dpia) === "mangler" ? [{ pointer: ptr("security", "dpia") }] : [];
  },
});
