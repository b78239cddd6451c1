import { defineRule } from "../../src/evaluate/rule.js";
import { isCitizenGroup, isMissing, ptr, stakeholderName, stakeholders } from "../helpers.js";

const BINDING = new Set(["samarbeidsavtale", "kontrakt"]);

export default defineRule({
  id: "stakeholders/partner-responsibility-missing",
  gates: { BP3: "warning" },
  source: [
    { doc: "004", locator: "«Beskriv roller og ansvar i samarbeidet, og sørg for at det er kjent hos alle»" },
    { doc: "003", locator: "§3.1.2 (the agreement regulates roller og ansvar), §5.1.1 (Digibarnevern's agreement «sier ikke noe om rolle og ansvar knyttet til den kommunale utbredelsen»)" },
  ],
  description: {
    nb: "En interessent med `strategy: samarbeid` eller `agreement` `samarbeidsavtale` eller `kontrakt` mangler `responsibility` (hva den svarer for i samarbeidet, og hva den kan forvente av de andre).",
    en: "A stakeholder with `strategy: samarbeid` or `agreement` `samarbeidsavtale` or `kontrakt` has no `responsibility` (what it answers for in the collaboration and what it can expect of the others).",
  },
  rationale: {
    nb: "Digitaliseringsrådet anbefaler: «Beskriv roller og ansvar i samarbeidet, og sørg for at det er kjent hos alle» – alle aktørene må vite hva de selv har ansvar for, og hva de kan forvente av andre. Masteroppgaven viser at det er avtalen som regulerer roller og ansvar, og at samarbeidsavtalen i Digibarnevern «sier ikke noe om rolle og ansvar knyttet til den kommunale utbredelsen». En samarbeidspart uten beskrevet ansvar er en uklar rolle når gjennomføringen starter ved BP3.",
    en: "Digitaliseringsrådet advises: «Beskriv roller og ansvar i samarbeidet, og sørg for at det er kjent hos alle» (describe roles and responsibilities in the collaboration and make sure everyone knows them) – every actor must know what it answers for and what it can expect of the others. The thesis shows that the agreement is what regulates roles and responsibilities, and that Digibarnevern's collaboration agreement «sier ikke noe om rolle og ansvar knyttet til den kommunale utbredelsen» (says nothing of roles and responsibilities for the municipal rollout). A partner without a described responsibility is an unclear role when execution starts at BP3.",
  },
  messages: {
    default: {
      nb: "Samarbeidsparten {name} har ikke fått beskrevet hva den har ansvar for i samarbeidet og hva den kan forvente av de andre (stakeholders[].responsibility).",
      en: "Partner {name} has no description of what it answers for in the collaboration and what it can expect of the others (stakeholders[].responsibility).",
    },
  },
  example: `stakeholders:
  - { id: ks, name: KS, strategy: samarbeid, agreement: samarbeidsavtale, responsibility: "Koordinerer kommunene og Diginettverkene; kan forvente månedlige leveranseplaner fra Bufdir" }`,
  check({ dossier }) {
    return stakeholders(dossier)
      .filter(
        ({ item }) =>
          (item.strategy === "samarbeid" || (typeof item.agreement === "string" && BINDING.has(item.agreement))) &&
          isMissing(item.responsibility) &&
          !isCitizenGroup(item),
      )
      .map(({ item, index }) => ({ pointer: ptr("stakeholders", index, "responsibility"), data: { name: stakeholderName(item, index) } }));
  },
});
