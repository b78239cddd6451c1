import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr, stakeholderName, stakeholders } from "../helpers.js";

export default defineRule({
  id: "stakeholders/unclassified",
  gates: { BP3: "warning" },
  source: [{ doc: "003", locator: "Figur 8 / Tabell 15 (Klijn & Koppenjan)" }],
  description: {
    nb: "En interessent mangler `importance` eller `replaceability`.",
    en: "A stakeholder has no `importance` or no `replaceability`.",
  },
  rationale: {
    nb: "Masteroppgaven grupperer aktørene etter viktighet og erstatningsmulighet (Klijn og Koppenjan, figur 8 og tabell 15) for å avgjøre «hvilke aktører som må knyttes tett til prosjektet og hvem som kan håndteres ved hjelp av informasjon». Uten denne klassifiseringen kan ingen si hvem som er nøkkelaktører, og de andre interessentreglene kan ikke vurdere interessenten. Ved BP3 skal organiseringen mot de viktigste interessentene være på plass, og da må klassifiseringen være gjort.",
    en: "The thesis groups the actors by importance and replaceability (Klijn and Koppenjan, figure 8 and table 15) to decide «hvilke aktører som må knyttes tett til prosjektet og hvem som kan håndteres ved hjelp av informasjon» (which actors must be tied closely to the project and which can be handled with information). Without this classification nobody can tell who the key actors are, and the other stakeholder rules cannot judge the stakeholder. At BP3 the organisation towards the most important stakeholders must be in place, and the classification must then be done.",
  },
  messages: {
    both: {
      nb: "Interessenten {name} er ikke klassifisert: viktighet og erstatningsmulighet mangler (stakeholders[].importance, replaceability).",
      en: "Stakeholder {name} is not classified: importance and replaceability are missing (stakeholders[].importance, replaceability).",
    },
    importance: {
      nb: "Interessenten {name} mangler viktighet (stakeholders[].importance: høy, middels eller lav).",
      en: "Stakeholder {name} has no importance (stakeholders[].importance: høy, middels or lav).",
    },
    replaceability: {
      nb: "Interessenten {name} mangler erstatningsmulighet (stakeholders[].replaceability: høy, middels eller lav).",
      en: "Stakeholder {name} has no replaceability (stakeholders[].replaceability: høy, middels or lav).",
    },
  },
  example: `stakeholders:
  - { id: ks, name: KS, importance: høy, replaceability: lav }`,
  check({ dossier }) {
    return stakeholders(dossier).flatMap(({ item, index }) => {
      const noImportance = isMissing(item.importance);
      const noReplaceability = isMissing(item.replaceability);
      if (!noImportance && !noReplaceability) return [];
      const data = { name: stakeholderName(item, index) };
      if (noImportance && noReplaceability) return [{ pointer: ptr("stakeholders", index), messageId: "both", data }];
      const key = noImportance ? "importance" : "replaceability";
      return [{ pointer: ptr("stakeholders", index, key), messageId: key, data }];
    });
  },
});
