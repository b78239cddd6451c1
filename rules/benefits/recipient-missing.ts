import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/recipient-missing",
  gates: { BP2: "warning", BP3: "error" },
  source: [
    { doc: "004", locator: "«kartlegge hvor gevinstene vil oppstå», «også gevinster som oppstår utenfor egen virksomhet identifiseres»" },
    { doc: "DFØ", locator: "(gevinster for øvrige aktører)" },
  ],
  description: {
    nb: "En nyttevirkning (gevinst) uten `recipient`: det er ikke kartlagt hvor den oppstår.",
    en: "A benefit without `recipient`: where it arises is not mapped.",
  },
  rationale: {
    nb: "Digitaliseringsrådet skriver at en viktig del av gevinstarbeidet i tidlig fase er «å kartlegge hvor gevinstene vil oppstå», og at «også gevinster som oppstår utenfor egen virksomhet identifiseres». DFØ ber prosjektet beskrive gevinster for øvrige aktører på samme måte som for egen virksomhet. Uten en mottaker vet ingen hvem som skal ta ut nyttevirkningen (gevinsten), hvem nytteeieren bør være, eller hvem prosjektet må ha dialog med.",
    en: "Digitaliseringsrådet writes that an important part of early benefits work is «å kartlegge hvor gevinstene vil oppstå», and that «også gevinster som oppstår utenfor egen virksomhet identifiseres». DFØ asks the project to describe benefits for other actors just as for its own organisation. Without a recipient nobody knows who is to take the benefit out, who the nytteeier should be, or whom the project must talk to.",
  },
  messages: {
    default: {
      nb: "Nyttevirkningen (gevinsten) {benefit} har ingen mottaker (benefits[].recipient). Oppgi id-en til interessenten der nyttevirkningen oppstår.",
      en: "Benefit {benefit} has no recipient (benefits[].recipient). Give the id of the stakeholder where the benefit arises.",
    },
  },
  example: `stakeholders:
  - { id: kommunene, name: Kommunene, level: kommune }
benefits:
  - id: b1
    recipient: kommunene`,
  check({ dossier }) {
    return items(dossier.benefits)
      .filter(({ item }) => isMissing(item.recipient))
      .map(({ item, index }) => ({ pointer: ptr("benefits", index, "recipient"), data: { benefit: label(item, index) } }));
  },
});
