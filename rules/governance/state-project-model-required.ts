import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, overQaThreshold, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/state-project-model-required",
  gates: { BP2: "error" },
  source: [{ doc: "R-108/23", locator: "(KS1/KS2 for digitalisation projects over 300 MNOK)" }],
  description: {
    nb: "Statlig prosjekt med kostnadsanslag over 300 MNOK uten oppgitt KS1 (`project.external_qa.ks1`).",
    en: "A state project with a cost estimate over 300 MNOK without `project.external_qa.ks1` (KS1).",
  },
  rationale: {
    nb: "Etter Statens prosjektmodell (rundskriv R-108/23) skal statlige digitaliseringsprosjekter med kostnadsramme over 300 millioner kroner ha en konseptvalgutredning med ekstern kvalitetssikring (KS1) før regjeringen velger konsept, og KS2 før investeringsbeslutningen. Ved BP2 besluttes det om prosjektforslaget er en ønsket investering; for et slikt prosjekt kan den beslutningen ikke tas uten at KS1 er gjennomført, planlagt eller vurdert som ikke påkrevd. Dossieren må derfor si hvor prosjektet står i KS-ordningen.",
    en: "Under the state project model (Statens prosjektmodell, circular R-108/23), state digitalisation projects with a cost frame over 300 million NOK need a concept choice study with external quality assurance (KS1) before the government chooses a concept, and KS2 before the investment decision. BP2 decides whether the proposal is a desirable investment; for such a project that decision cannot be taken without KS1 being done, planned or judged not required. The dossier must therefore say where the project stands in the KS-ordningen.",
  },
  messages: {
    default: {
      nb: "Statlig prosjekt med kostnadsanslag {cost} MNOK (over 300) sier ikke om ekstern kvalitetssikring KS1 er gjennomført eller planlagt (project.external_qa.ks1).",
      en: "A state project with a cost estimate of {cost} MNOK (over 300) does not say whether external quality assurance KS1 is done or planned (project.external_qa.ks1).",
    },
  },
  example: `project:
  level: stat
  cost_estimate_mnok: 450
  external_qa:
    ks1: done
    ks2: planned`,
  check({ dossier }) {
    const p = dossier.project;
    if (p.level !== "stat" || !overQaThreshold(dossier) || !isMissing(p.external_qa?.ks1)) return [];
    return [{ pointer: ptr("project", "external_qa", "ks1"), data: { cost: p.cost_estimate_mnok! } }];
  },
});
