import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/baseline-missing",
  gates: { BP3: "warning", BP4: "error" },
  source: [{ doc: "DFØ", locator: "gevinstrealisering" }],
  description: {
    nb: "En nyttevirkning (gevinst) uten `baseline` (nullpunktsmåling).",
    en: "A benefit without `baseline` (nullpunktsmåling).",
  },
  rationale: {
    nb: "DFØs veiledning om gevinstrealisering ber om en nullpunktsmåling før endringen tas i bruk: uten et utgangspunkt kan ingen vise hvor mye en indikator har endret seg, og nyttevirkningen (gevinsten) kan verken dokumenteres eller følges opp. Målingen må gjøres før løsningen endrer arbeidsprosessene, ellers er nullpunktet tapt for godt. Derfor spør BP3 etter den, og ved BP4, når løsningen overleveres, er den et krav.",
    en: "DFØ's guidance on benefits realisation asks for a baseline measurement (nullpunktsmåling) before the change is taken into use: without a starting point nobody can show how far an indicator has moved, and the benefit can be neither documented nor followed up. The measurement must be made before the solution changes the work processes, or the baseline is lost for good. BP3 therefore asks for it, and at BP4, when the solution is handed over, it is required.",
  },
  messages: {
    default: {
      nb: "Nyttevirkningen (gevinsten) {benefit} har ingen nullpunktsmåling (benefits[].baseline). Mål utgangsverdien for indikatoren før løsningen tas i bruk.",
      en: "Benefit {benefit} has no baseline measurement, nullpunktsmåling (benefits[].baseline). Measure the indicator's starting value before the solution is taken into use.",
    },
  },
  example: `benefits:
  - id: b1
    indicator: "gjennomsnittlig behandlingstid for bekymringsmeldinger"
    baseline: "7 dager (snitt 2025)"
    target: "2 dager"`,
  check({ dossier }) {
    return items(dossier.benefits)
      .filter(({ item }) => isMissing(item.baseline))
      .map(({ item, index }) => ({ pointer: ptr("benefits", index, "baseline"), data: { benefit: label(item, index) } }));
  },
});
