import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, personMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/project-manager-missing",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "PV", locator: "BP2 #7, BP3" }],
  description: {
    nb: "Ingen prosjektleder: `governance.project_manager` mangler eller har ikke `name`.",
    en: "No project manager: `governance.project_manager` is missing or has no `name`.",
  },
  rationale: {
    nb: "Ved BP2 skal prosjektlederen for planleggingsfasen godkjennes, og ved BP3 skal en prosjektleder lede gjennomføringen etter styringsdokumentet. Prosjektlederen er den som planlegger, koordinerer og rapporterer til prosjekteieren og styringsgruppen. Uten en navngitt prosjektleder har ingen det daglige ansvaret, og planene i dossieren har ingen som skal følge dem opp.",
    en: "At BP2 the project manager for the planning phase is to be approved, and at BP3 a project manager is to run execution according to the steering document. The project manager plans, coordinates and reports to the owner and the steering group. Without a named project manager nobody holds day-to-day responsibility, and the plans in the dossier have nobody to carry them out.",
  },
  messages: {
    default: {
      nb: "Prosjektet har ingen navngitt prosjektleder (governance.project_manager.name).",
      en: "The project has no named project manager (prosjektleder) (governance.project_manager.name).",
    },
  },
  example: `governance:
  project_manager: { name: "Ola Hansen", organisation: Bufdir, dedicated: true }`,
  check({ dossier }) {
    const pm = dossier.governance?.project_manager;
    if (!personMissing(pm)) return [];
    return [{ pointer: isMissing(pm) ? ptr("governance", "project_manager") : ptr("governance", "project_manager", "name") }];
  },
});
