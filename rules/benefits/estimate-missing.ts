import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/estimate-missing",
  gates: { BP3: "warning" },
  source: [
    { doc: "004", locator: "«tallfester de interne gevinstene»" },
    { doc: "002", locator: "RÅD 7 «Gevinster må planlegges tidlig»" },
    { doc: "format", locator: "(`benefit_estimate_mnok` expected from planlegge on)" },
  ],
  description: {
    nb: "Ingen `project.benefit_estimate_mnok`, eller ingen nyttevirkning (gevinst) har `type` `kvantitativ` eller `økonomisk`.",
    en: "No `project.benefit_estimate_mnok`, or no benefit has `type` `kvantitativ` or `økonomisk`.",
  },
  rationale: {
    nb: "Digitaliseringsrådet anbefaler å gjøre målene målbare og «tallfester de interne gevinstene», og KS' RÅD 7 sier at «Gevinster må planlegges tidlig» og følges opp over tid. Fra planlegge skal dossieren derfor ha et samlet anslag for nyttevirkningene (gevinstene) i millioner kroner, og minst én nyttevirkning skal være kvantitativ eller økonomisk. Uten tall kan ikke BP3 vurdere om styringsdokumentet forsvarer investeringen, og nytteeierne har ingenting å bekrefte eller måle mot.",
    en: "Digitaliseringsrådet advises making goals measurable and «tallfester de interne gevinstene», and KS's RÅD 7 says «Gevinster må planlegges tidlig» and followed up over time. From planlegge on the dossier should therefore carry an overall estimate of the benefits in million NOK, and at least one benefit should be quantitative or financial. Without figures BP3 cannot judge whether the steering document justifies the investment, and the benefit owners have nothing to confirm or measure against.",
  },
  messages: {
    default: {
      nb: "Dossieren har ikke et samlet anslag for nyttevirkningene (gevinstene) (project.benefit_estimate_mnok), og ingen nyttevirkning er kvantitativ eller økonomisk (benefits[].type). Tallfest nyttevirkningene.",
      en: "The dossier has no overall benefit estimate (project.benefit_estimate_mnok), and no benefit (nyttevirkning, gevinst) is kvantitativ or økonomisk (benefits[].type). Put figures on the benefits.",
    },
    estimate: {
      nb: "Dossieren har ikke et samlet anslag for nyttevirkningene (gevinstene) i millioner kroner (project.benefit_estimate_mnok).",
      en: "The dossier has no overall estimate of the benefits (nyttevirkninger, gevinster) in million NOK (project.benefit_estimate_mnok).",
    },
    type: {
      nb: "Ingen nyttevirkning (gevinst) er kvantitativ eller økonomisk (benefits[].type). Tallfest minst én av dem.",
      en: "No benefit (nyttevirkning, gevinst) is kvantitativ or økonomisk (benefits[].type). Put figures on at least one of them.",
    },
  },
  example: `project:
  benefit_estimate_mnok: 900
benefits:
  - id: b1
    type: økonomisk`,
  check({ dossier }) {
    const noEstimate = isMissing(dossier.project.benefit_estimate_mnok);
    const noQuantified = !items(dossier.benefits).some(({ item }) => item.type === "kvantitativ" || item.type === "økonomisk");
    if (noEstimate && noQuantified) return [{ pointer: ptr("project", "benefit_estimate_mnok") }];
    if (noEstimate) return [{ pointer: ptr("project", "benefit_estimate_mnok"), messageId: "estimate" }];
    if (noQuantified) return [{ pointer: ptr("benefits"), messageId: "type" }];
    return [];
  },
});
