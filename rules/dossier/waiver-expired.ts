import { defineRule } from "../../src/evaluate/rule.js";
import { isBeyondHorizon, isExpired, WAIVER_HORIZON_YEARS } from "../../src/evaluate/waivers.js";
import { addYears } from "../../src/util/date.js";
import { items, ptr } from "../helpers.js";

export default defineRule({
  id: "dossier/waiver-expired",
  gates: { BP1: "error" },
  source: [{ doc: "format" }],
  description: {
    nb: "Et unntak (waiver) har utløpt: `until` er før kjøredatoen, eller mer enn fem år etter den.",
    en: "A waiver has expired: its `until` is before the run date, or more than five years after it.",
  },
  rationale: {
    nb: "Et unntak er en beslutning om å leve med et avvik en tid. Når fristen er passert, må avviket lukkes eller unntaket fornyes med en ny vurdering; et utløpt unntak skjuler derfor ingenting, og portvokter sier fra om det. Det samme gjelder et unntak med en frist mer enn fem år fram (som 9999-12-31): det ville aldri komme opp til ny vurdering.",
    en: "A waiver is a decision to live with a gap for a while. Once its date has passed, the gap must be closed or the waiver renewed after a new assessment; an expired waiver therefore hides nothing, and portvokter says so. The same holds for a waiver dated more than five years ahead (such as 9999-12-31): it would never come up for review.",
  },
  messages: {
    default: {
      nb: "Unntaket for {rule} utløp {until}; det skjuler ingen funn lenger. Lukk avviket eller forny unntaket med ny begrunnelse.",
      en: "The waiver for {rule} expired on {until}; it no longer hides any finding. Close the gap or renew the waiver with a new reason.",
    },
    tooFar: {
      nb: "Unntaket for {rule} gjelder til {until}, mer enn {years} år fram; et unntak skal vurderes på nytt og skjuler derfor ingen funn med en så fjern frist. Sett en dato innen {latest}, helst ved neste beslutningspunkt.",
      en: "The waiver for {rule} runs until {until}, more than {years} years ahead; a waiver must come up for review, so with a date that far off it hides no finding. Set a date by {latest}, preferably the next decision point.",
    },
  },
  example: `waivers:
  - rule: municipal/decision-structures-unmapped
    path: /municipal
    reason: "Kartlegges i regi av KS innen mars."
    until: 2028-03-31`,
  check({ dossier, today }) {
    return items(dossier.waivers)
      .filter(({ item }) => isExpired(item.until, today) || isBeyondHorizon(item.until, today))
      .map(({ item, index }) => ({
        pointer: ptr("waivers", index, "until"),
        messageId: isExpired(item.until, today) ? "default" : "tooFar",
        data: { rule: item.rule, until: String(item.until), years: WAIVER_HORIZON_YEARS, latest: addYears(today, WAIVER_HORIZON_YEARS) },
      }));
  },
});
