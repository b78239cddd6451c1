import { defineRule } from "../../src/evaluate/rule.js";
import { isMultiLevel, isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "instruments/legal-unassessed",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "003", locator: "Vedlegg 2 (juridiske: lovverk, forskrift, normering)" }],
  description: {
    nb: "Et flernivåprosjekt har ikke vurdert juridiske virkemidler (`instruments.legal.assessed` er ikke true).",
    en: "A multi-level project has not assessed legal instruments (`instruments.legal.assessed` is not true).",
  },
  rationale: {
    nb: "Et prosjekt som trenger beslutninger hos aktører det ikke styrer, for eksempel selvstendige kommuner, må velge hvilke virkemidler det bruker overfor dem. Sjekklisten i masteroppgavens Vedlegg 2 spør allerede i konseptfasen «Er følgende virkemidler vurdert?», og først blant dem «Juridiske: Lovverk, forskrift, normering». Valget mellom veiledning, normering, forskrift og lov tar tid og må forankres hos departementet, så det må være vurdert før planleggingen er ferdig. Vurderingen kan godt ende med at juridiske virkemidler ikke skal brukes, men den må være gjort.",
    en: "A project that needs decisions by actors it does not govern, such as autonomous kommuner, must choose which instruments it uses towards them. The checklist in the thesis's Vedlegg 2 asks already in the concept phase «Er følgende virkemidler vurdert?» (have these instruments been assessed?), first among them «Juridiske: Lovverk, forskrift, normering». Choosing between veiledning, normering, forskrift and lov takes time and must be anchored with the ministry, so it must be assessed before planning ends. The assessment may well conclude that no legal instrument is used, but it must be made.",
  },
  messages: {
    default: {
      nb: "Prosjektet er flernivå, men juridiske virkemidler (veiledning, normering, forskrift, lov) er ikke vurdert (instruments.legal.assessed).",
      en: "The project is multi-level, but the legal virkemidler (veiledning, normering, forskrift, lov) have not been assessed (instruments.legal.assessed).",
    },
  },
  example: `instruments:
  legal:
    assessed: true
    choice: normering
    rationale: "Veiledning er gitt; normering gjennom Statsforvalteren før en eventuell forskrift."`,
  check({ dossier }) {
    if (!isMultiLevel(dossier) || isTrue(dossier.instruments?.legal?.assessed)) return [];
    return [{ pointer: ptr("instruments", "legal", "assessed") }];
  },
});
