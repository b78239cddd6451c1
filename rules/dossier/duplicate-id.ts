import { defineRule, type RuleReport } from "../../src/evaluate/rule.js";
import { isMissing, keyPath, ptr, segmentsOf, walkValues } from "../helpers.js";

export default defineRule({
  id: "dossier/duplicate-id",
  gates: { BP1: "error" },
  source: [{ doc: "format" }],
  description: {
    nb: "To elementer i samme liste har samme `id`.",
    en: "Two items in one list share an `id`.",
  },
  rationale: {
    nb: "Formatet krever at hvert element som andre elementer viser til, har en `id` som er unik i sin liste. En nyttevirknings (gevinsts) `recipient` viser til en interessent ved id, unntak og rapporter peker på elementer, og rådets anbefalinger følges opp per id. Når to elementer deler id, er det uklart hvilket som menes, og reglene kobler i stillhet til det første; gi hvert element sin egen id.",
    en: "The format requires every item that others refer to to have an `id` that is unique in its list. A benefit's `recipient` names a stakeholder by id, waivers and reports point at items, and the council's recommendations are followed up by id. When two items share an id it is unclear which one is meant, and the rules silently link to the first; give every item an id of its own.",
  },
  messages: {
    default: {
      nb: "Id-en «{id}» er allerede brukt av element nr. {first} i samme liste ({list}); gi dette elementet en egen id ({path}).",
      en: "The id «{id}» is already used by item no. {first} of the same list ({list}); give this item an id of its own ({path}).",
    },
  },
  example: `needs:
  goals:
    - { id: g1, text: "Alle kommuner på nytt fagsystem" }
    - { id: g2, text: "Kortere saksbehandlingstid" }`,
  check({ dossier }) {
    const reports: RuleReport[] = [];
    walkValues(dossier, (node) => {
      const list = node.value;
      if (!Array.isArray(list)) return;
      let seen: Map<string, number> | undefined;
      list.forEach((item: unknown, index) => {
        if (item === null || typeof item !== "object" || Array.isArray(item)) return;
        const id = (item as { id?: unknown }).id;
        if ((typeof id !== "string" && typeof id !== "number") || isMissing(id)) return;
        const key = `${typeof id}:${id}`;
        seen ??= new Map();
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
          return;
        }
        const segs = [...segmentsOf(node), index, "id"];
        reports.push({
          pointer: segs.map((s) => ptr(s)).join(""),
          data: { id: String(id), first: first + 1, list: keyPath(segmentsOf(node)), path: keyPath(segs) },
        });
      });
    });
    return reports;
  },
});
