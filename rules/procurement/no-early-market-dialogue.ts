import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "procurement/no-early-market-dialogue",
  gates: { BP2: "warning" },
  source: [{ doc: "001", locator: "(tidlig dialog med leverandørmarkedet, LUP)" }],
  description: {
    nb: "Ingen dialog med leverandørmarkedet er beskrevet (`instruments.market.dialogue` mangler).",
    en: "No dialogue with the vendor market is described (`instruments.market.dialogue` is missing).",
  },
  rationale: {
    nb: "Digitaliseringsrådet har flere år trukket fram «tidlig dialog med leverandørmarkedet som et viktig tema», og gleder seg over at flere forstår «hvor viktig det er å søke råd i markedet tidlig i prosessen». Virksomheter som fikk råd om å kontakte Leverandørutviklingsprogrammet (LUP), beskrev behovene sine i stedet for å begynne med krav. Dialogen må skje før konseptvalget er låst ved BP2, ellers er det for sent å dra nytte av leverandørenes kompetanse og innovasjonskraft. Beskriv hvordan og når prosjektet har snakket med markedet.",
    en: "For several years Digitaliseringsrådet has singled out «tidlig dialog med leverandørmarkedet som et viktig tema» (early dialogue with the vendor market as an important theme), and welcomes that more organisations understand «hvor viktig det er å søke råd i markedet tidlig i prosessen» (how important it is to seek the market's advice early). Organisations advised to contact the supplier development programme (LUP) described their needs instead of starting with requirements. The dialogue must happen before the concept choice is locked at BP2, or it is too late to benefit from the vendors' competence and capacity for innovation. Describe how and when the project has talked to the market.",
  },
  messages: {
    default: {
      nb: "Dossieren beskriver ingen tidlig dialog med leverandørmarkedet (instruments.market.dialogue); vurder for eksempel en markedsdialog med råd fra LUP.",
      en: "The dossier describes no early dialogue with the vendor market (instruments.market.dialogue); consider, for example, a market dialogue with advice from LUP.",
    },
  },
  example: `instruments:
  market:
    dialogue: "Dialogkonferanse med leverandørene i konseptfasen, med råd fra LUP."`,
  check({ dossier }) {
    return isMissing(dossier.instruments?.market?.dialogue) ? [{ pointer: ptr("instruments", "market", "dialogue") }] : [];
  },
});
