import { defineRule } from "../../src/evaluate/rule.js";
import { dependsOnMunicipalities, isMissing, isPresent, isTrue, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "municipal/decision-structures-unmapped",
  gates: { BP3: "warning", BP4: "error" },
  source: [{ doc: "003", locator: "Vedlegg 2 gjennomføring «Kartlegg beslutningsstruktur hos kommunene»; §5.1.2" }],
  description: {
    nb: "Prosjektet er avhengig av kommunale beslutninger, og `municipal.decision_structures` er tom eller har en beslutningsstruktur der `mapped` ikke er true.",
    en: "The project depends on municipal decisions, and `municipal.decision_structures` is empty or has a decision structure whose `mapped` is not true.",
  },
  rationale: {
    nb: "Hver kommune er en selvstendig beslutningstaker, og kommunene beslutter ulikt: store kommuner i et porteføljestyre der IT-leder og fagleder beslutter sammen, mindre kommuner gjennom et interkommunalt IT-selskap eller et samarbeid der hver kommunedirektør tar den formelle beslutningen (003 §5.1.2). Masteroppgavens sjekkliste for gjennomføringsfasen sier derfor «Kartlegg beslutningsstruktur hos kommunene», og TRYs innsiktsarbeid for Digibarnevern konkluderte med at kartlegging av beslutningsprosesser og aktører er avgjørende for å lykkes med implementeringen. Uten denne kartleggingen vet ikke prosjektet hvem det må overbevise, når og med hvilket beslutningsgrunnlag.",
    en: "Each municipality decides for itself, and they decide differently: large ones in a portfolio board where the IT leader and the service leader decide together, smaller ones through an inter-municipal IT company or a collaboration where each kommunedirektør takes the formal decision (003 §5.1.2). The thesis's checklist for gjennomføring therefore says «Kartlegg beslutningsstruktur hos kommunene», and TRY's insight work for Digibarnevern concluded that mapping the decision processes and actors is essential to a successful rollout. Without it the project does not know whom it must convince, when, and with what basis for the decision.",
  },
  messages: {
    default: {
      nb: "Prosjektet er avhengig av kommunale beslutninger, men har ikke beskrevet hvordan kommunene beslutter (municipal.decision_structures). Kartlegg beslutningsstrukturene: egen kommune, interkommunalt IT-selskap, interkommunalt samarbeid.",
      en: "The project depends on municipal decisions but has not described how the kommuner decide (municipal.decision_structures). Map the decision structures: own municipality, inter-municipal IT company, inter-municipal collaboration.",
    },
    unmapped: {
      nb: "Beslutningsstrukturen {item} er ikke kartlagt (municipal.decision_structures[].mapped). Finn ut hvem som beslutter og på hvilket grunnlag, og sett mapped: true.",
      en: "Decision structure {item} is not mapped (municipal.decision_structures[].mapped). Find out who decides and on what basis, and set mapped: true.",
    },
  },
  example: `municipal:
  depends_on_municipal_decisions: true
  decision_structures:
    - { model: egen-kommune, decision_makers: ["barnevernsleder", "IT-leder"], mapped: true }
    - { model: interkommunalt-it-selskap, decision_makers: ["kommunedirektør"], mapped: true }`,
  check({ dossier }) {
    if (!dependsOnMunicipalities(dossier)) return [];
    const list = dossier.municipal?.decision_structures;
    if (isMissing(list)) return [{ pointer: ptr("municipal", "decision_structures") }];
    return items(list)
      .filter(({ item }) => !isTrue(item.mapped))
      .map(({ item, index }) => ({
        pointer: ptr("municipal", "decision_structures", index),
        messageId: "unmapped",
        data: { item: isPresent(item.model) ? `${label(null, index)} (${item.model})` : label(null, index) },
      }));
  },
});
