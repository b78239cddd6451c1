import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "closure/open-work-untransferred",
  gates: { BP4: "warning", BP5: "error" },
  source: [
    { doc: "PV", locator: "BP4 #3, BP5 #1" },
    { doc: "000", locator: "Prosjektleder 3 «Avslutte alle hengende oppgaver»" },
  ],
  description: {
    nb: "Dossieren sier ikke hvilket utestående arbeid som er overført til linjen (`closure.open_work_transferred` mangler).",
    en: "The dossier does not say which open work has been handed over to the line (`closure.open_work_transferred` is missing).",
  },
  rationale: {
    nb: "Et prosjekt avsluttes sjelden med alt ferdig, og det som gjenstår, må ha en eier i linjen. En prosjektleder i Bærum sier: «Avslutte alle hengende oppgaver. Hvis du må avslutte før, men du må ha en helt tydelig oversikt over hva som skal løses i linjen». Prosjektveiviseren spør derfor om utestående arbeid ved overleveringen (BP4) og krever at det er overført før prosjektet avsluttes (BP5). Ellers blir oppgaver hengende når prosjektorganisasjonen går fra hverandre.",
    en: "A project seldom closes with everything done, and what remains must have an owner in the line. A project manager in Bærum says: «Avslutte alle hengende oppgaver. Hvis du må avslutte før, men du må ha en helt tydelig oversikt over hva som skal løses i linjen» (close all loose ends; if you must close earlier, have a clear overview of what the line must solve). Prosjektveiviseren therefore asks about open work at handover (BP4) and requires it to be transferred before the project closes (BP5). Otherwise tasks are left hanging when the project organisation disbands.",
  },
  messages: {
    default: {
      nb: "Gjør rede for hvilket utestående arbeid som overføres til linjen, og til hvem (closure.open_work_transferred).",
      en: "Account for which open work is handed over to the line, and to whom (closure.open_work_transferred).",
    },
  },
  example: `closure:
  open_work_transferred: "Kjente forbedringsønsker er overført til produktkøen i forvaltning; innføring i de siste tre kommunene følges opp av seksjon for digitale tjenester."`,
  check({ dossier }) {
    return isMissing(dossier.closure?.open_work_transferred) ? [{ pointer: ptr("closure", "open_work_transferred") }] : [];
  },
});
