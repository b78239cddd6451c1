import { defineRule } from "../../src/evaluate/rule.js";
import { councilOf, isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "council/questions-missing",
  gates: { BP1: "warning" },
  source: [{ doc: "001", locator: "step 2 (spørsmål de ønsker å diskutere)" }],
  description: {
    nb: "Virksomheten har ingen egne spørsmål til Digitaliseringsrådet (`project.council.questions` mangler).",
    en: "The agency has no questions of its own for Digitaliseringsrådet (`project.council.questions` is missing).",
  },
  rationale: {
    nb: "I steg 2 av rådets prosess sender virksomheten dokumentasjon «og spørsmål som de ønsker å diskutere» med rådet. Rådet ber virksomhetene «først fortelle hvilke spørsmål de særlig ønsker å diskutere», fordi det gjør det mulig å tilpasse dialogen etter deres behov. Uten egne spørsmål blir rådsmøtet en gjennomgang av de seks temaene alene, og lederen går glipp av råd om det som faktisk opptar virksomheten.",
    en: "In step 2 of the council's process the agency sends its documentation «og spørsmål som de ønsker å diskutere» (and the questions it wants to discuss) with the council. The council asks agencies «først fortelle hvilke spørsmål de særlig ønsker å diskutere» (first to say which questions they particularly want to discuss), because that lets it fit the dialogue to their needs. Without questions of its own the meeting becomes a review of the six themes alone, and the leader misses advice on what actually concerns the agency.",
  },
  messages: {
    default: {
      nb: "Skriv ned spørsmålene virksomheten selv vil diskutere med Digitaliseringsrådet, og send dem sammen med dokumentasjonen (project.council.questions).",
      en: "Write down the questions the agency itself wants to discuss with Digitaliseringsrådet, and send them with the documentation (project.council.questions).",
    },
  },
  example: `project:
  council:
    questions: ["Hvordan sikrer vi at kommunene anskaffer nytt fagsystem?"]`,
  check({ dossier }) {
    const council = councilOf(dossier);
    if (!council) return [];
    return isMissing(council.questions) ? [{ pointer: ptr("project", "council", "questions") }] : [];
  },
});
