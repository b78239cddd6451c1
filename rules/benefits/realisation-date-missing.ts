import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/realisation-date-missing",
  gates: { BP3: "warning" },
  source: [
    { doc: "DFØ" },
    { doc: "PV", locator: "gevinstrealiseringsplan" },
  ],
  description: {
    nb: "En nyttevirkning (gevinst) uten `realisation_date`.",
    en: "A benefit without `realisation_date`.",
  },
  rationale: {
    nb: "Planen for nyttestyring (gevinstrealiseringsplanen) i Prosjektveiviseren og DFØs veiledning sier for hver nyttevirkning (gevinst) når den skal være tatt ut, slik at linjen vet når den skal måle og rapportere. Uten en dato kan ikke nytteeieren (gevinsteieren) planlegge endringene som skal til, og oppfølgingen etter prosjektet får ikke noe tidspunkt å holde seg til. Ved BP3 skal planen være klar før gjennomføringen starter.",
    en: "Prosjektveiviseren's plan for nyttestyring (gevinstrealiseringsplan) and DFØ's guidance state for each benefit when it is to be realised, so that the line knows when to measure and report. Without a date the nytteeier (gevinsteier) cannot plan the changes needed, and follow-up after the project has no point in time to hold to. At BP3 the plan must be ready before gjennomføring starts.",
  },
  messages: {
    default: {
      nb: "Nyttevirkningen (gevinsten) {benefit} har ingen dato for når den skal være realisert (benefits[].realisation_date).",
      en: "Benefit {benefit} has no date by which it is to be realised (benefits[].realisation_date).",
    },
  },
  example: `benefits:
  - id: b1
    realisation_date: 2027-06-30`,
  check({ dossier }) {
    return items(dossier.benefits)
      .filter(({ item }) => isMissing(item.realisation_date))
      .map(({ item, index }) => ({ pointer: ptr("benefits", index, "realisation_date"), data: { benefit: label(item, index) } }));
  },
});
