import { defineRule } from "../../src/evaluate/rule.js";
import { councilOf, daysBetween, isMissing, items, label, ptr } from "../helpers.js";

/** The anbefalingsbrev comes about a week after the rådsmøte (001 step 4). */
const LETTER_DAYS = 7;

export default defineRule({
  id: "council/recommendations-unanswered",
  gates: { BP1: "warning" },
  source: [
    { doc: "001", locator: "step 4 «En uke etter rådsmøtet mottar virksomhetslederen et anbefalingsbrev», steps 5–6 (oppfølgingssamtale, erfaringssamtale about a year later)" },
    { doc: "001", locator: "«nyttige diskusjoner om hvordan de kan følge opp anbefalingene»" },
  ],
  description: {
    nb: "Rådsmøtet var for mer enn 7 dager siden og `recommendations` mangler, eller en anbefaling fra rådet har ikke noe `response`.",
    en: "The council meeting was more than 7 days ago and `recommendations` is missing, or a recommendation from the council has no `response`.",
  },
  rationale: {
    nb: "«En uke etter rådsmøtet mottar virksomhetslederen et anbefalingsbrev» som oppsummerer rådene, og rådet følger opp med en oppfølgingssamtale og en erfaringssamtale om lag ett år senere. Virksomhetene forteller at de etter møtet har hatt «nyttige diskusjoner om hvordan de kan følge opp anbefalingene». Dossieren bør derfor vise anbefalingene og hva prosjektet gjør med hver av dem, eller hvorfor det ikke følger dem; ellers forsvinner rådene mellom møtet og neste beslutningspunkt.",
    en: "«En uke etter rådsmøtet mottar virksomhetslederen et anbefalingsbrev» (a week after the meeting the head of the agency receives a recommendation letter) summing up the advice, and the council follows up with a follow-up talk and an experience talk about a year later. Agencies say that after the meeting they had «nyttige diskusjoner om hvordan de kan følge opp anbefalingene» (useful discussions on how to follow up the recommendations). The dossier should therefore show the recommendations and what the project does about each, or why it does not follow it; otherwise the advice is lost between the meeting and the next gate.",
  },
  messages: {
    noLetter: {
      nb: "Rådsmøtet var {meeting}, for {days} dager siden, men anbefalingene fra anbefalingsbrevet er ikke ført inn. Før dem inn med prosjektets svar på hver (project.council.recommendations).",
      en: "The council meeting was on {meeting}, {days} days ago, but the recommendations from the anbefalingsbrev are not recorded. Add them with the project's response to each (project.council.recommendations).",
    },
    noResponse: {
      nb: "Anbefaling {id} fra Digitaliseringsrådet har ikke noe svar: skriv hva prosjektet gjør med den, eller hvorfor det ikke følger den (project.council.recommendations[].response).",
      en: "Recommendation {id} from Digitaliseringsrådet has no response: write what the project does about it, or why it does not follow it (project.council.recommendations[].response).",
    },
  },
  example: `project:
  council:
    meeting_date: 2025-12-10
    recommendations:
      - id: a1
        text: "Kartlegg hvordan kommunene beslutter."
        response: "Beslutningsstrukturen kartlegges sammen med KS innen mars."
        status: planlagt`,
  check({ dossier, today }) {
    const council = councilOf(dossier);
    if (!council) return [];
    const recommendations = council.recommendations;
    if (isMissing(recommendations)) {
      const days = daysBetween(council.meeting_date, today);
      return days > LETTER_DAYS
        ? [
            {
              pointer: ptr("project", "council", "recommendations"),
              messageId: "noLetter",
              data: { meeting: String(council.meeting_date), days },
            },
          ]
        : [];
    }
    return items(recommendations)
      .filter(({ item }) => isMissing(item.response))
      .map(({ item, index }) => ({
        pointer: ptr("project", "council", "recommendations", index, "response"),
        messageId: "noResponse",
        data: { id: label(item, index) },
      }));
  },
});
