import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, personMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/forvaltning-roles-missing",
  gates: { BP3: "info", BP4: "error" },
  source: [
    { doc: "PV", locator: "BP4 #7 (ansvar for forvaltning og drift avklart, avtaler inngått)" },
    { doc: "000", locator: "«Eierskap til prosessene. Hvem eier dem?», «Gode roller både i fag og IT når systemene skal forvaltes»" },
    { doc: "002", locator: "RÅD 9 (systemansvar)" },
  ],
  description: {
    nb: "Systemeier eller prosesseier i forvaltning mangler (`handover.system_owner` eller `handover.process_owner` mangler eller har ikke `name`).",
    en: "The system owner or process owner in forvaltning is missing (`handover.system_owner` or `handover.process_owner` is missing or has no `name`).",
  },
  rationale: {
    nb: "Ved BP4 spør Prosjektveiviseren om ansvaret for forvaltning og drift er avklart og avtalene inngått. Det krever en systemeier som eier løsningen og en prosesseier som eier de endrede arbeidsprosessene; Bærums intervjuer spør «Eierskap til prosessene. Hvem eier dem?» og ber om «Gode roller både i fag og IT når systemene skal forvaltes». Uten disse rollene blir løsningen stående uten noen som prioriterer videreutvikling og følger opp at prosessene faktisk endres.",
    en: "At BP4 Prosjektveiviseren asks whether responsibility for forvaltning and operations is settled and the agreements made. That takes a system owner (systemeier) who owns the solution and a process owner (prosesseier) who owns the changed work processes; the Bærum interviews ask «Eierskap til prosessene. Hvem eier dem?» (who owns the processes?) and call for «Gode roller både i fag og IT når systemene skal forvaltes». Without these roles the solution is left with nobody to prioritise its further development or to see that the processes really change.",
  },
  messages: {
    both: {
      nb: "Dossieren navngir verken systemeier eller prosesseier i forvaltning (governance.handover.system_owner, governance.handover.process_owner).",
      en: "The dossier names neither a system owner (systemeier) nor a process owner (prosesseier) in forvaltning (governance.handover.system_owner, governance.handover.process_owner).",
    },
    systemOwner: {
      nb: "Dossieren navngir ingen systemeier i forvaltning (governance.handover.system_owner.name).",
      en: "The dossier names no system owner (systemeier) in forvaltning (governance.handover.system_owner.name).",
    },
    processOwner: {
      nb: "Dossieren navngir ingen prosesseier for de endrede arbeidsprosessene (governance.handover.process_owner.name).",
      en: "The dossier names no process owner (prosesseier) for the changed work processes (governance.handover.process_owner.name).",
    },
  },
  example: `governance:
  handover:
    receiving_unit: "Seksjon for digitale tjenester"
    system_owner: { name: "Siri Dahl", role: "avdelingsdirektør", organisation: Bufdir }
    process_owner: { name: "Per Berg", role: "seksjonssjef", organisation: Bufdir }`,
  check({ dossier }) {
    const handover = dossier.governance?.handover;
    const system = handover?.system_owner;
    const process = handover?.process_owner;
    const noSystem = personMissing(system);
    const noProcess = personMissing(process);
    if (noSystem && noProcess) return [{ pointer: ptr("governance", "handover"), messageId: "both" }];
    const at = (key: "system_owner" | "process_owner", person: unknown) =>
      isMissing(person) ? ptr("governance", "handover", key) : ptr("governance", "handover", key, "name");
    if (noSystem) return [{ pointer: at("system_owner", system), messageId: "systemOwner" }];
    if (noProcess) return [{ pointer: at("process_owner", process), messageId: "processOwner" }];
    return [];
  },
});
