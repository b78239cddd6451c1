import { defineRule } from "../../src/evaluate/rule.js";
import { isPresent, ptr, sameText } from "../helpers.js";

export default defineRule({
  id: "governance/owner-is-manager",
  gates: { BP2: "warning" },
  source: [
    { doc: "PV", locator: "roles (separate responsibilities)" },
    { doc: "000", locator: "«Profesjonaliserte (avklarte) roller»" },
  ],
  description: {
    nb: "Prosjekteieren er også prosjektleder: `owner.name` og `project_manager.name` er oppgitt og like.",
    en: "The project owner is also the project manager: `owner.name` and `project_manager.name` are given and equal.",
  },
  rationale: {
    nb: "Prosjektveiviseren skiller rollene: prosjekteieren beslutter ved beslutningspunktene og står ansvarlig for at nyttevirkningene (gevinstene) tas ut, mens prosjektlederen leder arbeidet til daglig og rapporterer til eieren. Når samme person har begge rollene, er det ingen som overprøver prosjektlederens vurderinger, og beslutningene blir i praksis selvgodkjenning. Bærums intervjuer trekker fram «Profesjonaliserte (Avklarte) roller» som en forutsetning for å lykkes, og ved BP2 skal prosjektlederen godkjennes som en egen rolle.",
    en: "Prosjektveiviseren separates the roles: the project owner decides at the gates and answers for the benefits being realised, while the project manager runs the work day to day and reports to the owner. When one person holds both roles, nobody challenges the project manager's judgement, and decisions become self-approval. The Bærum interviews name «Profesjonaliserte (Avklarte) roller» (professional, clarified roles) as a condition for success, and at BP2 the project manager is approved as a role of its own.",
  },
  messages: {
    default: {
      nb: "{name} er både prosjekteier og prosjektleder (governance.owner.name, governance.project_manager.name); la en annen person lede prosjektet, slik at eieren kan styre og overprøve.",
      en: "{name} is both prosjekteier (project owner) and prosjektleder (project manager) (governance.owner.name, governance.project_manager.name); let someone else manage the project, so that the owner can steer and challenge.",
    },
  },
  example: `governance:
  owner: { name: "Kari Nordmann", role: "direktør", organisation: Bufdir }
  project_manager: { name: "Ola Hansen", organisation: Bufdir, dedicated: true }`,
  check({ dossier }) {
    const owner = dossier.governance?.owner?.name;
    const manager = dossier.governance?.project_manager?.name;
    if (!isPresent(owner) || !isPresent(manager) || !sameText(owner, manager)) return [];
    return [{ pointer: ptr("governance", "project_manager", "name"), data: { name: String(manager).trim() } }];
  },
});
