import { defineRule } from "../../src/evaluate/rule.js";
import { isPresent, ptr } from "../helpers.js";

export default defineRule({
  id: "architecture/no-common-components",
  gates: { BP3: "warning" },
  source: [
    { doc: "003", locator: "§5.3.3 «Det er utviklet mange fellesløsninger … bruk dem aktivt»" },
    { doc: "Digdir", locator: "P5 (5.2)" },
  ],
  description: {
    nb: "Ingen nasjonale felleskomponenter er listet (`instruments.architecture.common_components` mangler; også en komponent som ikke står i den leverte listen, teller som listet).",
    en: "No national common components are listed (`instruments.architecture.common_components` is missing; an entry not in the shipped list still counts as listed).",
  },
  rationale: {
    nb: "Digdirs arkitekturprinsipp P5 «Del og gjenbruk løsninger» ber virksomhetene bruke de nasjonale felleskomponentene framfor å lage sine egne. Departementene sier i masteroppgaven: «Det er utviklet mange fellesløsninger de siste årene, bruk dem aktivt.», og KS peker på at statlige aktører og leverandører stadig utvikler selvstendige løsninger som gjør felles arkitektur vanskelig. Et prosjekt som ikke lister noen felleskomponenter ved BP3, har enten ikke vurdert dem eller ikke dokumentert hvilke det bruker. Før gjennomføring bør det være klart hvilke felleskomponenter løsningen bygger på.",
    en: "Digdir's architecture principle P5 «Del og gjenbruk løsninger» (share and reuse solutions) asks organisations to use the national common components rather than build their own. The ministries say in the thesis: «Det er utviklet mange fellesløsninger de siste årene, bruk dem aktivt.» (many common solutions have been built in recent years, use them actively), and KS points out that state actors and vendors keep building stand-alone solutions that make a shared architecture hard. A project that lists no common components at BP3 has either not considered them or not documented which ones it uses. Before execution it should be clear which common components the solution builds on.",
  },
  messages: {
    default: {
      nb: "Dossieren lister ingen nasjonale felleskomponenter (instruments.architecture.common_components), for eksempel id-porten, maskinporten eller fiks-io.",
      en: "The dossier lists no national common components (instruments.architecture.common_components), such as id-porten, maskinporten or fiks-io.",
    },
  },
  example: `instruments:
  architecture:
    common_components: [id-porten, maskinporten, fiks-io]`,
  check({ dossier }) {
    const list = dossier.instruments?.architecture?.common_components;
    // A list whose every entry is empty or a placeholder ("TBD") lists no component.
    const listed = Array.isArray(list) && list.some((entry) => isPresent(entry));
    return listed ? [] : [{ pointer: ptr("instruments", "architecture", "common_components") }];
  },
});
