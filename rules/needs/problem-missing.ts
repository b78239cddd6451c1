import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/problem-missing",
  gates: { BP1: "error" },
  source: [
    { doc: "003", locator: "felles problemforståelse" },
    { doc: "000", locator: "«beskrive hva vi har behov for»" },
  ],
  description: {
    nb: "Dossieren beskriver ikke behovet eller problemet prosjektet skal løse (`needs.problem_statement`).",
    en: "The dossier does not describe the need or problem the project is to solve (`needs.problem_statement`).",
  },
  rationale: {
    nb: "Et prosjekt må starte med behovet, ikke med løsningen. En prosjekteier i Bærums intervjuer beskriver fellen: fagfolk skriver kravspesifikasjonen og vil ha det som før, «men veldig mye mer», i stedet for «å beskrive hva vi har behov for». Masteroppgaven (Klijn og Koppenjan) viser at aktørene må etablere en felles problemforståelse, og det forutsetter at problemet er skrevet ned. Uten en problembeskrivelse kan ikke BP1 avgjøre om det er verdt å starte en konseptfase.",
    en: "A project must start from the need, not from the solution. A project owner in the Bærum interviews describes the trap: specialists write the requirements and want what they had, «men veldig mye mer» (but much more), instead of «å beskrive hva vi har behov for» (describing what we need). The thesis (Klijn and Koppenjan) shows that the actors must build a shared understanding of the problem, which presupposes that the problem is written down. Without a problem statement BP1 cannot decide whether a konseptfase is worth starting.",
  },
  messages: {
    default: {
      nb: "Beskriv behovet eller problemet prosjektet skal løse (needs.problem_statement).",
      en: "Describe the need or problem the project is to solve (needs.problem_statement).",
    },
  },
  example: `needs:
  problem_statement: "Bekymringsmeldinger kommer på papir og e-post og blir liggende; barnevernstjenestene mangler et felles digitalt mottak."`,
  check({ dossier }) {
    return isMissing(dossier.needs?.problem_statement) ? [{ pointer: ptr("needs", "problem_statement") }] : [];
  },
});
