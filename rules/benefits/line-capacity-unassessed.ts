import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/line-capacity-unassessed",
  gates: { BP3: "warning", BP4: "error" },
  source: [
    { doc: "PV", locator: "BP3 #10, BP4 #6" },
    { doc: "000", locator: "«følges ikke opp i linjen i realiseringsfasen»" },
  ],
  description: {
    nb: "Ingen `benefits_plan.follow_up_after_project`: det står ikke hvem i linjen som følger opp nyttevirkningene (gevinstene) etter prosjektet, og med hvilken kapasitet.",
    en: "No `benefits_plan.follow_up_after_project`: nothing says who in the line follows up the benefits after the project, and with what capacity.",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekklister for BP3 og BP4 (#10 og #6) tar opp hvordan linjen skal følge opp gevinstrealiseringen etter at prosjektet er avsluttet. Bærums intervjuer viser hvorfor: «Vi skal lage gevinstplaner, men de følges ikke opp i linjen i realiseringsfasen.» De fleste nyttevirkningene (gevinstene) tas ut etter prosjektet, og da må en navngitt enhet i linjen ha satt av tid til å måle, rapportere og gjøre endringene.",
    en: "Prosjektveiviseren's BP3 and BP4 checklists (#10 and #6) take up how the line will follow up benefits realisation after the project closes. The Bærum interviews show why: «Vi skal lage gevinstplaner, men de følges ikke opp i linjen i realiseringsfasen.» Most benefits are realised after the project, and then a named unit in the line must have set aside time to measure, report and make the changes.",
  },
  messages: {
    default: {
      nb: "Det står ikke hvem i linjen som følger opp nyttevirkningene (gevinstene) etter prosjektet, eller med hvilken kapasitet (benefits_plan.follow_up_after_project).",
      en: "The dossier does not say who in the line follows up the benefits (nyttevirkninger, gevinster) after the project, or with what capacity (benefits_plan.follow_up_after_project).",
    },
  },
  example: `benefits_plan:
  follow_up_after_project: "Seksjon for digitale tjenester måler kvartalsvis; 20 % av en rådgiverstilling er satt av i 2027–2029."`,
  check({ dossier }) {
    return isMissing(dossier.benefits_plan?.follow_up_after_project)
      ? [{ pointer: ptr("benefits_plan", "follow_up_after_project") }]
      : [];
  },
});
