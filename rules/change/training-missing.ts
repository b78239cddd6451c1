import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "change/training-missing",
  gates: { BP3: "warning", BP4: "error" },
  source: [
    { doc: "PV", locator: "BP4 #5" },
    { doc: "000", locator: "«Opplæring og brukerinvovering/medvirkning er veldig viktig» (sic)" },
  ],
  description: {
    nb: "Ingen opplæringsplan: `change.training_plan` mangler.",
    en: "No training plan: `change.training_plan` is missing.",
  },
  rationale: {
    nb: "En ny løsning gir bare nytte når de som skal bruke den, kan bruke den. En prosjektleder i Bærum sier at «Opplæring og brukerinvovering/medvirkning er veldig viktig», og Prosjektveiviseren tar opp opplæringen i sjekklisten for BP4, før resultatet overleveres. Opplæringen må derfor planlegges før gjennomføring (BP3) og være på plass når resultatet overleveres til linjen (BP4).",
    en: "A new solution only brings benefit when those who must use it can use it. A project manager in Bærum says «Opplæring og brukerinvovering/medvirkning er veldig viktig» (training and user involvement are very important), and Prosjektveiviseren takes up training in its BP4 checklist, before the result is handed over. Training must therefore be planned before execution (BP3) and be in place when the result is handed over to the line (BP4).",
  },
  messages: {
    default: {
      nb: "Legg inn en opplæringsplan for brukerne og de ansatte som skal ta løsningen i bruk (change.training_plan).",
      en: "Add a training plan for the users and employees who will take the solution into use (change.training_plan).",
    },
  },
  example: `change:
  training_plan: "E-læring og praktisk opplæring for alle ansatte før hver pulje."`,
  check({ dossier }) {
    return isMissing(dossier.change?.training_plan) ? [{ pointer: ptr("change", "training_plan") }] : [];
  },
});
