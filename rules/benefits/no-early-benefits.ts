import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/no-early-benefits",
  gates: { BP3: "info" },
  source: [
    { doc: "004", locator: "«Tar ut gevinster underveis»" },
    { doc: "001", locator: "«Lever nytte underveis»" },
  ],
  description: {
    nb: "Ingen `benefits_plan.early_benefits`: planen sier ikke hvilke nyttevirkninger (gevinster) som tas ut underveis i prosjektet.",
    en: "No `benefits_plan.early_benefits`: the plan does not say which benefits are taken along the way.",
  },
  rationale: {
    nb: "Digitaliseringsrådet anbefaler at prosjektene «Tar ut gevinster underveis»: få på plass et system for gevinstrealisering tidlig og begynn å realisere så tidlig som mulig, gjerne med de lavthengende fruktene først. Rådet skriver også at de som lykkes best, leverer gevinster underveis og ber om tilbakemeldinger, slik at gevinster ikke bare er noe man planlegger i starten og forsøker å måle i etterkant. Nyttevirkninger (gevinster) underveis gir tidlig bevis, holder på støtten i linjen og gir læring til resten av gjennomføringen.",
    en: "Digitaliseringsrådet advises projects that «Tar ut gevinster underveis»: set up benefits realisation early and start realising as soon as possible, low-hanging fruit first. It also writes that those who succeed best deliver benefits along the way and ask for feedback, so that benefits are not just planned at the start and measured afterwards. Benefits taken along the way give early proof, keep the line's support and teach the rest of gjennomføring.",
  },
  messages: {
    default: {
      nb: "Planen sier ikke hvilke nyttevirkninger (gevinster) som kan tas ut underveis i prosjektet (benefits_plan.early_benefits).",
      en: "The plan does not say which benefits (nyttevirkninger, gevinster) can be taken along the way (benefits_plan.early_benefits).",
    },
  },
  example: `benefits_plan:
  early_benefits: "Digital bekymringsmelding tas i bruk i pilotkommunene før fagsystemet er ferdig."`,
  check({ dossier }) {
    return isMissing(dossier.benefits_plan?.early_benefits) ? [{ pointer: ptr("benefits_plan", "early_benefits") }] : [];
  },
});
