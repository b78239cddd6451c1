import { defineRule } from "../../src/evaluate/rule.js";
import { belongsTo, isCitizenGroup, isKeyActor, items, organisationKeys, ptr, someoneBelongsTo, stakeholderName, stakeholders } from "../helpers.js";

export default defineRule({
  id: "governance/partner-leaders-not-in-steering-group",
  gates: { BP3: "warning" },
  source: [{ doc: "004", locator: "«Plasser ledere som har ansvar for samarbeidet i styringsgruppen»" }],
  description: {
    nb: "En nøkkelaktør med `strategy: samarbeid`, som prosjekteieren ikke hører til, har ingen i styringsgruppen.",
    en: "A key actor with `strategy: samarbeid` that the project owner does not belong to has no member in the steering group.",
  },
  rationale: {
    nb: "Digitaliseringsrådet råder prosjekter som bygger på samarbeid: «Plasser ledere som har ansvar for samarbeidet i styringsgruppen». Lederne må ta ansvar utover egne virksomhetsgrenser og ta nødvendige beslutninger underveis, og en nøkkelaktør (høy viktighet, lav erstattbarhet) som prosjektet skal samarbeide med, kan ikke bindes uten å sitte der beslutningene tas. Ved BP3 bør hver slik partner ha en leder i styringsgruppen (prosjektstyret).",
    en: "Digitaliseringsrådet advises projects built on collaboration: «Plasser ledere som har ansvar for samarbeidet i styringsgruppen» (place the leaders responsible for the collaboration in the steering group). Leaders must take responsibility beyond their own organisation and make the necessary decisions along the way, and a key actor (high importance, low replaceability) the project must collaborate with cannot be committed without a seat where decisions are taken. At BP3 every such partner should have a leader in the steering group (prosjektstyre).",
  },
  messages: {
    default: {
      nb: "Nøkkelaktøren {stakeholder} skal prosjektet samarbeide med (strategy: samarbeid), men ingen i styringsgruppen hører til den (stakeholders[{index}], governance.steering_group); plasser en leder derfra i styringsgruppen.",
      en: "The project is to collaborate with key actor {stakeholder} (strategy: samarbeid), but no steering-group member belongs to it (stakeholders[{index}], governance.steering_group); place one of its leaders in the steering group.",
    },
  },
  example: `governance:
  owner: { name: "Kari Nordmann", organisation: Bufdir }
  steering_group:
    - { name: "Kari Nordmann", organisation: Bufdir, represents: eier, decision_authority: true }
    - { name: "Anne Moe", organisation: KS, represents: samarbeidspart, decision_authority: true }
stakeholders:
  - { id: ks, name: KS, level: kommune, importance: høy, replaceability: lav, strategy: samarbeid }`,
  check({ dossier }) {
    const owner = dossier.governance?.owner;
    const members = organisationKeys(items(dossier.governance?.steering_group).map(({ item }) => item));
    return stakeholders(dossier)
      .filter(({ item }) => isKeyActor(item) && item.strategy === "samarbeid" && !isCitizenGroup(item))
      .filter(({ item }) => !belongsTo(owner, item) && !someoneBelongsTo(members, item))
      .map(({ item, index }) => ({
        pointer: ptr("stakeholders", index),
        data: { stakeholder: `«${stakeholderName(item, index)}»`, index },
      }));
  },
});
