import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/steering-member-without-authority",
  gates: { BP3: "warning" },
  source: [{ doc: "000", locator: "«både har myndighet, ansvar og interesse for resultat»" }],
  description: {
    nb: "Et styringsgruppemedlem uten beslutningsmyndighet (`decision_authority` er ikke `true`).",
    en: "A steering-group member without decision authority (`decision_authority` is not `true`).",
  },
  rationale: {
    nb: "Styringsgruppen skal ta beslutninger underveis, og det kan bare medlemmer som kan forplikte sin egen virksomhet. Bærums prosjektledere ber om «Riktig personer i styringsgruppe som både har myndighet, ansvar og interesse for resultat», og sier at styringsgruppa «må ha nok myndighet til å holde prosjektet i gang». Et medlem uten beslutningsmyndighet må gå tilbake til sin egen ledelse, og i gjennomføringen gir det forsinkelser og uklare vedtak.",
    en: "The steering group must take decisions along the way, and only members who can commit their own organisation can do so. Bærum's project managers ask for «Riktig personer i styringsgruppe som både har myndighet, ansvar og interesse for resultat» (people with authority, responsibility and an interest in the result), and say the group «må ha nok myndighet til å holde prosjektet i gang». A member without decision authority must go back to their own management, which during execution means delays and unclear decisions.",
  },
  messages: {
    default: {
      nb: "Styringsgruppemedlemmet {member} har ikke beslutningsmyndighet (governance.steering_group[{index}].decision_authority); gi medlemmet fullmakt eller erstatt det med en leder som kan beslutte.",
      en: "Steering-group member {member} has no decision authority (governance.steering_group[{index}].decision_authority); give them a mandate or replace them with a leader who can decide.",
    },
  },
  example: `governance:
  steering_group:
    - { name: "Kari Nordmann", organisation: Bufdir, represents: eier, decision_authority: true }`,
  check({ dossier }) {
    return items(dossier.governance?.steering_group)
      .filter(({ item }) => !isTrue(item.decision_authority))
      .map(({ item, index }) => ({
        pointer: ptr("governance", "steering_group", index, "decision_authority"),
        data: { member: `«${label(item, index)}»`, index },
      }));
  },
});
