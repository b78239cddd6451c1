import { defineRule, type RuleReport } from "../../src/evaluate/rule.js";
import { isMissing, isPresent, isTrue, items, label, ptr, sameText } from "../helpers.js";

export default defineRule({
  id: "benefits/owner-not-in-line",
  gates: { BP2: "warning", BP3: "error" },
  source: [
    { doc: "000", locator: "«Gevinstplanen blir ikke fulgt opp i linja»" },
    { doc: "000", locator: "Prosjekt 1 «linjen … ansvarlig for å realisere gevinster»" },
  ],
  description: {
    nb: "En nyttevirkning (gevinst) har en nytteeier (gevinsteier) som er prosjektlederen, eller som ikke har `in_line: true`.",
    en: "A benefit has an owner (nytteeier, gevinsteier) who is the project manager, or who does not have `in_line: true`.",
  },
  rationale: {
    nb: "Bærums intervjuer er entydige: «Det er vanligvis linjen som blir ansvarlig for å realisere gevinster», og likevel «Gevinstplanen blir ikke fulgt opp i linja etter at prosjektet er ferdig». Prosjektet og prosjektlederen er borte når nyttevirkningene (gevinstene) skal tas ut, så nytteeieren (gevinsteieren) må være en leder i linjen som blir værende. Å la prosjektlederen eie nyttevirkningene eller velge en eier utenfor linjen flytter ansvaret til noen som ikke kan følge det opp i realiseringsfasen.",
    en: "The Bærum interviews are clear: «Det er vanligvis linjen som blir ansvarlig for å realisere gevinster», and yet «Gevinstplanen blir ikke fulgt opp i linja etter at prosjektet er ferdig». The project and its manager are gone when the benefits are to be realised, so the nytteeier (gevinsteier) must be a leader in the line who stays. Making the project manager the owner, or choosing an owner outside the line, gives the responsibility to someone who cannot follow it up in the realisation phase.",
  },
  messages: {
    default: {
      nb: "Nytteeieren (gevinsteieren) for {benefit} er ikke oppgitt å sitte i linjen (benefits[].owner.in_line). Velg en leder i linjen som blir værende etter prosjektet, og sett in_line: true.",
      en: "The nytteeier (gevinsteier) of {benefit} is not stated to sit in the line (benefits[].owner.in_line). Choose a leader in the line who stays after the project, and set in_line: true.",
    },
    projectManager: {
      nb: "Prosjektlederen {name} er nytteeier (gevinsteier) for {benefit} (benefits[].owner). Nyttevirkningen (gevinsten) tas ut etter prosjektet; flytt eierskapet til en leder i linjen.",
      en: "The project manager {name} is the nytteeier (gevinsteier) of {benefit} (benefits[].owner). The benefit is realised after the project; move ownership to a leader in the line.",
    },
  },
  example: `governance:
  project_manager: { name: "Ola Hansen", organisation: Bufdir, dedicated: true }
benefits:
  - id: b1
    owner: { name: "Kari Nordmann", role: "barnevernsleder", organisation: "kommunene", in_line: true }`,
  check({ dossier }) {
    const pmName = dossier.governance?.project_manager?.name;
    const reports: RuleReport[] = [];
    for (const { item, index } of items(dossier.benefits)) {
      const owner = item.owner;
      if (isMissing(owner) || !owner) continue;
      const benefit = label(item, index);
      if (isPresent(pmName) && isPresent(owner.name) && sameText(owner.name, pmName)) {
        reports.push({ pointer: ptr("benefits", index, "owner"), messageId: "projectManager", data: { benefit, name: String(owner.name) } });
      } else if (!isTrue(owner.in_line)) {
        reports.push({ pointer: ptr("benefits", index, "owner", "in_line"), data: { benefit } });
      }
    }
    return reports;
  },
});
