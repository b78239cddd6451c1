import { defineRule } from "../../src/evaluate/rule.js";
import { atOrAfter, isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "architecture/principles-unassessed",
  gates: { BP2: "warning", BP3: "warning" },
  escalation: { nb: "`project.level` er `stat`", en: "`project.level` is `stat`" },
  source: [
    { doc: "Digdir", locator: "overordnede arkitekturprinsipper (obligatoriske for staten)" },
    { doc: "003", locator: "§2.1.4.4" },
  ],
  description: {
    nb: "Løsningen er ikke vurdert mot Digdirs overordnede arkitekturprinsipper (`instruments.architecture.principles_assessed` er ikke true).",
    en: "The solution has not been assessed against Digdir's overall architecture principles (`instruments.architecture.principles_assessed` is not true).",
  },
  rationale: {
    nb: "Digdirs sju overordnede arkitekturprinsipper, fra P1 «Ta utgangspunkt i brukernes behov» til P7 «Sørg for tillit til oppgaveløsningen», er obligatoriske for statlige virksomheter og anbefalt for kommunesektoren. Masteroppgaven viser at det årlige Digitaliseringsrundskrivet stiller krav til arkitektur, men at det i praksis er «opp til hver enkelt virksomhet å følge anbefalingene». Uten en vurdering mot prinsippene vet ingen om løsningen avviker, og avvik kan da verken begrunnes eller rapporteres. For et statlig prosjekt er vurderingen et krav, og ved BP3 stopper mangelen beslutningen.",
    en: "Digdir's seven overall architecture principles, from P1 «Ta utgangspunkt i brukernes behov» (start from users' needs) to P7 «Sørg for tillit til oppgaveløsningen» (ensure trust), are mandatory for state organisations and recommended for the municipal sector. The thesis shows that the yearly Digitaliseringsrundskriv sets architecture requirements, yet in practice it is «opp til hver enkelt virksomhet å følge anbefalingene» (up to each organisation to follow them). Without an assessment against the principles nobody knows whether the solution deviates, and deviations can then be neither justified nor reported. For a state project the assessment is a requirement, and at BP3 its absence blocks the decision.",
  },
  messages: {
    default: {
      nb: "Løsningen er ikke vurdert mot Digdirs overordnede arkitekturprinsipper P1–P7 (instruments.architecture.principles_assessed).",
      en: "The solution has not been assessed against Digdir's overall architecture principles P1–P7 (instruments.architecture.principles_assessed).",
    },
  },
  example: `instruments:
  architecture:
    assessed: true
    principles_assessed: true`,
  check({ dossier, gate }) {
    if (isTrue(dossier.instruments?.architecture?.principles_assessed)) return [];
    return [
      {
        pointer: ptr("instruments", "architecture", "principles_assessed"),
        escalate: atOrAfter(gate, "BP3") && dossier.project.level === "stat",
      },
    ];
  },
});
