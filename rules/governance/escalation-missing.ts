import { defineRule } from "../../src/evaluate/rule.js";
import { atOrAfter, isMissing, isMultiLevel, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/escalation-missing",
  gates: { BP3: "warning" },
  escalation: { nb: "flernivå", en: "multi-level" },
  source: [{ doc: "003", locator: "Vedlegg 2 (regler for eskalering ved uenighet)" }],
  description: {
    nb: "Ingen regler for eskalering ved uenighet (`governance.escalation` mangler); feil når prosjektet er flernivå.",
    en: "No rules for escalating disagreements (`governance.escalation` is missing); an error when the project is multi-level.",
  },
  rationale: {
    nb: "Sjekklisten i masteroppgaven om Digibarnevern ber prosjektet «Etabler regler for eskalering ved uenighet». Uenighet er ventet når flere selvstendige aktører skal samarbeide, og uten avtalte regler blir den stående uløst eller løses av den sterkeste parten. I et flernivåprosjekt, der stat og kommuner ikke kan instruere hverandre, finnes det ingen felles linje å eskalere i, og da må reglene være på plass før gjennomføringen starter.",
    en: "The checklist of the Digibarnevern thesis tells the project to «Etabler regler for eskalering ved uenighet» (establish rules for escalating disagreements). Disagreement is to be expected when independent actors work together, and without agreed rules it is left unresolved or settled by the strongest party. In a multi-level project, where state and municipalities cannot instruct each other, there is no common line to escalate in, so the rules must be in place before execution starts.",
  },
  messages: {
    default: {
      nb: "Dossieren har ingen regler for eskalering ved uenighet (governance.escalation).",
      en: "The dossier has no rules for escalating disagreements (governance.escalation).",
    },
  },
  example: `governance:
  escalation: "Uenighet i styringsgruppen løftes til eiermøtet mellom Bufdir og KS; deretter til departementet."`,
  check({ dossier, gate }) {
    if (!isMissing(dossier.governance?.escalation)) return [];
    return [{ pointer: ptr("governance", "escalation"), escalate: atOrAfter(gate, "BP3") && isMultiLevel(dossier) }];
  },
});
