import { defineRule } from "../../src/evaluate/rule.js";
import { councilOf, overQaThreshold, ptr } from "../helpers.js";

export default defineRule({
  id: "council/qa-scheme-threshold",
  gates: { BP1: "info" },
  source: [{ doc: "001", locator: "«terskelen … senkes til 300 millioner kroner»" }],
  description: {
    nb: "`project.cost_estimate_mnok` er over 300: prosjektet omfattes av KS-ordningen i tillegg til rådsmøtet.",
    en: "`project.cost_estimate_mnok` is over 300: the project falls under KS-ordningen besides the council meeting.",
  },
  rationale: {
    nb: "Regjeringen bestemte at terskelen for digitaliseringsprosjekter i Finansdepartementets kvalitetssikringsordning (KS-ordningen) «skal senkes til 300 millioner kroner». Et prosjekt over terskelen må derfor planlegge ekstern kvalitetssikring (KS1 og KS2) i tillegg til dialogen med Digitaliseringsrådet. Rådet understreker at endringen ikke bør ha betydning for bruken av rådet, som er en dialogbasert rådgivningsfunksjon; dette er derfor bare et råd om å se de to prosessene i sammenheng.",
    en: "The government decided that the threshold for digitalisation projects in the Finance Ministry's quality-assurance scheme (KS-ordningen) «skal senkes til 300 millioner kroner» (is lowered to 300 million kroner). A project above the threshold must therefore plan external quality assurance (KS1 and KS2) besides its dialogue with Digitaliseringsrådet. The council stresses that the change should not affect the use of the council, which is a dialogue-based advisory function; this is therefore only advice to see the two processes together.",
  },
  messages: {
    default: {
      nb: "Kostnadsanslaget er {cost} MNOK, over terskelen på 300 MNOK for KS-ordningen: planlegg ekstern kvalitetssikring (KS1/KS2) ved siden av rådsmøtet (project.cost_estimate_mnok).",
      en: "The cost estimate is {cost} MNOK, above the 300 MNOK threshold of KS-ordningen: plan external quality assurance (KS1/KS2) alongside the council meeting (project.cost_estimate_mnok).",
    },
  },
  example: `project:
  cost_estimate_mnok: 250
  council:
    meeting_date: 2025-12-10`,
  check({ dossier }) {
    if (!councilOf(dossier)) return [];
    return overQaThreshold(dossier) ? [{ pointer: ptr("project", "cost_estimate_mnok"), data: { cost: dossier.project.cost_estimate_mnok! } }] : [];
  },
});
