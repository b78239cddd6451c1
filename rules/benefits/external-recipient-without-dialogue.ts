import { defineRule, type RuleReport } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr, sameText, stakeholderIndex } from "../helpers.js";

export default defineRule({
  id: "benefits/external-recipient-without-dialogue",
  gates: { BP2: "warning" },
  source: [
    { doc: "001", locator: "(gevinster i andre virksomheter)" },
    { doc: "004" },
  ],
  description: {
    nb: "En nyttevirkning (gevinst) oppstår hos en annen interessent enn prosjektets egen organisasjon, og den interessenten har ingen `involvement` og ingen `agreement` (eller `ingen`).",
    en: "A benefit arises at a stakeholder other than the project's own organisation, and that stakeholder has no `involvement` and no `agreement` (or `ingen`).",
  },
  rationale: {
    nb: "Digitaliseringsrådet viser til Difi og DFØ om gevinster i andre virksomheter: «Virksomheten med prosjektansvaret har liten eller ingen dialog med de virksomhetene som forventes å ta ut gevinstene», og da blir gevinstene ikke realisert. Rådets erfaringsrapport fra 2017 ber prosjektene legge til rette for realisering og måling når gevinstene kommer i andre virksomheter. En mottaker som verken er involvert eller har en avtale med prosjektet, vet kanskje ikke engang at den forventes å ta ut nyttevirkningen (gevinsten).",
    en: "Digitaliseringsrådet cites Difi and DFØ on benefits in other organisations: «Virksomheten med prosjektansvaret har liten eller ingen dialog med de virksomhetene som forventes å ta ut gevinstene», and then the benefits are not realised. The council's 2017 experience report asks projects to prepare for realisation and measurement when the benefits arise in other organisations. A recipient that is neither involved nor has an agreement with the project may not even know it is expected to take the benefit out.",
  },
  messages: {
    default: {
      nb: "Nyttevirkningen (gevinsten) {benefit} oppstår hos {recipient}, men prosjektet har verken involvering av eller avtale med {recipient} (stakeholders[].involvement, stakeholders[].agreement). Ta dialogen med mottakeren om nyttevirkningen.",
      en: "Benefit {benefit} arises at {recipient}, but the project has neither involvement of nor an agreement with {recipient} (stakeholders[].involvement, stakeholders[].agreement). Open a dialogue with the recipient about the benefit.",
    },
  },
  example: `stakeholders:
  - { id: kommunene, name: Kommunene, level: kommune, involvement: "Referansegruppe med åtte kommuner", agreement: samarbeidsavtale }
benefits:
  - id: b1
    recipient: kommunene`,
  check({ dossier }) {
    const index = stakeholderIndex(dossier);
    const own = dossier.project.organisation;
    const reports: RuleReport[] = [];
    for (const { item, index: i } of items(dossier.benefits)) {
      const s = typeof item.recipient === "string" ? index.get(item.recipient) : undefined;
      if (!s) continue;
      if (sameText(own, s.name) || sameText(own, s.id)) continue;
      if (!isMissing(s.involvement)) continue;
      if (!isMissing(s.agreement) && s.agreement !== "ingen") continue;
      reports.push({
        pointer: ptr("benefits", i, "recipient"),
        data: { benefit: label(item, i), recipient: typeof s.name === "string" && s.name.trim() !== "" ? s.name : String(item.recipient) },
      });
    }
    return reports;
  },
});
