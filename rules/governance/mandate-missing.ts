import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/mandate-missing",
  gates: { BP3: "error" },
  source: [
    { doc: "000", locator: "«avklare mandatet for en styringsgruppe»" },
    { doc: "003", locator: "Vedlegg 2 (avklar deltagernes mandat)" },
  ],
  description: {
    nb: "Styringsgruppen har ikke noe mandat (`governance.mandate` mangler).",
    en: "The steering group has no mandate (`governance.mandate` is missing).",
  },
  rationale: {
    nb: "Mandatet sier hva styringsgruppen har myndighet og ansvar for, og hva som må løftes til prosjekteieren eller virksomhetsledelsen. En prosjekteier i Bærum sa det var «Viktig å avklare mandatet for en styringsgruppe hvor også eksterne er med», og sjekklisten i masteroppgaven om Digibarnevern ber prosjektet avklare deltagernes mandat. Uten mandat ved BP3 vet ingen hvilke beslutninger gruppen kan ta når gjennomføringen starter.",
    en: "The mandate says what the steering group has authority and responsibility for, and what must be raised to the owner or top management. A project owner in Bærum called it «Viktig å avklare mandatet for en styringsgruppe hvor også eksterne er med» (important to clarify the mandate of a steering group that includes outsiders), and the checklist of the Digibarnevern thesis asks the project to clarify its participants' mandate. Without a mandate at BP3 nobody knows which decisions the group may take once execution starts.",
  },
  messages: {
    default: {
      nb: "Styringsgruppen (prosjektstyret) har ikke noe mandat; beskriv hva den har myndighet og ansvar for (governance.mandate).",
      en: "The steering group (styringsgruppe, prosjektstyre) has no mandate; describe what it has authority and responsibility for (governance.mandate).",
    },
  },
  example: `governance:
  mandate: "Styringsgruppen beslutter endringer i omfang, tid og kost innenfor rammen i styringsdokumentet."`,
  check({ dossier }) {
    return isMissing(dossier.governance?.mandate) ? [{ pointer: ptr("governance", "mandate") }] : [];
  },
});
