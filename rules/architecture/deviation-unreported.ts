import { defineRule } from "../../src/evaluate/rule.js";
import { deviationLabel, isMissing, items, ptr } from "../helpers.js";

export default defineRule({
  id: "architecture/deviation-unreported",
  gates: { BP3: "error" },
  source: [{ doc: "003", locator: "§5.4 Hovedfunn «avvik blir ikke rapportert»; §6.3 sjekkpunkt og avviksrapportering; §7.2" }],
  description: {
    nb: "Et avvik fra arkitekturprinsippene (`instruments.architecture.deviations`) mangler `reported_to`.",
    en: "A deviation from the architecture principles (`instruments.architecture.deviations`) has no `reported_to`.",
  },
  rationale: {
    nb: "Et hovedfunn i masteroppgaven er at «Føringer om arkitektur blir i liten grad fulgt opp og avvik blir ikke rapportert», noe som gir problemer i integrasjonen mellom sektorer og forvaltningsnivåer. Oppgaven foreslår som første tiltak «et sjekkpunkt i prosjektveiviseren og krav til avviksrapportering». Et avvik som bare står i prosjektets egne dokumenter, blir ikke sett av dem som forvalter felles arkitektur og felleskomponenter. Før gjennomføring skal hvert avvik være rapportert, for eksempel til Digdir eller til departementet.",
    en: "A main finding of the thesis is that «Føringer om arkitektur blir i liten grad fulgt opp og avvik blir ikke rapportert» (architecture guidelines are seldom followed up and deviations are not reported), which causes trouble in integration across sectors and levels of government. As a first measure it proposes «et sjekkpunkt i prosjektveiviseren og krav til avviksrapportering» (a checkpoint in Prosjektveiviseren and a duty to report deviations). A deviation that only appears in the project's own documents is not seen by those who govern the shared architecture and common components. Before execution every deviation must be reported, for example to Digdir or to the ministry.",
  },
  messages: {
    default: {
      nb: "Avviket {deviation} fra arkitekturprinsippene er ikke rapportert til noen (instruments.architecture.deviations.reported_to).",
      en: "The deviation {deviation} from the architecture principles has not been reported to anyone (instruments.architecture.deviations.reported_to).",
    },
  },
  example: `instruments:
  architecture:
    deviations:
      - principle: P5
        description: "Egen meldingstjeneste i stedet for eFormidling i pilotfasen"
        justification: "eFormidling støtter ikke meldingstypen før 2027; vi bytter når den gjør det."
        reported_to: "Digdir"`,
  check({ dossier }) {
    return items(dossier.instruments?.architecture?.deviations)
      .filter(({ item }) => isMissing(item.reported_to))
      .map(({ item, index }) => ({
        pointer: ptr("instruments", "architecture", "deviations", index, "reported_to"),
        data: { deviation: deviationLabel(item, index) },
      }));
  },
});

