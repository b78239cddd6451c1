import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/reviews-unscheduled",
  gates: { BP5: "warning", BP6: "error" },
  source: [{ doc: "PV", locator: "v6 BP6 («Antall beslutningspunkter og tidspunkt bør beskrives i plan for nyttestyring»)" }],
  description: {
    nb: "Ingen `benefits_plan.reviews`: det står ikke når linjen går gjennom nyttevirkningene (gevinstene) etter avslutning.",
    en: "No `benefits_plan.reviews`: nothing says when the line reviews the benefits after closure.",
  },
  rationale: {
    nb: "Etter avslutningen ved BP5 går prosjektet over i realisering, der virksomhetsledelsen ved BP6 vurderer nyttevirkningene (gevinstene) og beslutter tiltak for mer nytte, gjerne årlig. Prosjektveiviseren v6 sier at «Antall beslutningspunkter og tidspunkt bør beskrives i plan for nyttestyring». Uten avtalte gjennomganger er det ingen som kaller inn til BP6, og nyttestyringen stopper når prosjektorganisasjonen er borte.",
    en: "After closure at BP5 the project moves into realisation, where top management reviews the benefits at BP6 and decides measures for more benefit, often yearly. Prosjektveiviseren v6 says «Antall beslutningspunkter og tidspunkt bør beskrives i plan for nyttestyring». Without scheduled reviews nobody calls the BP6 meeting, and benefits management stops once the project organisation is gone.",
  },
  messages: {
    default: {
      nb: "Planen for nyttestyring (gevinstrealiseringsplanen) sier ikke når nyttevirkningene (gevinstene) skal gjennomgås etter avslutning (benefits_plan.reviews). Fastsett tidspunktene, for eksempel årlig.",
      en: "The plan for nyttestyring (gevinstrealiseringsplan) does not say when the benefits will be reviewed after closure (benefits_plan.reviews). Schedule the reviews, for example yearly.",
    },
  },
  example: `benefits_plan:
  reviews: "Årlig nyttegjennomgang (BP6) i virksomhetsledelsen hver juni 2028–2031."`,
  check({ dossier }) {
    return isMissing(dossier.benefits_plan?.reviews) ? [{ pointer: ptr("benefits_plan", "reviews") }] : [];
  },
});
