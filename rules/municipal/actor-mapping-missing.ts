import { defineRule } from "../../src/evaluate/rule.js";
import { dependsOnMunicipalities, isMunicipalStakeholder, isPresent, ptr, stakeholders } from "../helpers.js";

export default defineRule({
  id: "municipal/actor-mapping-missing",
  gates: { BP2: "error" },
  source: [{ doc: "003", locator: "Vedlegg 2 «kartlegging av aktører, nettverk, avhengighet og posisjon»" }],
  description: {
    nb: "Prosjektet er avhengig av kommunale beslutninger, men ingen kommunal interessent er klassifisert med `importance`, `replaceability` og `strategy`.",
    en: "The project depends on municipal decisions, but no municipal stakeholder is classified with `importance`, `replaceability` and `strategy`.",
  },
  rationale: {
    nb: "Når nytten krever at kommunene selv beslutter, spør masteroppgavens sjekkliste allerede i konseptfasen: «Er det foretatt en kartlegging av aktører, nettverk, avhengighet og posisjon?» Klassifiseringen etter viktighet og erstatningsmulighet (Klijn og Koppenjan) viser hvilke kommunale aktører som må knyttes tett til prosjektet og hvilke som kan håndteres med informasjon, og strategien viser om de vil samarbeide, gå alene eller unngå å beslutte. Uten en slik kartlegging kan ikke BP2 vurdere om konseptet lar seg gjennomføre på tvers av forvaltningsnivåene.",
    en: "When the benefits need the kommuner to decide for themselves, the thesis's checklist asks already in the konsept phase: «Er det foretatt en kartlegging av aktører, nettverk, avhengighet og posisjon?» Classifying by importance and replaceability (Klijn and Koppenjan) shows which municipal actors must be tied closely to the project and which can be handled with information, and the strategy shows whether they will cooperate, go alone or avoid deciding. Without this mapping BP2 cannot judge whether the concept can be carried out across levels of government.",
  },
  messages: {
    default: {
      nb: "Prosjektet er avhengig av kommunale beslutninger, men ingen kommunal interessent har både importance, replaceability og strategy (stakeholders). Kartlegg kommunene, KS og eventuelle interkommunale selskaper.",
      en: "The project depends on municipal decisions, but no municipal stakeholder has importance, replaceability and strategy all set (stakeholders). Map the kommuner, KS and any inter-municipal companies.",
    },
  },
  example: `municipal:
  depends_on_municipal_decisions: true
stakeholders:
  - { id: kommunene, name: Kommunene, level: kommune, importance: høy, replaceability: lav, strategy: unngå }`,
  check({ dossier }) {
    if (!dependsOnMunicipalities(dossier)) return [];
    const classified = stakeholders(dossier).some(
      ({ item }) =>
        isMunicipalStakeholder(item) && isPresent(item.importance) && isPresent(item.replaceability) && isPresent(item.strategy),
    );
    return classified ? [] : [{ pointer: ptr("stakeholders") }];
  },
});
