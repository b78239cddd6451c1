import { defineRule } from "../../src/evaluate/rule.js";
import { items, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/missing",
  gates: { BP1: "warning", BP2: "error" },
  source: [
    { doc: "PV" },
    { doc: "001" },
  ],
  description: {
    nb: "Dossieren har ingen nyttevirkninger (gevinster) i `benefits`.",
    en: "The dossier lists no benefits (nyttevirkninger, gevinster) in `benefits`.",
  },
  rationale: {
    nb: "Nyttevirkningene (gevinstene) er grunnen til at prosjektet finnes: Prosjektveiviseren krever at de beskrives allerede i prosjektbegrunnelsen, og ved BP2 er spørsmålet om prosjektforslaget er en ønskelig investering. Digitaliseringsrådet går alltid gjennom tema 4, gevinster og gevinstrealisering, og skriver at gevinstrealisering har vært et gjennomgående tema i rådsmøtene. Et prosjekt uten beskrevne nyttevirkninger kan ikke sammenligne alternativer, utpeke nytteeiere (gevinsteiere) eller vise at investeringen lønner seg.",
    en: "The benefits are the reason the project exists: Prosjektveiviseren asks for them already in the prosjektbegrunnelse, and at BP2 the question is whether the proposal is a desirable investment. Digitaliseringsrådet always reviews theme 4, gevinster og gevinstrealisering, and writes that benefits realisation has been a recurring theme in its meetings. A project with no described benefits cannot compare alternatives, name benefit owners (nytteeier, gevinsteier) or show that the investment pays off.",
  },
  messages: {
    default: {
      nb: "Dossieren beskriver ingen nyttevirkninger (gevinster) (benefits). List hvilke nyttevirkninger prosjektet skal gi, hvem de oppstår hos og hvordan de måles.",
      en: "The dossier describes no benefits (nyttevirkninger, gevinster) (benefits). List the benefits the project will bring, where they arise and how they are measured.",
    },
  },
  example: `benefits:
  - id: b1
    description: "Raskere behandling av bekymringsmeldinger"
    type: kvantitativ`,
  check({ dossier }) {
    return items(dossier.benefits).length === 0 ? [{ pointer: ptr("benefits") }] : [];
  },
});
