import { defineRule } from "../../src/evaluate/rule.js";
import { isMultiLevel, isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "instruments/market-unassessed",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "003", locator: "Vedlegg 2 (markedet: IT-leverandører)" }],
  description: {
    nb: "Et flernivåprosjekt har ikke vurdert markedet som virkemiddel (`instruments.market.assessed` er ikke true).",
    en: "A multi-level project has not assessed the market as an instrument (`instruments.market.assessed` is not true).",
  },
  rationale: {
    nb: "Når løsningen skal tas i bruk hos mange selvstendige virksomheter, er det ofte IT-leverandørene som må bygge den inn i produktene de selger til dem. Sjekklisten i masteroppgavens Vedlegg 2 spør derfor om «Markedet: IT-leverandører» er vurdert som virkemiddel, og informantene sier at «Samarbeid og styring av IT-leverandører er en viktig faktor for å lykkes». Uten en slik vurdering risikerer prosjektet at leverandørene tilbyr løsninger som ikke henger sammen, eller ikke har kapasitet når kommunene skal innføre. Vurderingen må være gjort før planleggingen er ferdig.",
    en: "When the solution must be taken into use by many autonomous organisations, it is often the IT vendors who must build it into the products they sell to them. The checklist in the thesis's Vedlegg 2 therefore asks whether «Markedet: IT-leverandører» has been assessed as an instrument, and the informants say that «Samarbeid og styring av IT-leverandører er en viktig faktor for å lykkes» (working with and steering the vendors is key to success). Without that assessment the project risks vendors offering solutions that do not fit together, or lacking capacity when the kommuner implement. It must be assessed before planning ends.",
  },
  messages: {
    default: {
      nb: "Prosjektet er flernivå, men markedet (IT-leverandørene) er ikke vurdert som virkemiddel (instruments.market.assessed).",
      en: "The project is multi-level, but the market (the IT vendors) has not been assessed as one of the virkemidler (instruments.market.assessed).",
    },
  },
  example: `instruments:
  market:
    assessed: true
    vendors: ["Visma", "Netcompany"]
    dialogue: "Felles leverandørmøter hver måned, sammen med KS."`,
  check({ dossier }) {
    if (!isMultiLevel(dossier) || isTrue(dossier.instruments?.market?.assessed)) return [];
    return [{ pointer: ptr("instruments", "market", "assessed") }];
  },
});
