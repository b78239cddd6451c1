import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "change/process-changes-missing",
  gates: { BP3: "warning" },
  source: [
    { doc: "002", locator: "RÅD 5" },
    { doc: "000", locator: "«Hold fokus på arbeidsprosessene»" },
  ],
  description: {
    nb: "Dossieren sier ikke hvilke arbeidsprosesser som endres (`change.process_changes` mangler).",
    en: "The dossier does not say which work processes change (`change.process_changes` is missing).",
  },
  rationale: {
    nb: "KS' rapport om digital omstilling sier at «For å få effekt av digitalisering må arbeidsprosesser endres», og at det er enklere å implementere nye systemer enn å endre arbeidsmåter og organisering. Bærums intervjuer har et eget tema, «Hold fokus på arbeidsprosessene – fra anskaffelse og ut prosessen». Et prosjekt som ikke har beskrevet hvilke prosesser som endres, vet ikke hva de ansatte skal læres opp i eller hvor nyttevirkningene (gevinstene) skal komme fra. Før gjennomføring (BP3) bør de endrede arbeidsprosessene være beskrevet.",
    en: "KS's report on digital change says «For å få effekt av digitalisering må arbeidsprosesser endres» (to get the effect of digitalisation, work processes must change), and that implementing new systems is easier than changing ways of working and organisation. The Bærum interviews have a theme of their own, «Hold fokus på arbeidsprosessene» (keep the focus on the work processes), from procurement onward. A project that has not described which processes change does not know what employees must be trained in, nor where the benefits will come from. Before execution (BP3) the changed work processes should be described.",
  },
  messages: {
    default: {
      nb: "Beskriv hvilke arbeidsprosesser som endres, og hvordan (change.process_changes).",
      en: "Describe which work processes change, and how (change.process_changes).",
    },
  },
  example: `change:
  process_changes: "Dokumentkontrollen erstattes av avviksbehandling av søknader der data mangler eller ikke stemmer."`,
  check({ dossier }) {
    return isMissing(dossier.change?.process_changes) ? [{ pointer: ptr("change", "process_changes") }] : [];
  },
});
