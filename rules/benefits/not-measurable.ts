import { defineRule, type RuleReport } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/not-measurable",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "004", locator: "«tallfester de interne gevinstene»" }],
  description: {
    nb: "En nyttevirkning (gevinst) uten `indicator` eller `target`.",
    en: "A benefit without `indicator` or `target`.",
  },
  rationale: {
    nb: "Digitaliseringsrådet anbefaler at virksomhetene «Gjør målene målbare og tallfester de interne gevinstene», og at de konkretiserer gevinstene. En nyttevirkning (gevinst) uten indikator kan ikke måles, og uten målverdi kan ingen si om den er tatt ut. Ved BP3 skal planen for nyttestyring (gevinstrealiseringsplanen) kunne følges opp, og det krever at hver nyttevirkning har både en indikator og et mål.",
    en: "Digitaliseringsrådet advises organisations to «Gjør målene målbare og tallfester de interne gevinstene», and to make the benefits concrete. A benefit without an indicator cannot be measured, and without a target nobody can say whether it has been realised. At BP3 the plan for nyttestyring (gevinstrealiseringsplan) must be possible to follow up, which needs an indicator and a target for every benefit.",
  },
  messages: {
    both: {
      nb: "Nyttevirkningen (gevinsten) {benefit} har verken indikator eller målverdi (benefits[].indicator, benefits[].target). Angi hva som måles og hvilken verdi som skal nås.",
      en: "Benefit {benefit} has neither an indicator nor a target (benefits[].indicator, benefits[].target). State what is measured and the value to be reached.",
    },
    indicator: {
      nb: "Nyttevirkningen (gevinsten) {benefit} har ingen indikator (benefits[].indicator). Angi hva som måles.",
      en: "Benefit {benefit} has no indicator (benefits[].indicator). State what is measured.",
    },
    target: {
      nb: "Nyttevirkningen (gevinsten) {benefit} har ingen målverdi (benefits[].target). Angi hvilken verdi som skal nås.",
      en: "Benefit {benefit} has no target (benefits[].target). State the value to be reached.",
    },
  },
  example: `benefits:
  - id: b1
    indicator: "gjennomsnittlig behandlingstid for bekymringsmeldinger"
    baseline: "7 dager"
    target: "2 dager"`,
  check({ dossier }) {
    const reports: RuleReport[] = [];
    for (const { item, index } of items(dossier.benefits)) {
      const noIndicator = isMissing(item.indicator);
      const noTarget = isMissing(item.target);
      if (!noIndicator && !noTarget) continue;
      const benefit = label(item, index);
      if (noIndicator && noTarget) reports.push({ pointer: ptr("benefits", index), messageId: "both", data: { benefit } });
      else if (noIndicator) reports.push({ pointer: ptr("benefits", index, "indicator"), messageId: "indicator", data: { benefit } });
      else reports.push({ pointer: ptr("benefits", index, "target"), messageId: "target", data: { benefit } });
    }
    return reports;
  },
});
