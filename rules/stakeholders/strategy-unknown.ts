import { defineRule } from "../../src/evaluate/rule.js";
import { isImportant, isMissing, ptr, stakeholderName, stakeholders } from "../helpers.js";

export default defineRule({
  id: "stakeholders/strategy-unknown",
  gates: { BP3: "warning" },
  source: [{ doc: "003", locator: "§3.1.2 (gå alene / unngå / samarbeid / fasilitering)" }],
  description: {
    nb: "En viktig interessent (`importance: høy`) har `strategy` som mangler eller er `ukjent`.",
    en: "An important stakeholder (`importance: høy`) has a `strategy` that is missing or `ukjent`.",
  },
  rationale: {
    nb: "Etter kartleggingen må aktørene plasseres etter strategi (Klijn og Koppenjan, masteroppgaven §3.1.2): vil de gå alene og utvikle egne løsninger, unngå å ta stilling, samarbeide eller fasilitere iverksettingen? For en viktig aktør avgjør strategien hvordan prosjektet må håndtere den, og en aktør som unngår eller går alene kan blokkere gjennomføringen. Ved BP3 bør prosjektet vite hvor hver viktig aktør står.",
    en: "After the mapping, the actors must be placed by strategy (Klijn and Koppenjan, thesis §3.1.2): will they go alone and build their own solutions, avoid taking a position, collaborate, or facilitate the implementation? For an important actor the strategy decides how the project must handle it, and an actor who avoids or goes alone can block execution. At BP3 the project should know where each important actor stands.",
  },
  messages: {
    default: {
      nb: "Strategien til den viktige interessenten {name} er ukjent (stakeholders[].strategy). Avklar om den vil samarbeide, fasilitere, unngå eller gå alene.",
      en: "The strategy of important stakeholder {name} is unknown (stakeholders[].strategy). Find out whether it will collaborate (samarbeid), facilitate (fasilitering), avoid (unngå) or go alone (gå-alene).",
    },
  },
  example: `stakeholders:
  - { id: ks, name: KS, importance: høy, strategy: samarbeid }`,
  check({ dossier }) {
    return stakeholders(dossier)
      .filter(({ item }) => isImportant(item) && (isMissing(item.strategy) || item.strategy === "ukjent"))
      .map(({ item, index }) => ({ pointer: ptr("stakeholders", index, "strategy"), data: { name: stakeholderName(item, index) } }));
  },
});
