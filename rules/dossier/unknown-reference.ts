import { defineRule, type RuleReport } from "../../src/evaluate/rule.js";
import { isMissing, items, keyPath, label, nameKey, peopleOf, ptr, stakeholderIndex, stakeholderRef, stakeholders } from "../helpers.js";

export default defineRule({
  id: "dossier/unknown-reference",
  gates: { BP1: "error" },
  source: [{ doc: "format" }],
  description: {
    nb: "En nyttevirknings `recipient`, eller en persons `stakeholder`, er oppgitt, men er ikke `id`-en til noen interessent.",
    en: "A benefit's `recipient`, or a person's `stakeholder`, is given but is not the `id` of any stakeholder.",
  },
  rationale: {
    nb: "To slags referanser peker på `id`-en til en interessent: en nyttevirknings `recipient` (der nyttevirkningen, gevinsten, oppstår) og en persons `stakeholder` (hvem eieren, prosjektlederen, et styringsgruppemedlem eller en nytteeier hører til). En referanse som ikke treffer, gjør at reglene om nytteeier (gevinsteier), mottakere og kommunale gevinster ikke kan koble nyttevirkningen til aktøren, og feilen skjules i stillhet. Oftest er det en skrivefeil eller et navn brukt der id-en skulle stå; rett den, eller legg interessenten til i `stakeholders`.",
    en: "Two kinds of reference name a stakeholder's `id`: a benefit's `recipient` (where the benefit arises) and a person's `stakeholder` (whom the owner, the project manager, a steering group member or a benefit owner belongs to). A reference that does not resolve means the rules on the benefit owner (nytteeier, gevinsteier), recipients and municipal benefits cannot link the benefit to the actor, and the gap is hidden silently. Most often it is a typo or a name used where the id belongs; correct it, or add the stakeholder to `stakeholders`.",
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
    person: {
      nb: "{person} hører til interessenten «{ref}», men ingen interessent har den id-en ({path}); bruk en id fra stakeholders eller legg til interessenten.",
      en: "{person} belongs to stakeholder «{ref}», but no stakeholder has that id ({path}); use an id from stakeholders or add the stakeholder.",
    },
    personSuggest: {
      nb: "{person} hører til interessenten «{ref}», men ingen interessent har den id-en ({path}); mente du «{suggestion}»?",
      en: "{person} belongs to stakeholder «{ref}», but no stakeholder has that id ({path}); did you mean «{suggestion}»?",
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
    const recipients: RuleReport[] = items(dossier.benefits)
      .filter(({ item }) => !isMissing(item.recipient) && !byId.has(item.recipient as string))
      .map(({ item, index }) => {
        const recipient = String(item.recipient);
        const suggestion = hints.get(nameKey(recipient));
        const data = { benefit: `«${label(item, index)}»`, recipient, index };
        return suggestion
          ? { pointer: ptr("benefits", index, "recipient"), messageId: "suggest", data: { ...data, suggestion } }
          : { pointer: ptr("benefits", index, "recipient"), data };
      });
    const people: RuleReport[] = [];
    for (const { person, at } of peopleOf(dossier)) {
      const ref = stakeholderRef(person);
      if (ref === undefined || byId.has(ref)) continue;
      const segments = [...at, "stakeholder"];
      const name = typeof person.name === "string" && person.name.trim() !== "" ? `«${person.name.trim()}»` : keyPath(at);
      const data = { person: name, ref, path: keyPath(segments) };
      const suggestion = hints.get(nameKey(ref));
      people.push(suggestion ? { pointer: ptr(...segments), messageId: "personSuggest", data: { ...data, suggestion } } : { pointer: ptr(...segments), messageId: "person", data });
    }
    return [...recipients, ...people];
  },
});
