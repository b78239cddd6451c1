import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "instruments/financing-unassessed",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "003", locator: "Vedlegg 2 (finansiering)" }],
  description: {
    nb: "Finansiering er ikke vurdert som virkemiddel (`instruments.financing.assessed` er ikke true).",
    en: "Financing has not been assessed as an instrument (`instruments.financing.assessed` is not true).",
  },
  rationale: {
    nb: "Masteroppgaven fant at finansiering fremstår som «et kritisk virkemiddel» når digitale løsninger skal utvikles og innføres, og at det er vanskelig å finne fram til hvilke finansieringsmodeller som er tilgjengelige. Sjekklisten i Vedlegg 2 spør derfor allerede i konseptfasen om finansieringen er vurdert, og oppgaven anbefaler at den behandles «tidlig i prosessen (gjerne konsept/planleggingsfasen)». Uten en vurdering vet ikke prosjekteieren hvor pengene kommer fra, eller om innføringen hos andre er dekket. Ved BP3 stopper det beslutningen.",
    en: "The thesis found financing to be «et kritisk virkemiddel» (a critical instrument) when digital solutions are built and implemented, and that it is hard to find out which financing models are available. The checklist in Vedlegg 2 therefore asks already in the concept phase whether financing has been assessed, and the thesis advises handling it «tidlig i prosessen (gjerne konsept/planleggingsfasen)» (early, in concept or planning). Without that assessment the project owner does not know where the money comes from, or whether implementation by others is covered. At BP3 this blocks the decision.",
  },
  messages: {
    default: {
      nb: "Finansiering er ikke vurdert som virkemiddel (instruments.financing.assessed): beskriv finansieringskildene og hvem som betaler innføringen.",
      en: "Financing has not been assessed as one of the virkemidler (instruments.financing.assessed): describe the funding sources and who pays for implementation.",
    },
  },
  example: `instruments:
  financing:
    assessed: true
    sources: [statsbudsjett]
    implementation_funding: "Midler til innføringsstøtte i kommunene via KS."`,
  check({ dossier }) {
    return isTrue(dossier.instruments?.financing?.assessed)
      ? []
      : [{ pointer: ptr("instruments", "financing", "assessed") }];
  },
});
