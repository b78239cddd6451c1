import { defineRule } from "../../src/evaluate/rule.js";
import { atOrAfter, dependsOnMunicipalities, ptr } from "../helpers.js";

export default defineRule({
  id: "municipal/rollout-behind-target",
  gates: { BP3: "info", BP4: "warning" },
  source: [
    { doc: "003", locator: "Vedlegg 2 gjennomføring, kommunal beslutningsstruktur «Gjennomfør planen»" },
    { doc: "003", locator: "§1 «bare 207 (pr. 02.04.2022) av landets 354 som har implementert løsningen»" },
  ],
  description: {
    nb: "Prosjektet er avhengig av kommunale beslutninger, og `municipal.committed_target` mangler, eller, fra BP4, `municipal.municipalities_committed` mangler eller er under målet.",
    en: "The project depends on municipal decisions, and `municipal.committed_target` is missing, or from BP4 on `municipal.municipalities_committed` is missing or below the target.",
  },
  rationale: {
    nb: "Masteroppgavens sjekkliste for kommunal beslutningsstruktur slutter med «Gjennomfør planen»: en plan for å få kommunene med må ha et mål som kan følges opp, nemlig hvor mange kommuner som skal ha forpliktet seg ved slutten av gjennomføre. Ved BP4 skal prosjektet vise at målet er nådd, for ellers overleveres en løsning som få kommuner har tatt i bruk, slik Digibarnevern-portalen der «bare 207 (pr. 02.04.2022) av landets 354» hadde implementert løsningen. Et manglende mål eller et etterslep må derfor løftes fram før prosjektet avsluttes.",
    en: "The thesis's checklist for the municipal decision structure ends with «Gjennomfør planen»: a plan for bringing the kommuner in needs a target that can be followed up, namely how many municipalities will have committed by the end of gjennomføre. At BP4 the project must show the target is met, or it hands over a solution few kommuner have adopted, like Digibarnevern's portal where «bare 207 (pr. 02.04.2022) av landets 354» had implemented it. A missing target or a shortfall must therefore be raised before the project closes.",
  },
  messages: {
    default: {
      nb: "Planen sier ikke hvor mange kommuner som skal ha forpliktet seg ved slutten av gjennomføre (municipal.committed_target). Sett et mål som kan følges opp ved BP4.",
      en: "The plan does not say how many kommuner will have committed by the end of gjennomføre (municipal.committed_target). Set a target that can be followed up at BP4.",
    },
    committedMissing: {
      nb: "Målet er {target} forpliktede kommuner, men dossieren sier ikke hvor mange som har forpliktet seg (municipal.municipalities_committed).",
      en: "The target is {target} committed kommuner, but the dossier does not say how many have committed (municipal.municipalities_committed).",
    },
    behind: {
      nb: "Bare {committed} kommuner har forpliktet seg, under målet på {target} (municipal.municipalities_committed). Beskriv hvordan resten skal tas med før prosjektet avsluttes.",
      en: "Only {committed} kommuner have committed, below the target of {target} (municipal.municipalities_committed). Describe how the rest will be brought in before the project closes.",
    },
  },
  example: `municipal:
  depends_on_municipal_decisions: true
  municipalities_total: 357
  municipalities_committed: 130
  committed_target: 120`,
  check({ dossier, gate }) {
    if (!dependsOnMunicipalities(dossier)) return [];
    const m = dossier.municipal;
    const target = m?.committed_target;
    // Counts are integers or null in the schema: missing means absent or null (0 is an answer).
    if (typeof target !== "number") return [{ pointer: ptr("municipal", "committed_target") }];
    if (!atOrAfter(gate, "BP4")) return [];
    const committed = m?.municipalities_committed;
    const pointer = ptr("municipal", "municipalities_committed");
    if (typeof committed !== "number") return [{ pointer, messageId: "committedMissing", data: { target } }];
    if (committed < target) return [{ pointer, messageId: "behind", data: { committed, target } }];
    return [];
  },
});
