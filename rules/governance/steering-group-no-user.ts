import { defineRule } from "../../src/evaluate/rule.js";
import { items, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/steering-group-no-user",
  gates: { BP3: "warning" },
  source: [{ doc: "PV", locator: "v6 prosjektstyre (eier, seniorbruker, seniorleverandør)" }],
  description: {
    nb: "Ingen i styringsgruppen representerer brukerne (`represents: bruker`, seniorbruker).",
    en: "No steering-group member represents the users (`represents: bruker`, senior user).",
  },
  rationale: {
    nb: "I Prosjektveiviseren v6 består prosjektstyret (styringsgruppen) av eier, seniorbruker og seniorleverandør. Seniorbrukeren taler for dem som skal bruke løsningen og ta ut nyttevirkningene (gevinstene), og holder beslutningene i gjennomføringen opp mot brukernes behov. Uten en slik representant ved BP3 kan prosjektet gjennomføre en løsning som ingen i styringen har ansvar for å ta i bruk.",
    en: "In Prosjektveiviseren v6 the project board (prosjektstyre, steering group) consists of owner, senior user and senior supplier. The senior user speaks for those who will use the solution and realise the benefits, and holds the decisions during execution against the users' needs. Without such a member at BP3 the project may carry out a solution that nobody in its governance answers for putting to use.",
  },
  messages: {
    default: {
      nb: "Ingen i prosjektstyret (styringsgruppen) representerer brukerne; legg til en seniorbruker med represents: bruker (governance.steering_group).",
      en: "No member of the prosjektstyre (styringsgruppe, steering group) represents the users; add a senior user with represents: bruker (governance.steering_group).",
    },
  },
  example: `governance:
  steering_group:
    - { name: "Kari Nordmann", role: "direktør", organisation: Bufdir, represents: eier, decision_authority: true }
    - { name: "Per Berg", role: "barnevernsleder", organisation: Kommunene, represents: bruker, decision_authority: true }`,
  check({ dossier }) {
    const hasUser = items(dossier.governance?.steering_group).some(({ item }) => item.represents === "bruker");
    return hasUser ? [] : [{ pointer: ptr("governance", "steering_group") }];
  },
});
