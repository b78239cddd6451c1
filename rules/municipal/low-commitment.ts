import { defineRule } from "../../src/evaluate/rule.js";
import { dependsOnMunicipalities, isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "municipal/low-commitment",
  gates: { BP3: "warning" },
  source: [{ doc: "003", locator: "§1 (207 of 354 after the portal launch)" }],
  description: {
    nb: "Prosjektet er avhengig av kommunale beslutninger, under 25 % av kommunene (`municipalities_committed` av `municipalities_total`) har forpliktet seg, og det finnes ingen `municipal.rollout_plan`.",
    en: "The project depends on municipal decisions, under 25 % of the municipalities (`municipalities_committed` of `municipalities_total`) have committed, and there is no `municipal.rollout_plan`.",
  },
  rationale: {
    nb: "Digibarnevern viser hva som skjer når kommunene ikke følger med: til tross for mange aktiviteter og stor involvering var det i april 2022 «bare 207 (pr. 02.04.2022) av landets 354 som har implementert løsningen». Når under en firedel av kommunene har forpliktet seg før gjennomføring, og prosjektet ikke har en plan for hvordan resten skal tas med, er det lite som tyder på at nyttevirkningene (gevinstene) blir tatt ut. BP3 bør da enten se en utrullingsplan eller ta stilling til risikoen.",
    en: "Digibarnevern shows what happens when the kommuner do not follow: despite many activities and much involvement, in April 2022 there were «bare 207 (pr. 02.04.2022) av landets 354 som har implementert løsningen». When under a quarter of the kommuner have committed before gjennomføring and the project has no plan for bringing in the rest, there is little to suggest the benefits will be realised. BP3 should then see a rollout plan or take a position on the risk.",
  },
  messages: {
    default: {
      nb: "Bare {committed} av {total} kommuner har forpliktet seg (municipal.municipalities_committed), under 25 %, og prosjektet har ingen utrullingsplan (municipal.rollout_plan). Lag en plan for hvordan de øvrige kommunene tas med.",
      en: "Only {committed} of {total} kommuner have committed (municipal.municipalities_committed), under 25 %, and the project has no rollout plan (municipal.rollout_plan). Plan how the other kommuner will be brought in.",
    },
  },
  example: `municipal:
  depends_on_municipal_decisions: true
  municipalities_total: 357
  municipalities_committed: 8
  rollout_plan: "Åtte pilotkommuner i 2026, deretter tre puljer per fylke i 2027."`,
  check({ dossier }) {
    if (!dependsOnMunicipalities(dossier)) return [];
    const m = dossier.municipal;
    const committed = m?.municipalities_committed;
    const total = m?.municipalities_total;
    // Both counts are integers or null in the schema: "given" means a number (0 included).
    if (typeof committed !== "number" || typeof total !== "number") return [];
    if (!(committed < 0.25 * total)) return [];
    if (!isMissing(m?.rollout_plan)) return [];
    return [{ pointer: ptr("municipal", "municipalities_committed"), data: { committed, total } }];
  },
});
