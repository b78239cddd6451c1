import { defineRule } from "../../src/evaluate/rule.js";
import { presentItems, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/goals-missing",
  gates: { BP2: "error" },
  source: [
    { doc: "PV" },
    { doc: "004" },
  ],
  description: {
    nb: "Prosjektet har ingen mål (`needs.goals`).",
    en: "The project has no goals (`needs.goals`).",
  },
  rationale: {
    nb: "Ved BP2 avgjør virksomhetsledelsen om prosjektforslaget er en ønskelig investering, og Prosjektveiviseren forutsetter at forslaget sier hva prosjektet skal oppnå. Digitaliseringsrådet ber prosjektene: «Gjør målene målbare og tallfester de interne gevinstene». Uten mål er det ingenting å styre etter i planleggingen, ingenting å vurdere leveransene mot ved BP4 og intet grunnlag for nyttevirkningene (gevinstene); masteroppgaven regner også uklare mål blant faresignalene.",
    en: "At BP2 top management decides whether the project proposal is a desirable investment, and Prosjektveiviseren presumes that the proposal says what the project is to achieve. Digitaliseringsrådet asks projects to «Gjør målene målbare og tallfester de interne gevinstene» (make goals measurable and quantify the benefits). Without goals there is nothing to steer by in planning, nothing to judge the deliveries against at BP4 and no basis for the benefits (gevinster); the thesis also counts unclear goals among the danger signals.",
  },
  messages: {
    default: {
      nb: "Prosjektet har ingen mål (needs.goals). Beskriv hva prosjektet skal oppnå, med indikator og målverdi for hvert mål.",
      en: "The project has no goals (needs.goals). Describe what the project is to achieve, with an indicator and a target for each goal.",
    },
  },
  example: `needs:
  goals:
    - { id: g1, text: "Alle kommuner tar i bruk nytt fagsystem", indicator: "andel kommuner på nytt fagsystem", baseline: "0", target: "100 %" }`,
  check({ dossier }) {
    return presentItems(dossier.needs?.goals).length === 0 ? [{ pointer: ptr("needs", "goals") }] : [];
  },
});
