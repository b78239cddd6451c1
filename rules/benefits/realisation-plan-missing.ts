import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/realisation-plan-missing",
  gates: { BP3: "error" },
  source: [{ doc: "PV", locator: "(gevinstrealiseringsplan made in planlegge)" }],
  description: {
    nb: "Ingen plan for nyttestyring (gevinstrealiseringsplan) i `benefits_plan.realisation_plan`.",
    en: "No plan for nyttestyring (gevinstrealiseringsplan) in `benefits_plan.realisation_plan`.",
  },
  rationale: {
    nb: "I Prosjektveiviseren lages planen for nyttestyring (gevinstrealiseringsplanen) i planleggingsfasen, og den er et av hoveddokumentene prosjekteieren tar stilling til ved BP3 sammen med styringsdokumentet. Planen sier hvilke nyttevirkninger (gevinster) som skal tas ut, hvem som eier dem, hvordan og når de måles og hvilke endringer linjen må gjøre. Uten en slik plan har prosjektet ingen avtalt vei fra leveranse til nytte, og det skal ikke starte gjennomføringen.",
    en: "In Prosjektveiviseren the plan for nyttestyring (gevinstrealiseringsplan) is made in the planlegge phase, and it is one of the main documents the project owner judges at BP3 together with the steering document. It states which benefits will be realised, who owns them, how and when they are measured and what changes the line must make. Without it the project has no agreed path from delivery to benefit, and it should not start gjennomføring.",
  },
  messages: {
    default: {
      nb: "Prosjektet har ingen plan for nyttestyring (gevinstrealiseringsplan) (benefits_plan.realisation_plan). Lag planen, eller oppgi hvor den finnes.",
      en: "The project has no plan for nyttestyring (gevinstrealiseringsplan) (benefits_plan.realisation_plan). Write the plan, or say where it is.",
    },
  },
  example: `benefits_plan:
  realisation_plan: "Plan for nyttestyring v1.2, vedlegg 4 til styringsdokumentet."`,
  check({ dossier }) {
    return isMissing(dossier.benefits_plan?.realisation_plan) ? [{ pointer: ptr("benefits_plan", "realisation_plan") }] : [];
  },
});
