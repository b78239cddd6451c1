import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, isMunicipalStakeholder, ptr, stakeholders } from "../helpers.js";

export default defineRule({
  id: "municipal/dependency-unanswered",
  gates: { BP1: "warning", BP2: "error" },
  source: [{ doc: "003", locator: "Vedlegg 2 konsept, first question" }],
  description: {
    nb: "Et statlig prosjekt med kommunale interessenter svarer ikke på om det er avhengig av kommunale beslutninger (`municipal.depends_on_municipal_decisions` mangler).",
    en: "A state project with municipal stakeholders does not say whether it depends on municipal decisions (`municipal.depends_on_municipal_decisions` is missing).",
  },
  rationale: {
    nb: "Det første spørsmålet i konseptfasen i masteroppgavens forslag til utvidet prosjektveiviser er: «Er prosjektets suksess avhengig av at kommunene foretar beslutninger om implementering av løsningen?» Kommunene er selvstendige beslutningstakere, og staten kan ikke pålegge dem å anskaffe eller ta i bruk en løsning. Når et statlig prosjekt har kommunale interessenter, avgjør svaret om prosjektet må kartlegge aktørene, beslutningsstrukturene og virkemidlene overfor kommunene. Et ubesvart spørsmål skjuler den største risikoen for at nyttevirkningene (gevinstene) aldri tas ut, slik Digibarnevern erfarte.",
    en: "The first question of the konsept phase in the thesis's proposed extension of Prosjektveiviseren is: «Er prosjektets suksess avhengig av at kommunene foretar beslutninger om implementering av løsningen?» Municipalities decide for themselves, and the state cannot order them to buy or adopt a solution. When a state project has municipal stakeholders, the answer decides whether it must map the actors, the decision structures and the virkemidler towards the kommuner. Leaving it unanswered hides the largest risk that the benefits are never realised, as Digibarnevern found.",
  },
  messages: {
    default: {
      nb: "Prosjektet er statlig og har kommunale interessenter, men sier ikke om nytten avhenger av beslutninger i kommunene (municipal.depends_on_municipal_decisions). Svar true eller false.",
      en: "The project is a state project with municipal stakeholders but does not say whether its benefits depend on decisions in the kommuner (municipal.depends_on_municipal_decisions). Answer true or false.",
    },
  },
  example: `municipal:
  depends_on_municipal_decisions: true`,
  check({ dossier }) {
    if (dossier.project.level !== "stat") return [];
    if (!stakeholders(dossier).some(({ item }) => isMunicipalStakeholder(item))) return [];
    if (!isMissing(dossier.municipal?.depends_on_municipal_decisions)) return [];
    return [{ pointer: ptr("municipal", "depends_on_municipal_decisions") }];
  },
});
