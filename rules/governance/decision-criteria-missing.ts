import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/decision-criteria-missing",
  gates: { BP3: "warning" },
  source: [{ doc: "003", locator: "Vedlegg 2 (kriterier for beslutning)" }],
  description: {
    nb: "Ingen beslutningskriterier (`governance.decision_criteria` mangler).",
    en: "No decision criteria (`governance.decision_criteria` is missing).",
  },
  rationale: {
    nb: "Sjekklisten i masteroppgaven om Digibarnevern sier at prosjektet skal «Etabler kriterier for beslutning» før gjennomføringen. Når flere virksomheter og interesser sitter rundt bordet, er felles kriterier det som gjør beslutningene forutsigbare og mulige å etterprøve. Uten dem ved BP3 blir hver beslutning en ny forhandling, og styringsgruppen risikerer å trekke i ulike retninger.",
    en: "The checklist of the Digibarnevern thesis tells the project to «Etabler kriterier for beslutning» (establish decision criteria) before execution. When several organisations and interests sit at the table, shared criteria make decisions predictable and open to review. Without them at BP3 every decision becomes a new negotiation, and the steering group risks pulling in different directions.",
  },
  messages: {
    default: {
      nb: "Dossieren sier ikke hvilke kriterier styringsgruppen beslutter etter (governance.decision_criteria).",
      en: "The dossier does not say by which criteria the steering group decides (governance.decision_criteria).",
    },
  },
  example: `governance:
  decision_criteria: "Nytte for brukerne, kost innenfor rammen og gjennomførbarhet i kommunene veier tyngst."`,
  check({ dossier }) {
    return isMissing(dossier.governance?.decision_criteria) ? [{ pointer: ptr("governance", "decision_criteria") }] : [];
  },
});
