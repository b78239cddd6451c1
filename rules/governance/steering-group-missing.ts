import { defineRule } from "../../src/evaluate/rule.js";
import { isPresent, presentItems, ptr, sameText } from "../helpers.js";

export default defineRule({
  id: "governance/steering-group-missing",
  gates: { BP2: "warning", BP3: "error" },
  source: [
    { doc: "PV", locator: "BP2 #2" },
    { doc: "000", locator: "«Styringsgruppe må/bør bestå av mer enn prosjekteier»" },
  ],
  description: {
    nb: "Ingen styringsgruppe (`steering_group` mangler), eller alle medlemmene har prosjekteierens navn.",
    en: "No steering group (`steering_group` is missing), or every member has the project owner's name.",
  },
  rationale: {
    nb: "Prosjektveiviseren forutsetter en styringsgruppe (prosjektstyre) som følger prosjektet mellom beslutningspunktene og tar beslutninger utover prosjektlederens fullmakter. En styringsgruppe som bare består av prosjekteieren, gir ingen bredere forankring og ingen motforestillinger; som en prosjektleder i Bærum sa: «Styringsgruppe må/bør bestå av mer enn prosjekteier». Fra BP3, når gjennomføringen starter, er en reell styringsgruppe et krav.",
    en: "Prosjektveiviseren assumes a steering group (prosjektstyre) that follows the project between the gates and takes decisions beyond the project manager's authority. A steering group consisting of the owner alone gives no broader anchoring and no counterweight; as a project manager in Bærum put it: «Styringsgruppe må/bør bestå av mer enn prosjekteier» (a steering group must consist of more than the owner). From BP3, when execution starts, a real steering group is required.",
  },
  messages: {
    default: {
      nb: "Prosjektet har ingen styringsgruppe (prosjektstyre) (governance.steering_group).",
      en: "The project has no steering group (styringsgruppe, prosjektstyre) (governance.steering_group).",
    },
    ownerOnly: {
      nb: "Styringsgruppen består bare av prosjekteieren {name}; legg til medlemmer som representerer brukerne, linjen og samarbeidspartene (governance.steering_group).",
      en: "The steering group consists of the project owner {name} alone; add members who represent the users, the line and the partners (governance.steering_group).",
    },
  },
  example: `governance:
  owner: { name: "Kari Nordmann", role: "direktør", organisation: Bufdir }
  steering_group:
    - { name: "Kari Nordmann", organisation: Bufdir, represents: eier, decision_authority: true }
    - { name: "Per Berg", organisation: Kommunene, represents: bruker, decision_authority: true }`,
  check({ dossier }) {
    const members = presentItems(dossier.governance?.steering_group);
    if (members.length === 0) return [{ pointer: ptr("governance", "steering_group") }];
    const owner = dossier.governance?.owner?.name;
    if (!isPresent(owner) || !members.every(({ item }) => sameText(item.name, owner))) return [];
    return [{ pointer: ptr("governance", "steering_group"), messageId: "ownerOnly", data: { name: `«${String(owner).trim()}»` } }];
  },
});
