import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, label, nameKey, ptr, stakeholderIndex, stakeholders } from "../helpers.js";

export default defineRule({
  id: "dossier/unknown-reference",
  gates: { BP1: "error" },
  source: [{ doc: "format" }],
  description: {
    nb: "En nyttevirknings `recipient` er oppgitt, men er ikke `id`-en til noen interessent.",
    en: "A benefit's `recipient` is given but is not the `id` of any stakeholder.",
  },
  rationale: {
    nb: "I formatversjon 1 er `recipient` den eneste referansen: den peker på `id`-en til interessenten der nyttevirkningen (gevinsten) oppstår. En referanse som ikke treffer, gjør at reglene om nytteeier (gevinsteier), mottakere og kommunale gevinster ikke kan koble nyttevirkningen til aktøren, og feilen skjules i stillhet. Oftest er det en skrivefeil eller et navn brukt der id-en skulle stå; rett den, eller legg interessenten til i `stakeholders`.",
    en: "In format version 1 `recipient` is the only reference: it names the `id` of the stakeholder where the benefit arises. A reference that does not resolve means the rules on the benefit owner (nytteeier, gevinsteier), recipients and municipal benefits cannot link the benefit to the actor, and the gap is hidden silently. Most often it is a typo or a name used where the id belongs; correct it, or add the stakeholder to `stakeholders`.",
  },
  messages: {
    default: {
      nb: "Nyttevirkningen (gevinsten) {benefit} har mottaker «{recipient}», men ingen interessent har den id-en (benefits[{index}].recipient); bruk en id fra stakeholders eller legg til interessenten.",
      en: "Benefit (nyttevirkning, gevinst) {benefit} has recipient «{recipient}», but no stakeholder has that id (benefits[{index}].recipient); use an id from stakeholders or add the stakeholder.",
    },
    suggest: {
      nb: "Nyttevirkningen (gevinsten) {benefit} har mottaker «{recipient}», men ingen interessent har den id-en (benefits[{index}].recipient); mente du «{suggestion}»?",
      en: "Benefit (nyttevirkning, gevinst) {benefit} has recipient «{recipient}», but no stakeholder has that id (benefits[{index}].recipient); did you mean «{suggestion}»?",
    },
  },
  example: `stakeholders:
  - { id: kommunene, name: Kommunene, level: kommune }
benefits:
  - id: b1
    description: "Raskere behandling av bekymringsmeldinger"
    recipient: kommunene`,
  check({ dossier }) {
    const byId = stakeholderIndex(dossier);
    // Case-insensitive ids and names, for a hint only (the reference itself must be the exact id).
    const hints = new Map<string, string>();
    for (const { item } of stakeholders(dossier)) {
      if (typeof item.id !== "string" || item.id === "") continue;
      for (const key of [item.id, item.name]) {
        if (typeof key === "string" && key.trim() !== "") {
          const k = nameKey(key);
          if (!hints.has(k)) hints.set(k, item.id);
        }
      }
    }
    return items(dossier.benefits)
      .filter(({ item }) => !isMissing(item.recipient) && !byId.has(item.recipient as string))
      .map(({ item, index }) => {
        const recipient = String(item.recipient);
        const suggestion = hints.get(nameKey(recipient));
        const data = { benefit: `«${label(item, index)}»`, recipient, index };
        return suggestion
          ? { pointer: ptr("benefits", index, "recipient"), messageId: "suggest", data: { ...data, suggestion } }
          : { pointer: ptr("benefits", index, "recipient"), data };
      });
  },
});
