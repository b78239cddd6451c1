import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "change/communication-plan-missing",
  gates: { BP2: "info", BP3: "warning" },
  source: [
    { doc: "PV", locator: "BP3 #4 (kommunikasjonsstrategi)" },
    { doc: "002", locator: "RÅD 2 «en tendens til å undervurdere behovet for kommunikasjon»" },
    { doc: "001", locator: "(19 % of the 2019 recommendations on «tydelig ledelse og kommunikasjon»)" },
    { doc: "000", locator: "«mye av informasjonen … ikke har blitt mottatt»" },
  ],
  description: {
    nb: "Ingen kommunikasjonsplan: `change.communication_plan` (hvem som får vite hva, når og hvordan, internt og eksternt) mangler.",
    en: "No communication plan: `change.communication_plan` (who is told what, when and how, inside and outside the organisation) is missing.",
  },
  rationale: {
    nb: "KS-rapporten peker på «en tendens til å undervurdere behovet for kommunikasjon» i digital omstilling, og Digitaliseringsrådet ga i 2019 mange anbefalinger om tydelig ledelse og kommunikasjon. I Bærum erkjenner en prosjekteier at «mye av informasjonen som vi mener vi har gitt, ikke har blitt mottatt». En plan for hvem som får vite hva, når og hvordan gjør det mulig å nå både egne ansatte og partene utenfor organisasjonen. Prosjektveiviseren forventer en kommunikasjonsstrategi før gjennomføring (BP3).",
    en: "The KS report points to «en tendens til å undervurdere behovet for kommunikasjon» (a tendency to underestimate the need for communication) in digital change, and Digitaliseringsrådet gave many 2019 recommendations on clear leadership and communication. In Bærum a project owner admits that «mye av informasjonen som vi mener vi har gitt, ikke har blitt mottatt» (much of the information we think we gave was not received). A plan for who is told what, when and how lets the project reach both its own employees and the parties outside the organisation. Prosjektveiviseren expects a communication strategy before execution (BP3).",
  },
  messages: {
    default: {
      nb: "Legg inn en kommunikasjonsplan: hvem som får vite hva, når og hvordan, internt og eksternt (change.communication_plan).",
      en: "Add a communication plan: who is told what, when and how, inside and outside the organisation (change.communication_plan).",
    },
  },
  example: `change:
  communication_plan: "Månedlige nyhetsbrev internt, informasjon til brukerne på nettsidene før hver pulje, og egne møter med samarbeidspartene."`,
  check({ dossier }) {
    return isMissing(dossier.change?.communication_plan) ? [{ pointer: ptr("change", "communication_plan") }] : [];
  },
});
