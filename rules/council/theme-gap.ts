import { defineRule } from "../../src/evaluate/rule.js";
import type { RuleReport } from "../../src/evaluate/rule.js";
import { councilOf, isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "council/theme-gap",
  gates: { BP1: "warning" },
  source: [{ doc: "001", locator: "(the six themes every review covers)" }],
  description: {
    nb: "Et av Digitaliseringsrådets seks temaer har ikke noe innhold i dossieren (seksjonen mangler); ett funn per slikt tema.",
    en: "One of Digitaliseringsrådet's six themes has no content in the dossier (its section is missing); one finding per such theme.",
  },
  rationale: {
    nb: "I tillegg til virksomhetens egne spørsmål vurderer rådet «alltid prosjektdokumentasjonen ut fra seks faglige temaer»: organisering og styring, behov, mål og løsning, usikkerhet, gevinster og gevinstrealisering, konkurransestrategi og samarbeid med leverandører, og IT-politiske føringer. Rådet understreker at alle seks er topplederens ansvar. Et tema dossieren ikke sier noe om, blir enten ikke drøftet eller drøftet uten grunnlag, og det er ofte der rådene trengs mest.",
    en: "Besides the agency's own questions the council «alltid prosjektdokumentasjonen ut fra seks faglige temaer» (always reviews the documentation against six themes): organisation and governance; needs, goals and solution; uncertainty; benefits and their realisation; competition strategy and vendor collaboration; and IT-policy guidelines. The council stresses that all six are the top leader's responsibility. A theme the dossier says nothing about is either not discussed or discussed without a basis, and that is often where advice is needed most.",
  },
  messages: {
    governance: {
      nb: "Rådets tema 1, organisering og styring, har ikke noe innhold i dossieren (governance).",
      en: "The council's theme 1, organisering og styring (organisation and governance), has no content in the dossier (governance).",
    },
    needs: {
      nb: "Rådets tema 2, behov, mål og løsning, har ikke noe innhold i dossieren (needs).",
      en: "The council's theme 2, behov, mål og løsning (needs, goals and solution), has no content in the dossier (needs).",
    },
    uncertainty: {
      nb: "Rådets tema 3, usikkerhet og usikkerhetsstyring, har ikke noe innhold i dossieren (uncertainty).",
      en: "The council's theme 3, usikkerhet og usikkerhetsstyring (uncertainty), has no content in the dossier (uncertainty).",
    },
    benefits: {
      nb: "Rådets tema 4, nyttevirkninger (gevinster) og nyttestyring (gevinstrealisering), har ikke noe innhold i dossieren (benefits).",
      en: "The council's theme 4, nyttevirkninger (gevinster) and their realisation, has no content in the dossier (benefits).",
    },
    market: {
      nb: "Rådets tema 5, konkurransestrategi og samarbeid med leverandører, har ikke noe innhold i dossieren (instruments.market).",
      en: "The council's theme 5, konkurransestrategi og samarbeid med leverandører (competition strategy and vendors), has no content in the dossier (instruments.market).",
    },
    architecture: {
      nb: "Rådets tema 6, IT-politiske føringer og muligheter, har ikke noe innhold i dossieren (instruments.architecture og security).",
      en: "The council's theme 6, IT-politiske føringer og muligheter (IT-policy guidelines), has no content in the dossier (instruments.architecture and security).",
    },
  },
  example: `# With project.council given, each of the six themes has a section:
governance:
  owner: { name: "Kari Nordmann", role: "direktør", organisation: Bufdir }
needs:
  users: ["barnevernstjenestene"]
uncertainty:
  - { id: r1, description: "Kommunene venter med å anskaffe", probability: høy, consequence: høy }
benefits:
  - { id: b1, description: "Raskere behandling av bekymringsmeldinger" }
instruments:
  market:
    assessed: true
  architecture:
    assessed: true
security:
  dpia: done`,
  check({ dossier }) {
    if (!councilOf(dossier)) return [];
    const instruments = dossier.instruments;
    const themes: Array<{ messageId: string; missing: boolean; pointer: string }> = [
      { messageId: "governance", missing: isMissing(dossier.governance), pointer: ptr("governance") },
      { messageId: "needs", missing: isMissing(dossier.needs), pointer: ptr("needs") },
      { messageId: "uncertainty", missing: isMissing(dossier.uncertainty), pointer: ptr("uncertainty") },
      { messageId: "benefits", missing: isMissing(dossier.benefits), pointer: ptr("benefits") },
      { messageId: "market", missing: isMissing(instruments?.market), pointer: ptr("instruments", "market") },
      {
        messageId: "architecture",
        missing: isMissing(instruments?.architecture) && isMissing(dossier.security),
        pointer: ptr("instruments", "architecture"),
      },
    ];
    const reports: RuleReport[] = [];
    for (const t of themes) if (t.missing) reports.push({ pointer: t.pointer, messageId: t.messageId });
    return reports;
  },
});
