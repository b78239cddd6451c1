import { defineRule } from "../../src/evaluate/rule.js";
import { dependsOnMunicipalities, isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "change/rollout-plan-missing",
  gates: { BP3: "warning", BP4: "error" },
  source: [
    { doc: "000", locator: "«Utarbeide en utrullingsmodell som sikrer lokalt eierskap», «Vi innførte i puljer», «Implementeringsaktiviteter som er planlagt godt er kritisk»" },
    { doc: "002", locator: "RÅD 8 (piloter, then innføring i bølger)" },
    { doc: "PV", locator: "BP3 #3" },
  ],
  description: {
    nb: "Ingen utrullingsplan (piloter, puljer, bølger) i `change.rollout_plan` for et prosjekt som ikke er avhengig av kommunale beslutninger.",
    en: "No rollout plan (pilots, batches, waves) in `change.rollout_plan` for a project that does not depend on municipal decisions.",
  },
  rationale: {
    nb: "Bærums erfaring er at «Implementeringsaktiviteter som er planlagt godt er kritisk», og et prosjekt anbefaler å «Utarbeide en utrullingsmodell som sikrer lokalt eierskap». Både Bærum og KS' casekommuner innførte løsningene gradvis, med piloter først og deretter i puljer eller bølger, slik at erfaringene fra de første kunne brukes videre. Uten en utrullingsplan kan ikke prosjekteieren vurdere om innføringen er realistisk før gjennomføring (BP3) eller klar ved overlevering (BP4). Et prosjekt som er avhengig av kommunale beslutninger, svarer på dette i municipal.rollout_plan i stedet.",
    en: "Bærum's experience is that «Implementeringsaktiviteter som er planlagt godt er kritisk» (well-planned implementation activities are critical), and one project advises to «Utarbeide en utrullingsmodell som sikrer lokalt eierskap» (make a rollout model that secures local ownership). Both Bærum and the KS case municipalities introduced solutions step by step, pilots first and then in batches or waves, so that the first experiences could be used further on. Without a rollout plan the project owner cannot judge whether the introduction is realistic before execution (BP3) or ready at handover (BP4). A project that depends on municipal decisions answers this in municipal.rollout_plan instead.",
  },
  messages: {
    default: {
      nb: "Beskriv hvordan løsningen skal rulles ut – piloter, puljer eller bølger, og i hvilken rekkefølge (change.rollout_plan).",
      en: "Describe how the solution will be rolled out – pilots, batches (puljer) or waves (bølger), and in what order (change.rollout_plan).",
    },
  },
  example: `change:
  rollout_plan: "Pilot i to soner høsten 2026, deretter to puljer med to soner hver våren 2027."`,
  check({ dossier }) {
    if (dependsOnMunicipalities(dossier)) return [];
    return isMissing(dossier.change?.rollout_plan) ? [{ pointer: ptr("change", "rollout_plan") }] : [];
  },
});
