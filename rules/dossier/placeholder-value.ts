import { defineRule, type RuleReport } from "../../src/evaluate/rule.js";
import { isPlaceholder, keyPath, ptr, segmentsOf, walkValues } from "../helpers.js";

export default defineRule({
  id: "dossier/placeholder-value",
  gates: { BP1: "warning" },
  source: [{ doc: "format" }],
  description: {
    nb: "En tekstverdi er en plassholder (TBD, TBA, «?», «-», ikke avklart, uavklart, mangler) i stedet for et svar.",
    en: "A string value is a placeholder (TBD, TBA, «?», «-», ikke avklart, uavklart, mangler) instead of an answer.",
  },
  rationale: {
    nb: "En plassholder som TBD eller «mangler» viser at noen har sett spørsmålet, men ikke svart på det. Reglene behandler plassholdere som manglende verdier, men de ser bare nøklene de selv leser; denne regelen peker på hver plassholder i hele dossieren, slik at ingen blir stående glemt før beslutningspunktet. Skriv svaret, eller fjern nøkkelen til den kan besvares.",
    en: "A placeholder such as TBD or «mangler» shows that someone saw the question but did not answer it. The rules treat placeholders as missing values, but each only looks at the keys it reads; this rule points at every placeholder in the whole dossier, so that none is left forgotten before the gate. Write the answer, or remove the key until it can be answered.",
  },
  messages: {
    default: {
      nb: "«{value}» er en plassholder, ikke et svar ({path}); skriv svaret eller fjern nøkkelen.",
      en: "«{value}» is a placeholder, not an answer ({path}); write the answer or remove the key.",
    },
  },
  example: `governance:
  mandate: "Styringsgruppen beslutter endringer i omfang, tid og kost innenfor rammen."
  decision_criteria: "Nytte for brukerne og kost innenfor rammen veier tyngst."`,
  check({ dossier }) {
    const reports: RuleReport[] = [];
    walkValues(dossier, (node) => {
      if (!isPlaceholder(node.value)) return;
      const segs = segmentsOf(node);
      reports.push({ pointer: segs.map((s) => ptr(s)).join(""), data: { value: String(node.value).trim(), path: keyPath(segs) } });
    });
    return reports;
  },
});
