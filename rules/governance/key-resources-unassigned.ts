import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/key-resources-unassigned",
  gates: { BP2: "warning" },
  source: [
    { doc: "PV", locator: "BP2 #9 (alle nøkkelressurser tilordnet prosjektet), BP3 #6 (prosjektorganisasjonen definert med roller og ansvar, og ressurser til å gjennomføre)" },
    { doc: "000", locator: "Styringsgruppemedlem 2 (people in drift are too seldom set aside for projects: «de blir satt på enkeltoppgaver og vi får ingen prosjektkultur»)" },
  ],
  description: {
    nb: "Ingen nøkkelressurser er tilordnet prosjektet (`team` mangler), eller en nøkkelrolle i `team` har ingen `name` (ingen fyller den ennå).",
    en: "No key resources are assigned to the project (`team` is missing), or a key role in `team` has no `name` (nobody fills it yet).",
  },
  rationale: {
    nb: "Prosjektveiviseren spør ved BP2 om alle nøkkelressurser er tilordnet prosjektet, og ved BP3 om prosjektorganisasjonen har roller, ansvar og ressurser til å gjennomføre. En plan uten navngitte personer i nøkkelrollene er en plan uten kapasitet. Bærums intervjuer viser hva som skjer ellers: folk fra drift blir for sjelden satt av til prosjekter, «de blir satt på enkeltoppgaver og vi får ingen prosjektkultur».",
    en: "At BP2 Prosjektveiviseren asks whether all key resources are assigned to the project, and at BP3 whether the project organisation has roles, responsibilities and resources to carry out the work. A plan without named people in its key roles is a plan without capacity. The Bærum interviews show what happens otherwise: people in operations are too seldom set aside for projects, «de blir satt på enkeltoppgaver og vi får ingen prosjektkultur» (they get single tasks and no project culture forms).",
  },
  messages: {
    default: {
      nb: "Dossieren navngir ingen nøkkelressurser tilordnet prosjektet utover prosjekteier, prosjektleder og styringsgruppe (governance.team).",
      en: "The dossier names no key resources assigned to the project besides the owner, the project manager and the steering group (governance.team).",
    },
    unfilled: {
      nb: "Nøkkelrollen «{role}» har ingen person tilordnet (governance.team[{index}].name).",
      en: "The key role «{role}» has nobody assigned to it (governance.team[{index}].name).",
    },
  },
  example: `governance:
  team:
    - { role: "løsningsarkitekt", name: "Ingrid Lie", organisation: Bufdir, allocation_pct: 80 }
    - { role: "innføringsleder", name: "Jon Vik", organisation: KS, allocation_pct: 50 }`,
  check({ dossier }) {
    const team = dossier.governance?.team;
    if (isMissing(team)) return [{ pointer: ptr("governance", "team") }];
    return items(team)
      .filter(({ item }) => isMissing(item.name))
      .map(({ item, index }) => ({
        pointer: ptr("governance", "team", index, "name"),
        messageId: "unfilled",
        data: { role: typeof item.role === "string" && !isMissing(item.role) ? item.role.trim() : `#${index + 1}`, index },
      }));
  },
});
