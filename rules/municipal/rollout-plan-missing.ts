import { defineRule } from "../../src/evaluate/rule.js";
import { dependsOnMunicipalities, isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "municipal/rollout-plan-missing",
  gates: { BP3: "warning", BP4: "error" },
  source: [
    { doc: "003", locator: "Vedlegg 2 (lag en plan … gjennomfør planen)" },
    { doc: "000", locator: "puljer" },
    { doc: "002", locator: "piloter og bølger" },
  ],
  description: {
    nb: "Prosjektet er avhengig av kommunale beslutninger og har ingen utrullingsplan (`municipal.rollout_plan`).",
    en: "The project depends on municipal decisions and has no rollout plan (`municipal.rollout_plan`).",
  },
  rationale: {
    nb: "Masteroppgavens sjekkliste for gjennomføringsfasen ber prosjektet kartlegge beslutningsstrukturen hos kommunene, «Lag en plan for hvordan prosjektet skal arbeide med dette» og «Gjennomfør planen». Erfaringene fra Bærum («Vi innførte i puljer») og KS' råd om piloter før innføring i bølger viser at innføringen må planlegges like godt som løsningen. Uten en utrullingsplan overlates tempoet til hver enkelt kommune, og i april 2022 hadde bare 207 av landets 354 kommuner tatt i bruk Digibarnevern-portalen for bekymringsmeldinger.",
    en: "The thesis's checklist for gjennomføring asks the project to map the kommuner's decision structure, «Lag en plan for hvordan prosjektet skal arbeide med dette» and «Gjennomfør planen». Bærum's experience («Vi innførte i puljer») and KS's advice on pilots before rollout in waves show that the rollout must be planned as carefully as the solution. Without a rollout plan the pace is left to each municipality, and in April 2022 only 207 of the country's 354 kommuner had adopted Digibarnevern's portal for bekymringsmeldinger.",
  },
  messages: {
    default: {
      nb: "Prosjektet er avhengig av kommunale beslutninger, men har ingen plan for hvordan kommunene tas med (municipal.rollout_plan). Beskriv piloter, puljer eller bølger.",
      en: "The project depends on municipal decisions but has no plan for bringing the kommuner in (municipal.rollout_plan). Describe pilots, batches (puljer) or waves.",
    },
  },
  example: `municipal:
  depends_on_municipal_decisions: true
  rollout_plan: "Åtte pilotkommuner i 2026, deretter tre puljer per fylke i 2027."`,
  check({ dossier }) {
    if (!dependsOnMunicipalities(dossier)) return [];
    return isMissing(dossier.municipal?.rollout_plan) ? [{ pointer: ptr("municipal", "rollout_plan") }] : [];
  },
});
