import { defineRule } from "../../src/evaluate/rule.js";
import { isExpired } from "../../src/evaluate/waivers.js";
import { items, ptr } from "../helpers.js";

export default defineRule({
  id: "dossier/waiver-expired",
  theme: "dossier",
  gates: { BP1: "error" },
  source: "format",
  description: {
    nb: "Et unntak (waiver) har utløpt: `until` er før kjøredatoen.",
    en: "A waiver has expired: its `until` is before the run date.",
  },
  rationale: {
    nb: "Et unntak er en beslutning om å leve med et avvik en tid. Når fristen er passert, må avviket lukkes eller unntaket fornyes med en ny vurdering; et utløpt unntak skjuler derfor ingenting, og portvokter sier fra om det.",
    en: "A waiver is a decision to live with a gap for a while. Once its date has passed, the gap must be closed or the waiver renewed after a new assessment; an expired waiver therefore hides nothing, and portvokter says so.",
  },
  messages: {
    default: {
      nb: "Unntaket for {rule} utløp {until}; det skjuler ingen funn lenger. Lukk avviket eller forny unntaket med ny begrunnelse.",
      en: "The waiver for {rule} expired on {until}; it no longer hides any finding. Close the gap or renew the waiver with a new reason.",
    },
  },
  example: `waivers:
  - rule: municipal/decision-structures-unmapped
    path: /municipal
    reason: "Kartlegges i regi av KS innen mars."
    until: 2099-03-31`,
  check({ dossier, today }) {
    return items(dossier.waivers)
      .filter(({ item }) => isExpired(item.until, today))
      .map(({ item, index }) => ({
        pointer: ptr("waivers", index, "until"),
        data: { rule: item.rule, until: String(item.until) },
      }));
  },
});
