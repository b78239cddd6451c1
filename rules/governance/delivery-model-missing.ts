import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/delivery-model-missing",
  gates: { BP2: "info", BP3: "warning" },
  source: [
    { doc: "001", locator: "theme 1 («hvordan de deler det opp i faser», and which gjennomføringsstrategi they have)" },
    { doc: "PV", locator: "BP3 #3" },
    { doc: "PV", locator: "v6 BP3 (leveranseform)" },
  ],
  description: {
    nb: "Ingen leveransemodell (`governance.delivery_model`: smidig, faseinndelt eller hybrid).",
    en: "No delivery model (`governance.delivery_model`: smidig, faseinndelt or hybrid).",
  },
  rationale: {
    nb: "Digitaliseringsrådet ser under tema 1 på hvordan virksomheten legger opp gjennomføringen, «hvordan de deler det opp i faser» og hvilken gjennomføringsstrategi den har. Leveranseformen avgjør hvordan planer, kontrakter, styring og involvering av brukerne skal se ut, og Prosjektveiviseren spør etter den ved BP3. Et prosjekt som ikke har valgt om det skal levere smidig, i faser eller som en blanding, kan ikke vise hvordan det skal styres i gjennomføringen.",
    en: "Under theme 1 Digitaliseringsrådet looks at how the organisation sets up execution, «hvordan de deler det opp i faser» (how they split it into phases) and which delivery strategy it has. The delivery model shapes plans, contracts, governance and user involvement, and Prosjektveiviseren asks for it at BP3. A project that has not chosen whether to deliver agile, phased or as a hybrid cannot show how it will be governed during execution.",
  },
  messages: {
    default: {
      nb: "Dossieren sier ikke hvordan prosjektet deles opp og leverer: smidig, faseinndelt eller hybrid (governance.delivery_model).",
      en: "The dossier does not say how the project is split up and delivered: smidig, faseinndelt or hybrid (governance.delivery_model).",
    },
  },
  example: `governance:
  delivery_model: smidig`,
  check({ dossier }) {
    return isMissing(dossier.governance?.delivery_model) ? [{ pointer: ptr("governance", "delivery_model") }] : [];
  },
});
