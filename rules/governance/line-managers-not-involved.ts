import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/line-managers-not-involved",
  gates: { BP3: "warning" },
  source: [
    { doc: "000", locator: "«må det eies på hvert nivå nedover i linja»" },
    { doc: "002", locator: "mellomledere" },
  ],
  description: {
    nb: "Linjelederne er ikke involvert (`anchoring.line_managers_involved` er ikke `true`).",
    en: "Line managers are not involved (`anchoring.line_managers_involved` is not `true`).",
  },
  rationale: {
    nb: "Det er linjelederne som skal ta løsningen i bruk i sine enheter og ta ut nyttevirkningene (gevinstene) når prosjektet er ferdig. Bærums intervjuer peker på lederlinjen som det initiativene er avhengige av: «I tillegg til informasjon må det eies på hvert nivå nedover i linja». KS' rapport peker på mellomlederne som et ledd omstillingen ofte stopper i; derfor bør de være involvert før gjennomføringen starter ved BP3.",
    en: "Line managers are the ones who will put the solution to use in their units and realise the benefits once the project is done. The Bærum interviews name the management line as what initiatives depend on: «I tillegg til informasjon må det eies på hvert nivå nedover i linja» (beyond information, it must be owned at every level down the line). The KS report points to middle managers as a level where transformation often stalls; so they should be involved before execution starts at BP3.",
  },
  messages: {
    default: {
      nb: "Dossieren viser ikke at lederne nedover i linjen er involvert i prosjektet (governance.anchoring.line_managers_involved).",
      en: "The dossier does not show that the managers down the line are involved in the project (governance.anchoring.line_managers_involved).",
    },
  },
  example: `governance:
  anchoring:
    top_management: true
    line_managers_involved: true`,
  check({ dossier }) {
    return isTrue(dossier.governance?.anchoring?.line_managers_involved)
      ? []
      : [{ pointer: ptr("governance", "anchoring", "line_managers_involved") }];
  },
});
