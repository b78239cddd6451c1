import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, items, ptr, sameText } from "../helpers.js";

export default defineRule({
  id: "governance/steering-group-no-line",
  gates: { BP3: "warning" },
  source: [
    { doc: "000", locator: "«altfor sjelden ressurser fra drift/forvaltnings siden inne i prosjektene … og i styringsgruppene», «folk fra linja i prosjektet fra behov til ferdigstillelse»" },
    { doc: "PV", locator: "v6 BP3 (linjen og brukerne tilstrekkelig involvert)" },
  ],
  description: {
    nb: "Ingen i styringsgruppen har `represents: linje`, og ingen har `organisation` lik `handover.receiving_unit`.",
    en: "No steering-group member has `represents: linje`, and none has an `organisation` equal to `handover.receiving_unit`.",
  },
  rationale: {
    nb: "Linjen skal ta over resultatet og ta ut nyttevirkningene (gevinstene), men i Bærums intervjuer heter det at det er «altfor sjelden ressurser fra drift/forvaltnings siden inne i prosjektene … og i styringsgruppene». De anbefaler å ha med «folk fra linja i prosjektet fra behov til ferdigstillelse». Ved BP3 spør Prosjektveiviseren om linjen og brukerne er tilstrekkelig involvert; uten linjen i styringsgruppen tas beslutningene i gjennomføringen uten dem som skal leve med dem i forvaltning.",
    en: "The line organisation will take over the result and realise the benefits, yet the Bærum interviews say there are «altfor sjelden ressurser fra drift/forvaltnings siden inne i prosjektene … og i styringsgruppene» (far too seldom people from operations in the projects and steering groups). They advise having «folk fra linja i prosjektet fra behov til ferdigstillelse». At BP3 Prosjektveiviseren asks whether the line and the users are involved enough; without the line in the steering group, decisions during execution are taken without those who must live with them in forvaltning.",
  },
  messages: {
    default: {
      nb: "Ingen i styringsgruppen kommer fra linjen: ingen har represents: linje, og ingen har organisation lik den mottakende enheten «{unit}» (governance.steering_group, governance.handover.receiving_unit).",
      en: "Nobody in the steering group comes from the line: no member has represents: linje, and none has an organisation equal to the receiving unit «{unit}» (governance.steering_group, governance.handover.receiving_unit).",
    },
    noUnit: {
      nb: "Ingen i styringsgruppen kommer fra linjen: ingen har represents: linje, og den mottakende enheten er ikke oppgitt (governance.steering_group, governance.handover.receiving_unit).",
      en: "Nobody in the steering group comes from the line: no member has represents: linje, and the receiving unit is not given (governance.steering_group, governance.handover.receiving_unit).",
    },
  },
  example: `governance:
  steering_group:
    - { name: "Kari Nordmann", organisation: Bufdir, represents: eier, decision_authority: true }
    - { name: "Siri Dahl", organisation: "Seksjon for digitale tjenester", represents: linje, decision_authority: true }
  handover:
    receiving_unit: "Seksjon for digitale tjenester"`,
  check({ dossier }) {
    const unit = dossier.governance?.handover?.receiving_unit;
    const unitGiven = !isMissing(unit);
    const fromLine = items(dossier.governance?.steering_group).some(
      ({ item }) => item.represents === "linje" || (unitGiven && sameText(item.organisation, unit)),
    );
    if (fromLine) return [];
    return [
      unitGiven
        ? { pointer: ptr("governance", "steering_group"), data: { unit: String(unit).trim() } }
        : { pointer: ptr("governance", "steering_group"), messageId: "noUnit" },
    ];
  },
});
