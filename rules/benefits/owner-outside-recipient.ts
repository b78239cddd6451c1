import { defineRule, type RuleReport } from "../../src/evaluate/rule.js";
import { belongsTo, isMissing, isPublicLevel, items, label, ptr, stakeholderIndex } from "../helpers.js";

export default defineRule({
  id: "benefits/owner-outside-recipient",
  gates: { BP2: "info", BP3: "warning" },
  source: [
    { doc: "PV", locator: "v6 roller (nytteeier is a leader in the part of the line where the benefits are taken out)" },
    { doc: "DFØ", locator: "gjennomføre gevinstrealisering" },
    { doc: "001", locator: "«De gevinstansvarlige virksomhetene realiserer ikke gevinstene»" },
  ],
  description: {
    nb: "En nyttevirkning (gevinst) oppstår hos en offentlig interessent (`recipient`), men nytteeieren (gevinsteieren) hører ikke til den interessenten.",
    en: "A benefit arises at a public stakeholder (`recipient`), but its owner (nytteeier, gevinsteier) does not belong to that stakeholder.",
  },
  rationale: {
    nb: "I Prosjektveiviseren v6 er nytteeieren en leder i den delen av linjen der nyttevirkningene tas ut, og DFØ legger ansvaret for gevinstrealiseringen til virksomheten som skal ta ut gevinsten. Digitaliseringsrådet viser til Difi og DFØ: «De gevinstansvarlige virksomhetene realiserer ikke gevinstene som de er forventet å realisere», ofte fordi prosjektvirksomheten har liten dialog med dem. En nytteeier (gevinsteier) fra en annen organisasjon enn mottakeren kan ikke endre arbeidsprosesser eller budsjetter der nyttevirkningen oppstår; nyttevirkninger for innbyggere, næringsliv eller frivillige eies av det offentlige organet som tar dem ut.",
    en: "In Prosjektveiviseren v6 the nytteeier is a leader in the part of the line where the benefits are taken out, and DFØ places responsibility for realisation with the organisation that takes the benefit out. Digitaliseringsrådet cites Difi and DFØ: «De gevinstansvarlige virksomhetene realiserer ikke gevinstene som de er forventet å realisere», often because the project organisation has little dialogue with them. A nytteeier (gevinsteier) from another organisation than the recipient cannot change the work processes or budgets where the benefit arises; benefits for citizens, firms or voluntary groups are owned by the public body that takes them out.",
  },
  messages: {
    default: {
      nb: "Nyttevirkningen (gevinsten) {benefit} oppstår hos {recipient}, men nytteeieren (gevinsteieren) hører ikke til {recipient} (benefits[].owner.organisation). Velg en nytteeier i linjen hos mottakeren.",
      en: "Benefit {benefit} arises at {recipient}, but its nytteeier (gevinsteier) does not belong to {recipient} (benefits[].owner.organisation). Choose a nytteeier in the recipient's line.",
    },
  },
  example: `stakeholders:
  - { id: kommunene, name: Kommunene, level: kommune }
benefits:
  - id: b1
    recipient: kommunene
    owner: { name: "Kari Nordmann", role: "barnevernsleder", organisation: "kommunene", in_line: true }`,
  check({ dossier }) {
    const index = stakeholderIndex(dossier);
    const reports: RuleReport[] = [];
    for (const { item, index: i } of items(dossier.benefits)) {
      if (isMissing(item.owner) || !item.owner) continue;
      const s = typeof item.recipient === "string" ? index.get(item.recipient) : undefined;
      if (!s || !isPublicLevel(s.level) || belongsTo(item.owner, s)) continue;
      reports.push({
        pointer: ptr("benefits", i, "owner"),
        data: { benefit: label(item, i), recipient: typeof s.name === "string" && s.name.trim() !== "" ? s.name : String(item.recipient) },
      });
    }
    return reports;
  },
});
