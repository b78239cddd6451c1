import { defineRule } from "../../src/evaluate/rule.js";
import { dependsOnMunicipalities, isMunicipalStakeholder, isPresent, items, ptr, stakeholderIndex } from "../helpers.js";

export default defineRule({
  id: "municipal/benefits-for-municipalities-missing",
  gates: { BP2: "error" },
  source: [{ doc: "003", locator: "«synliggjør gevinstene for kommunen»; KS informant" }],
  description: {
    nb: "Prosjektet er avhengig av kommunale beslutninger, men verken `municipal.municipal_benefits` eller en nyttevirkning (gevinst) med en kommunal interessent som `recipient` viser hva kommunene vinner.",
    en: "The project depends on municipal decisions, but neither `municipal.municipal_benefits` nor a benefit whose `recipient` is a municipal stakeholder shows what the kommuner gain.",
  },
  rationale: {
    nb: "En kommune beslutter å anskaffe eller ta i bruk en løsning først når den ser nytten for seg selv; en barnevernsleder i masteroppgaven sier at hun må «synliggjøre mitt behov og gevinster for å få vedtak om en anskaffelse». KS gir statlige prosjekter rådet «synliggjør gevinstene for kommunen og kriteriene for en vellykket implementering». Et konsept som ikke viser kommunenes nyttevirkninger (gevinster) ved BP2, gir kommunene ingen grunn til å beslutte, og er derfor ikke et realistisk investeringsgrunnlag.",
    en: "A municipality decides to buy or adopt a solution only when it sees the benefit for itself; a barnevernsleder in the thesis says she must «synliggjøre mitt behov og gevinster for å få vedtak om en anskaffelse». KS's advice to state projects is «synliggjør gevinstene for kommunen og kriteriene for en vellykket implementering». A concept that does not show the kommuner's benefits at BP2 gives them no reason to decide, and so is not a realistic basis for the investment.",
  },
  messages: {
    default: {
      nb: "Prosjektet er avhengig av kommunale beslutninger, men viser ikke hva kommunene vinner (municipal.municipal_benefits), og ingen nyttevirkning (gevinst) har en kommunal interessent som mottaker (benefits[].recipient). Beskriv kommunenes nyttevirkninger.",
      en: "The project depends on municipal decisions but does not show what the kommuner gain (municipal.municipal_benefits), and no benefit (nyttevirkning, gevinst) has a municipal stakeholder as recipient (benefits[].recipient). Describe the kommuner's benefits.",
    },
  },
  example: `municipal:
  depends_on_municipal_decisions: true
  municipal_benefits: "Kortere saksbehandlingstid og færre manuelle registreringer i barneverntjenesten."`,
  check({ dossier }) {
    if (!dependsOnMunicipalities(dossier)) return [];
    if (isPresent(dossier.municipal?.municipal_benefits)) return [];
    const index = stakeholderIndex(dossier);
    const forMunicipality = items(dossier.benefits).some(({ item }) => {
      const s = typeof item.recipient === "string" ? index.get(item.recipient) : undefined;
      return s !== undefined && isMunicipalStakeholder(s);
    });
    return forMunicipality ? [] : [{ pointer: ptr("municipal", "municipal_benefits") }];
  },
});
