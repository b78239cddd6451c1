import { defineRule } from "../../src/evaluate/rule.js";
import { isLapsed } from "../../src/evaluate/waivers.js";
import { closest } from "../../src/util/suggest.js";
import { items, ptr } from "../helpers.js";

export default defineRule({
  id: "dossier/waiver-unused",
  gates: { BP1: "warning" },
  source: [{ doc: "format" }],
  description: {
    nb: "Et unntak (waiver) treffer ingen funn ved beslutningspunktet som sjekkes.",
    en: "A waiver matches no finding at the gate checked.",
  },
  rationale: {
    nb: "Et unntak som ikke skjuler noe, er enten utdatert (avviket er lukket), skrevet feil (feil regel-id eller sti), eller gjelder en regel som ikke brukes ved dette beslutningspunktet. Slike unntak bør fjernes eller rettes, slik at dossieren bare viser beslutninger som fortsatt gjelder.",
    en: "A waiver that hides nothing is either stale (the gap is closed), mistyped (wrong rule id or path), or about a rule that does not apply at this gate. Remove or correct it, so that the dossier only shows decisions that still hold.",
  },
  messages: {
    default: {
      nb: "Unntaket for {rule} treffer ingen funn ved {gate}; fjern det eller rett regel-id og sti.",
      en: "The waiver for {rule} matches no finding at {gate}; remove it or correct its rule id and path.",
    },
    unknown: {
      nb: "Unntaket gjelder {rule}, som ikke er en kjent regel{hint}; det treffer ingenting.",
      en: "The waiver is for {rule}, which is not a known rule{hint}; it matches nothing.",
    },
  },
  example: `# A waiver is used when its rule reports a finding at or under its path at the gate checked.
instruments:
  architecture:
    common_components: [id-porten, vestland-innlogging]
waivers:
  - rule: architecture/unknown-common-component
    path: /instruments/architecture/common_components/1
    reason: "Regional innloggingsløsning; meldt inn til Digdir som kandidat til felleskomponent."`,
  phase: "post",
  check({ dossier, today, gate, matchedWaivers, knownRules }) {
    return items(dossier.waivers)
      .filter(({ item, index }) => !isLapsed(item.until, today) && !matchedWaivers?.has(index))
      .map(({ item, index }) => {
        const known = !knownRules || knownRules.has(item.rule);
        // A mistyped id: the closest known one, in a form that reads in every language.
        const [suggestion] = known || typeof item.rule !== "string" ? [] : closest(item.rule, knownRules!, 1);
        return {
          pointer: ptr("waivers", index),
          messageId: known ? "default" : "unknown",
          data: { rule: item.rule, gate, hint: suggestion ? ` (→ «${suggestion}»)` : "" },
        };
      });
  },
});
