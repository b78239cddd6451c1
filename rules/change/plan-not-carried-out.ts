import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "change/plan-not-carried-out",
  gates: { BP4: "warning" },
  source: [
    { doc: "PV", locator: "BP4 #8 (planen for endringsledelse fulgt opp og gjennomført)" },
    { doc: "PV", locator: "v6 BP6 (organisasjonsendringen fungerer)" },
  ],
  description: {
    nb: "Dossieren viser ikke at planen for endringsledelse er gjennomført: `change.status` er `planlagt`, `pågår` eller mangler.",
    en: "The dossier does not show that the change-management plan has been carried out: `change.status` is `planlagt`, `pågår` or missing.",
  },
  rationale: {
    nb: "Ved BP4 avgjør prosjekteieren om resultatene er klare til å overleveres til linjen, og Prosjektveiviserens sjekkliste spør om planen for endringsledelse er fulgt opp og gjennomført. En løsning som overleveres før organisasjonen har endret arbeidsmåtene sine, gir sjelden nyttevirkningene (gevinstene) som var forutsatt. Ved BP6 spør Prosjektveiviseren om organisasjonsendringen fungerer. Statusen må derfor stå i dossieren, og er endringen ikke gjennomført, må møtet vite hva som gjenstår.",
    en: "At BP4 the project owner decides whether the results are ready to hand over to the line, and Prosjektveiviseren's checklist asks whether the change-management plan has been followed up and carried out. A solution handed over before the organisation has changed its ways of working seldom yields the benefits that were assumed. At BP6 Prosjektveiviseren asks whether the organisational change works. The status must therefore be in the dossier, and if the change is not carried out, the meeting must know what remains.",
  },
  messages: {
    default: {
      nb: "Planen for endringsledelse har status «{status}», ikke «gjennomført» (change.status). Gjør rede for hva som gjenstår, og hvem i linjen som fullfører det.",
      en: "The change-management plan has status «{status}», not «gjennomført» (change.status). Account for what remains and who in the line completes it.",
    },
    missing: {
      nb: "Dossieren sier ikke om planen for endringsledelse er gjennomført (change.status). Oppgi planlagt, pågår eller gjennomført.",
      en: "The dossier does not say whether the change-management plan has been carried out (change.status). State planlagt, pågår or gjennomført.",
    },
  },
  example: `change:
  status: gjennomført`,
  check({ dossier }) {
    const status = dossier.change?.status;
    if (status === "gjennomført") return [];
    const pointer = ptr("change", "status");
    return isMissing(status) ? [{ pointer, messageId: "missing" }] : [{ pointer, data: { status: String(status) } }];
  },
});
