import { defineRule } from "../../src/evaluate/rule.js";
import { isKeyActor, isMissing, ptr, stakeholderName, stakeholders } from "../helpers.js";

export default defineRule({
  id: "stakeholders/key-actor-without-involvement",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "003", locator: "«Hvilke aktører må knyttes til prosjektet»" }],
  description: {
    nb: "En nøkkelaktør (`importance: høy`, `replaceability: lav`) mangler `involvement`.",
    en: "A key actor (`importance: høy`, `replaceability: lav`) has no `involvement`.",
  },
  rationale: {
    nb: "Aktører med høy viktighet og lav erstatningsmulighet er ifølge masteroppgaven «den viktigste gruppen»: prosjektet lykkes ikke uten dem, og de kan ikke byttes ut. Spørsmålet «Hvilke aktører må knyttes til prosjektet» krever også et svar på hvordan de knyttes til, og det er det `involvement` beskriver. Ved BP2 er manglende involvering en advarsel; ved BP3, før gjennomføringen starter, er det en feil.",
    en: "Actors of high importance and low replaceability are, in the thesis's words, «den viktigste gruppen» (the most important group): the project cannot succeed without them, and they cannot be replaced. The question «Hvilke aktører må knyttes til prosjektet» (which actors must be tied to the project) also needs an answer on how they are tied to it, which is what `involvement` describes. At BP2 missing involvement is a warning; at BP3, before execution starts, it is an error.",
  },
  messages: {
    default: {
      nb: "Nøkkelaktøren {name} (høy viktighet, lav erstatningsmulighet) har ingen beskrivelse av hvordan prosjektet involverer den (stakeholders[].involvement).",
      en: "Key actor {name} (high importance, low replaceability) has no description of how the project involves it (stakeholders[].involvement).",
    },
  },
  example: `stakeholders:
  - { id: ks, name: KS, importance: høy, replaceability: lav, involvement: "Sitter i styringsgruppen og leder kommunenettverket" }`,
  check({ dossier }) {
    return stakeholders(dossier)
      .filter(({ item }) => isKeyActor(item) && isMissing(item.involvement))
      .map(({ item, index }) => ({ pointer: ptr("stakeholders", index, "involvement"), data: { name: stakeholderName(item, index) } }));
  },
});
