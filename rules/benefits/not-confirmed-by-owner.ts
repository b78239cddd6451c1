import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/not-confirmed-by-owner",
  gates: { BP3: "warning" },
  source: [
    { doc: "004", locator: "«bekreft anslagene hos de som skal ta dem ut»" },
    { doc: "PV", locator: "BP3 #9 (gevinstansvarlig aktivt involvert i gevinstrealiseringsplanen), BP4 #4 (gevinstene fortsatt realistiske)" },
  ],
  description: {
    nb: "En nyttevirkning (gevinst) uten `confirmed_on`: datoen nytteeieren (gevinsteieren) bekreftet anslaget og planen for den.",
    en: "A benefit without `confirmed_on`: the date its nytteeier (gevinsteier) confirmed the estimate and the plan for it.",
  },
  rationale: {
    nb: "Digitaliseringsrådet ber virksomhetene konkretisere gevinstene og «bekreft anslagene hos de som skal ta dem ut». Prosjektveiviserens sjekkliste for BP3 spør om gevinstansvarlig har vært aktivt involvert i gevinstrealiseringsplanen, og ved BP4 om gevinstene fortsatt er realistiske. Et anslag som nytteeieren (gevinsteieren) ikke har bekreftet, er prosjektets forhåpning og ikke linjens forpliktelse.",
    en: "Digitaliseringsrådet asks organisations to make the benefits concrete and «bekreft anslagene hos de som skal ta dem ut». Prosjektveiviseren's BP3 checklist asks whether the benefit owner has been actively involved in the gevinstrealiseringsplan, and at BP4 whether the benefits are still realistic. An estimate the nytteeier (gevinsteier) has not confirmed is the project's hope, not the line's commitment.",
  },
  messages: {
    default: {
      nb: "Det står ikke når nytteeieren (gevinsteieren) bekreftet anslaget og planen for {benefit} (benefits[].confirmed_on). Få bekreftelsen og før inn datoen.",
      en: "The dossier does not say when the nytteeier (gevinsteier) confirmed the estimate and plan for {benefit} (benefits[].confirmed_on). Get the confirmation and record its date.",
    },
  },
  example: `benefits:
  - id: b1
    confirmed_on: 2026-03-12`,
  check({ dossier }) {
    return items(dossier.benefits)
      .filter(({ item }) => isMissing(item.confirmed_on))
      .map(({ item, index }) => ({ pointer: ptr("benefits", index, "confirmed_on"), data: { benefit: label(item, index) } }));
  },
});
