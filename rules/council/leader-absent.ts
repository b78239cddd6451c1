import { defineRule } from "../../src/evaluate/rule.js";
import { councilOf, isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "council/leader-absent",
  gates: { BP1: "warning" },
  source: [{ doc: "001", locator: "(the six themes are the top leader's responsibility and «ikke kan delegeres»)" }],
  description: {
    nb: "Virksomhetslederen deltar ikke på rådsmøtet: `project.council.leader_attends` er ikke true.",
    en: "The head of the agency does not attend the council meeting: `project.council.leader_attends` is not true.",
  },
  rationale: {
    nb: "Digitaliseringsrådet gir råd til topplederne, og understreker at «alle de seks temaene er topplederens ansvar, og at dette ansvaret ikke kan delegeres til prosjektledelsen». Det er virksomhetslederen som mottar anbefalingsbrevet og som skal følge opp rådene. Sender virksomheten bare prosjektet til møtet, når rådene ikke den som har myndighet til å handle på dem.",
    en: "Digitaliseringsrådet advises top leaders, and stresses that «alle de seks temaene er topplederens ansvar, og at dette ansvaret ikke kan delegeres til prosjektledelsen» (all six themes are the top leader's responsibility, which cannot be delegated to the project management). It is the head of the agency who receives the recommendation letter and must follow up the advice. If the agency sends only the project to the meeting, the advice does not reach the person with the authority to act on it.",
  },
  messages: {
    default: {
      nb: "Dossieren viser ikke at virksomhetslederen selv deltar på rådsmøtet (project.council.leader_attends); ansvaret for de seks temaene kan ikke delegeres til prosjektet.",
      en: "The dossier does not show that the head of the agency (virksomhetsleder) attends the council meeting (project.council.leader_attends); responsibility for the six themes cannot be delegated to the project.",
    },
  },
  example: `project:
  council:
    leader_attends: true`,
  check({ dossier }) {
    const council = councilOf(dossier);
    if (!council) return [];
    return isTrue(council.leader_attends) ? [] : [{ pointer: ptr("project", "council", "leader_attends") }];
  },
});
