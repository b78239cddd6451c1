import { defineRule } from "../../src/evaluate/rule.js";
import { deviationLabel, isMissing, items, ptr } from "../helpers.js";

export default defineRule({
  id: "architecture/deviation-unjustified",
  gates: { BP2: "error" },
  source: [{ doc: "003", locator: "§2.1.4.4, §7.2" }],
  description: {
    nb: "Et avvik fra arkitekturprinsippene (`instruments.architecture.deviations`) mangler `justification`.",
    en: "A deviation from the architecture principles (`instruments.architecture.deviations`) has no `justification`.",
  },
  rationale: {
    nb: "Digdirs overordnede arkitekturprinsipper er obligatoriske for staten, og avvik fra dem skal dokumenteres og begrunnes. Masteroppgaven viser at det i praksis er «opp til hver enkelt virksomhet å følge anbefalingene», og at det er «ingen konsekvenser knyttet til avvik». Et avvik uten begrunnelse kan ikke vurderes av dem som godkjenner prosjektet ved BP2, og blir lett en varig særløsning. Skriv hvorfor prosjektet avviker, og hva det ville kostet å følge prinsippet.",
    en: "Digdir's overall architecture principles are mandatory for the state, and deviations must be documented and justified. The thesis shows that in practice it is «opp til hver enkelt virksomhet å følge anbefalingene» (up to each organisation to follow them) and that there are «ingen konsekvenser knyttet til avvik» (no consequences of deviating). A deviation without a justification cannot be judged by those who approve the project at BP2, and easily becomes a lasting one-off solution. Write why the project deviates, and what following the principle would have cost.",
  },
  messages: {
    default: {
      nb: "Avviket {deviation} fra arkitekturprinsippene er ikke begrunnet (instruments.architecture.deviations.justification).",
      en: "The deviation {deviation} from the architecture principles has no justification (instruments.architecture.deviations.justification).",
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
      .filter(({ item }) => isMissing(item.justification))
      .map(({ item, index }) => ({
        pointer: ptr("instruments", "architecture", "deviations", index, "justification"),
        data: { deviation: deviationLabel(item, index) },
      }));
  },
});

