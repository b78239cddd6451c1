import { defineRule } from "../../src/evaluate/rule.js";
import { isKeyActor, isTrue, ptr, stakeholderName, stakeholders } from "../helpers.js";

export default defineRule({
  id: "stakeholders/no-shared-problem-understanding",
  gates: { BP3: "warning" },
  source: [{ doc: "003", locator: "«felles problemforståelse … eller være klar over at man ikke har det»" }],
  description: {
    nb: "En nøkkelaktør har ikke `shared_problem_understanding: true`.",
    en: "A key actor does not have `shared_problem_understanding: true`.",
  },
  rationale: {
    nb: "Ifølge masteroppgaven må aktørene i prosjektet «etablere en felles problemforståelse og forpliktelse, eller være klar over at man ikke har det». Hva problemet er, er ikke en objektiv størrelse, og aktørene kan ha ulike syn på hvor viktig det er for deres virksomhet; en ensidig beskrivelse av problemet er et av faresignalene. Ved BP3 bør prosjektet ha avklart at nøkkelaktørene deler problemforståelsen, eller vite at de ikke gjør det og ha en plan for det.",
    en: "According to the thesis, the actors in the project must «etablere en felles problemforståelse og forpliktelse, eller være klar over at man ikke har det» (establish a shared understanding of the problem and commitment, or be aware that they do not have it). What the problem is, is not an objective fact, and actors may differ on how much it matters to them; a one-sided problem description is one of the danger signals. At BP3 the project should have confirmed that the key actors share the understanding of the problem, or know that they do not and have a plan for it.",
  },
  messages: {
    unknown: {
      nb: "Det er ikke avklart om nøkkelaktøren {name} deler prosjektets problemforståelse (stakeholders[].shared_problem_understanding).",
      en: "It is not established whether key actor {name} shares the project's understanding of the problem (stakeholders[].shared_problem_understanding).",
    },
    no: {
      nb: "Nøkkelaktøren {name} deler ikke prosjektets problemforståelse (stakeholders[].shared_problem_understanding: false). Etabler en felles problemforståelse, eller beskriv hvordan uenigheten håndteres.",
      en: "Key actor {name} does not share the project's understanding of the problem (stakeholders[].shared_problem_understanding: false). Establish a shared understanding, or describe how the disagreement is handled.",
    },
  },
  example: `stakeholders:
  - { id: ks, name: KS, importance: høy, replaceability: lav, shared_problem_understanding: true }`,
  check({ dossier }) {
    return stakeholders(dossier)
      .filter(({ item }) => isKeyActor(item) && !isTrue(item.shared_problem_understanding))
      .map(({ item, index }) => ({
        pointer: ptr("stakeholders", index, "shared_problem_understanding"),
        messageId: item.shared_problem_understanding === false ? "no" : "unknown",
        data: { name: stakeholderName(item, index) },
      }));
  },
});
