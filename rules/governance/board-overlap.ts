import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/board-overlap",
  gates: { BP2: "info" },
  source: [{ doc: "000", locator: "«møter seg selv i døra i digitaliseringsrådet»" }],
  description: {
    nb: "Et styringsgruppemedlem sitter også i porteføljestyret (`also_in_portfolio_board: true`).",
    en: "A steering-group member also sits on the portfolio board (`also_in_portfolio_board: true`).",
  },
  rationale: {
    nb: "Styringsgruppen styrer prosjektet, mens porteføljestyret (i Bærum kalt digitaliseringsrådet) prioriterer mellom prosjekter og kontrollerer dem. En prosjektleder i Bærum advarte: «Hvis styringsgruppemedlemmene går fra et møte til neste og møter seg selv i døra i digitaliseringsrådet, så er jo ikke det så bra.» Samme person på begge sider svekker kontrollen og gjør rollene uklare; det er ikke forbudt, men bør være et bevisst valg.",
    en: "The steering group steers the project, while the portfolio board (in Bærum called the digitaliseringsråd) prioritises between projects and controls them. A Bærum project manager warned: «Hvis styringsgruppemedlemmene går fra et møte til neste og møter seg selv i døra i digitaliseringsrådet, så er jo ikke det så bra» (members meeting themselves in the door is not good). The same person on both sides weakens control and blurs roles; it is not forbidden, but it should be a deliberate choice.",
  },
  messages: {
    default: {
      nb: "Styringsgruppemedlemmet {member} sitter også i porteføljestyret (governance.steering_group[{index}].also_in_portfolio_board); vurder om kontrollen mellom de to organene blir svekket.",
      en: "Steering-group member {member} also sits on the portfolio board (governance.steering_group[{index}].also_in_portfolio_board); consider whether control between the two bodies is weakened.",
    },
  },
  example: `governance:
  steering_group:
    - { name: "Kari Nordmann", organisation: Bufdir, represents: eier, decision_authority: true, also_in_portfolio_board: false }`,
  check({ dossier }) {
    return items(dossier.governance?.steering_group)
      .filter(({ item }) => isTrue(item.also_in_portfolio_board))
      .map(({ item, index }) => ({
        pointer: ptr("governance", "steering_group", index, "also_in_portfolio_board"),
        data: { member: `«${label(item, index)}»`, index },
      }));
  },
});
