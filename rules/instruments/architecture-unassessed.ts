import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "instruments/architecture-unassessed",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "003", locator: "Vedlegg 2 (arkitektur)" }],
  description: {
    nb: "Arkitektur er ikke vurdert som virkemiddel (`instruments.architecture.assessed` er ikke true).",
    en: "Architecture has not been assessed as an instrument (`instruments.architecture.assessed` is not true).",
  },
  rationale: {
    nb: "Felles arkitektur og nasjonale felleskomponenter er det som gjør at løsninger henger sammen på tvers av virksomheter og forvaltningsnivåer. Sjekklisten i masteroppgavens Vedlegg 2 spør i konseptfasen «Arkitektur, er det avvik fra offentlige føringer?», og oppgaven fant at arkitekturføringer i liten grad følges opp. Et prosjekt som ikke har vurdert arkitekturen før BP3, kan låse seg til egne løsninger som senere blir dyre å endre. Vurder løsningen mot de nasjonale føringene og felleskomponentene, og dokumenter eventuelle avvik.",
    en: "A shared architecture and the national common components are what make solutions fit together across organisations and levels of government. The checklist in the thesis's Vedlegg 2 asks in the concept phase «Arkitektur, er det avvik fra offentlige føringer?» (does the architecture deviate from public guidelines?), and the thesis found that architecture guidelines are seldom followed up. A project that has not assessed its architecture before BP3 may lock itself into its own solutions that are costly to change later. Assess the solution against the national guidelines and common components, and document any deviations.",
  },
  messages: {
    default: {
      nb: "Arkitektur er ikke vurdert som virkemiddel (instruments.architecture.assessed): vurder løsningen mot arkitekturprinsippene og felleskomponentene.",
      en: "Architecture has not been assessed as one of the virkemidler (instruments.architecture.assessed): assess the solution against the architecture principles and the common components.",
    },
  },
  example: `instruments:
  architecture:
    assessed: true
    principles_assessed: true
    common_components: [id-porten, maskinporten, fiks-io]`,
  check({ dossier }) {
    return isTrue(dossier.instruments?.architecture?.assessed)
      ? []
      : [{ pointer: ptr("instruments", "architecture", "assessed") }];
  },
});
