import { defineRule } from "../../src/evaluate/rule.js";
import type { RuleReport } from "../../src/evaluate/rule.js";
import { closest } from "../../src/util/suggest.js";
import { isMissing, nameKey as key, ptr } from "../helpers.js";

export default defineRule({
  id: "architecture/unknown-common-component",
  gates: { BP1: "info" },
  source: [{ doc: "components" }],
  description: {
    nb: "En oppføring i `instruments.architecture.common_components` er verken en id, et navn eller et kjent alternativt navn i den leverte listen over felleskomponenter (uavhengig av store og små bokstaver).",
    en: "An entry of `instruments.architecture.common_components` is neither an id, a name nor a known alternative name in the shipped list of common components (case-insensitive).",
  },
  rationale: {
    nb: "portvokter kjenner de nasjonale felleskomponentene fra en levert liste (ID-porten, Maskinporten, KRR, Altinn, Fiks-plattformen og flere), som kan utvides i konfigurasjonen. En oppføring som ikke står der, er ofte en skrivefeil, og da ser ikke leseren eller verktøyet at prosjektet faktisk gjenbruker en felleskomponent. Det kan også være en lokal eller ny fellesløsning; legg den i så fall til under `common_components` i konfigurasjonen, så blir den kjent. Funnet er bare et råd og blokkerer ingen beslutning.",
    en: "portvokter knows the national common components from a shipped list (ID-porten, Maskinporten, KRR, Altinn, the Fiks platform and more), which a config can extend. An entry not on it is often a typo, and then neither the reader nor the tool sees that the project does reuse a common component. It may also be a local or new common solution; if so, add it under `common_components` in the config so that it is known. The finding is advice only and blocks no decision.",
  },
  messages: {
    suggestion: {
      nb: "«{entry}» er ikke en kjent felleskomponent (instruments.architecture.common_components); mente du {suggestion}?",
      en: "«{entry}» is not a known common component (instruments.architecture.common_components); did you mean {suggestion}?",
    },
    unknown: {
      nb: "«{entry}» er ikke en kjent felleskomponent (instruments.architecture.common_components); bruk en id fra listen (se portvokter components), eller legg komponenten til i konfigurasjonen.",
      en: "«{entry}» is not a known common component (instruments.architecture.common_components); use an id from the list (see portvokter components), or add the component in the config.",
    },
  },
  example: `instruments:
  architecture:
    common_components: [id-porten, Maskinporten, "Fiks IO", krr]`,
  check({ dossier, data }) {
    const list = dossier.instruments?.architecture?.common_components;
    if (!Array.isArray(list)) return [];
    const known = new Set<string>();
    const idOf = new Map<string, string>(); // an id or name, as written in the data → its id
    for (const c of data.commonComponents) {
      known.add(key(c.id));
      known.add(key(c.name));
      idOf.set(c.id, c.id);
      if (!idOf.has(c.name)) idOf.set(c.name, c.id);
      for (const alias of c.aliases ?? []) {
        known.add(key(alias));
        if (!idOf.has(alias)) idOf.set(alias, c.id);
      }
    }
    const reports: RuleReport[] = [];
    list.forEach((entry, index) => {
      // Empty and placeholder entries are not component names (dossier/placeholder-value's business).
      if (typeof entry !== "string" || isMissing(entry) || known.has(key(entry))) return;
      const best = closest(entry.trim(), idOf.keys(), 1)[0];
      const hint = best === undefined ? undefined : idOf.get(best);
      reports.push(
        hint
          ? { pointer: ptr("instruments", "architecture", "common_components", index), messageId: "suggestion", data: { entry, suggestion: hint } }
          : { pointer: ptr("instruments", "architecture", "common_components", index), messageId: "unknown", data: { entry } },
      );
    });
    return reports;
  },
});
