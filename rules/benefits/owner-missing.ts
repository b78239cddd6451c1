import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "benefits/owner-missing",
  gates: { BP2: "error" },
  source: [{ doc: "PV", locator: "BP2 #4 (gevinstansvarlig utpekt)" }],
  description: {
    nb: "En nyttevirkning (gevinst) uten `owner` (nytteeier, gevinsteier).",
    en: "A benefit without an `owner` (nytteeier, gevinsteier).",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekkliste for BP2 spør om gevinstansvarlig er utpekt: en nyttevirkning (gevinst) som ingen eier, blir heller ikke tatt ut. Nytteeieren (gevinsteieren) er lederen i linjen der nyttevirkningen oppstår, og skal bekrefte anslaget, følge opp målingene og gjøre endringene som skal til. Uten en utpekt nytteeier ved BP2 er nyttevirkningen bare et anslag, ikke et ansvar.",
    en: "Prosjektveiviseren's BP2 checklist asks whether a benefit owner (gevinstansvarlig) has been appointed: a benefit nobody owns is not realised either. The nytteeier (gevinsteier) is the leader in the part of the line where the benefit arises, and confirms the estimate, follows up the measurements and makes the changes needed. Without a named owner at BP2 the benefit is only an estimate, not a responsibility.",
  },
  messages: {
    default: {
      nb: "Nyttevirkningen (gevinsten) {benefit} har ingen nytteeier (gevinsteier) (benefits[].owner). Utpek en leder i linjen der nyttevirkningen oppstår.",
      en: "Benefit {benefit} has no nytteeier (gevinsteier) (benefits[].owner). Name a leader in the line where the benefit arises.",
    },
  },
  example: `benefits:
  - id: b1
    owner: { name: "Kari Nordmann", role: "barnevernsleder", organisation: "kommunene", in_line: true }`,
  check({ dossier }) {
    return items(dossier.benefits)
      .filter(({ item }) => isMissing(item.owner))
      .map(({ item, index }) => ({ pointer: ptr("benefits", index, "owner"), data: { benefit: label(item, index) } }));
  },
});
