import { defineRule } from "../../src/evaluate/rule.js";
import { daysBetween, isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/plan-not-updated",
  gates: { BP4: "warning" },
  source: [
    { doc: "PV", locator: "plan for nyttestyring (oppdateres minst ved hver faseavslutning)" },
    { doc: "PV", locator: "BP4 #4, BP5 #7" },
    { doc: "PV", locator: "v6 BP6 (planen oppdatert)" },
  ],
  description: {
    nb: "Ingen `benefits_plan.updated` (datoen planen for nyttestyring (gevinstrealiseringsplanen) sist ble oppdatert); ved BP6 også når datoen er mer enn 365 dager før kjøredatoen.",
    en: "No `benefits_plan.updated` (the date the plan for nyttestyring (gevinstrealiseringsplan) was last updated); at BP6 also when that date is more than 365 days before the run date.",
  },
  rationale: {
    nb: "Prosjektveiviseren sier at planen for nyttestyring (gevinstrealiseringsplanen) skal oppdateres minst ved hver faseavslutning, og sjekklistene for BP4 og BP5 spør igjen etter planen og om nyttevirkningene (gevinstene) fortsatt er realistiske. Ved BP6 går ledelsen gjennom nyttevirkningene, som regel årlig, og skal da se en plan som er oppdatert siden forrige gjennomgang. En plan uten oppdateringsdato, eller en som er over et år gammel ved BP6, tyder på at nyttestyringen har stoppet opp, slik Bærum erfarte: «Gevinstplanen blir ikke fulgt opp i linja».",
    en: "Prosjektveiviseren says the plan for nyttestyring (gevinstrealiseringsplan) is updated at least at every phase end, and the BP4 and BP5 checklists return to the plan and ask whether the benefits are still realistic. At BP6 management reviews the benefits, usually yearly, and should see a plan updated since the last review. A plan with no update date, or one more than a year old at BP6, suggests benefits management has stalled, as Bærum found: «Gevinstplanen blir ikke fulgt opp i linja».",
  },
  messages: {
    default: {
      nb: "Det står ikke når planen for nyttestyring (gevinstrealiseringsplanen) sist ble oppdatert (benefits_plan.updated). Oppdater planen ved faseavslutningen og før inn datoen.",
      en: "The dossier does not say when the plan for nyttestyring (gevinstrealiseringsplan) was last updated (benefits_plan.updated). Update the plan at the phase end and record the date.",
    },
    stale: {
      nb: "Planen for nyttestyring (gevinstrealiseringsplanen) ble sist oppdatert {updated}, {days} dager før {today} (benefits_plan.updated). Oppdater den før nyttegjennomgangen ved BP6.",
      en: "The plan for nyttestyring (gevinstrealiseringsplan) was last updated on {updated}, {days} days before {today} (benefits_plan.updated). Update it before the benefit review at BP6.",
    },
  },
  example: `benefits_plan:
  realisation_plan: "Plan for nyttestyring v2.0"
  updated: 2026-09-01`,
  check({ dossier, gate, today }) {
    const updated = dossier.benefits_plan?.updated;
    const pointer = ptr("benefits_plan", "updated");
    if (isMissing(updated)) return [{ pointer }];
    if (gate === "BP6") {
      const days = daysBetween(updated, today);
      if (days > 365) return [{ pointer, messageId: "stale", data: { updated: String(updated), days, today } }];
    }
    return [];
  },
});
