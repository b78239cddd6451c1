import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/story-no-urgency",
  gates: { BP2: "info" },
  source: [{ doc: "001", locator: "«Fortell hvorfor det haster»" }],
  description: {
    nb: "Den gode historien sier ikke hvorfor det haster (`story.why_now`).",
    en: "The good story does not say why it is urgent (`story.why_now`).",
  },
  rationale: {
    nb: "Blant Digitaliseringsrådets gode råd til toppledere står «Fortell hvorfor det haster». Et prosjekt som ikke kan si hvorfor det må gjøres nå, taper lett mot andre behov i prioriteringene og i budsjettprosessene. Ved BP2 er regelen et råd: en begrunnelse for tidspunktet styrker historien som skal gi prosjektet gjennomslag.",
    en: "Among Digitaliseringsrådet's advice to top leaders is «Fortell hvorfor det haster» (tell why it is urgent). A project that cannot say why it must be done now easily loses to other needs in prioritisation and in the budget processes. At BP2 the rule is advice: a reason for the timing strengthens the story that is to win the project support.",
  },
  messages: {
    default: {
      nb: "Den gode historien sier ikke hvorfor det haster (needs.story.why_now).",
      en: "The good story does not say why it is urgent (needs.story.why_now).",
    },
  },
  example: `needs:
  story:
    why_now: "Dagens fagsystemer går ut av support i 2027, og ny barnevernlov krever bedre dokumentasjon."`,
  check({ dossier }) {
    return isMissing(dossier.needs?.story?.why_now) ? [{ pointer: ptr("needs", "story", "why_now") }] : [];
  },
});
