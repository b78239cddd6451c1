import { defineRule } from "../../src/evaluate/rule.js";
import { containsText, ptr } from "../helpers.js";

export default defineRule({
  id: "instruments/law-before-softer-means",
  gates: { BP2: "warning", BP4: "off" },
  source: [{ doc: "003", locator: "§5.3.1, §6.3 (veiledning → normering → forskrift → lov)" }],
  description: {
    nb: "`instruments.legal.choice` er `lov` eller `forskrift`, og `instruments.legal.rationale` nevner verken «veiledning» eller «normering».",
    en: "`instruments.legal.choice` is `lov` or `forskrift`, and `instruments.legal.rationale` mentions neither «veiledning» nor «normering».",
  },
  rationale: {
    nb: "Lov og forskrift tvinger kommunene og utfordrer det kommunale selvstyret, og en lovprosess kan ta opptil to år. Både departementet og KS anbefaler i masteroppgaven å starte med de «mykere virkemidlene», som veiledning og normering, før man går videre med forskrift og til slutt lov, fordi «Dette sikrer at løsningen er testet og akseptert». KS har erfart at løsninger er blitt lovpålagt før de var ferdig utviklet. Et prosjekt som velger lov eller forskrift, må derfor begrunne hvorfor veiledning og normering ikke er nok, eller vise at de er prøvd.",
    en: "Lov and forskrift compel the kommuner and challenge local self-government, and a legislative process can take up to two years. In the thesis both the ministry and KS advise starting with the «mykere virkemidlene» (softer instruments), veiledning and normering, before moving on to forskrift and finally lov, because «Dette sikrer at løsningen er testet og akseptert» (this ensures the solution is tested and accepted). KS has seen solutions made mandatory by law before they were finished. A project that chooses lov or forskrift must therefore explain why veiledning and normering are not enough, or show that they have been tried.",
  },
  messages: {
    default: {
      nb: "Valgt juridisk virkemiddel er {choice}, men begrunnelsen nevner verken veiledning eller normering (instruments.legal.rationale). Forklar hvorfor de mykere virkemidlene ikke er nok, eller at de er prøvd.",
      en: "The chosen legal instrument is {choice}, but the rationale mentions neither veiledning nor normering (instruments.legal.rationale). Explain why the softer virkemidler are not enough, or that they have been tried.",
    },
  },
  example: `instruments:
  legal:
    assessed: true
    choice: forskrift
    rationale: "Veiledning og normering er prøvd i to år; 40 kommuner står fortsatt utenfor."`,
  check({ dossier }) {
    const legal = dossier.instruments?.legal;
    const choice = legal?.choice;
    if (choice !== "lov" && choice !== "forskrift") return [];
    if (containsText(legal?.rationale, "veiledning") || containsText(legal?.rationale, "normering")) return [];
    return [{ pointer: ptr("instruments", "legal", "rationale"), data: { choice } }];
  },
});
