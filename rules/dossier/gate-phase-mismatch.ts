import { phaseGate } from "../../src/evaluate/gate.js";
import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "dossier/gate-phase-mismatch",
  gates: { BP1: "error" },
  source: [{ doc: "PV" }],
  description: {
    nb: "`project.next_gate` er oppgitt, men er ikke beslutningspunktet som avslutter `project.phase`.",
    en: "`project.next_gate` is given but is not the gate that ends `project.phase`.",
  },
  rationale: {
    nb: "I Prosjektveiviseren avsluttes hver fase av ett bestemt beslutningspunkt: idé av BP1, konsept av BP2, planlegge av BP3, gjennomføre av BP4, avslutte av BP5 og realisere av BP6. Når `next_gate` og `phase` ikke stemmer overens, er enten fasen eller beslutningspunktet feil, og dossieren blir sjekket mot et annet beslutningspunkt enn det prosjektet faktisk står foran. Rett den som er feil, eller bruk `--gate` for å sjekke mot et annet beslutningspunkt med vilje.",
    en: "In Prosjektveiviseren each phase is ended by one specific gate: idé by BP1, konsept by BP2, planlegge by BP3, gjennomføre by BP4, avslutte by BP5 and realisere by BP6. When `next_gate` and `phase` disagree, either the phase or the gate is wrong, and the dossier is checked against a different gate than the one the project actually faces. Correct whichever is wrong, or use `--gate` to check against another gate on purpose.",
  },
  messages: {
    default: {
      nb: "Neste beslutningspunkt er {next_gate}, men fasen {phase} avsluttes ved {expected} (project.next_gate, project.phase); rett fasen eller beslutningspunktet.",
      en: "The next gate is {next_gate}, but phase {phase} ends at {expected} (project.next_gate, project.phase); correct the phase or the gate.",
    },
  },
  example: `project:
  phase: gjennomføre
  next_gate: BP4`,
  check({ dossier }) {
    const { next_gate: next, phase } = dossier.project;
    if (isMissing(next)) return [];
    const expected = phaseGate(phase);
    if (expected === undefined || next === expected) return [];
    return [{ pointer: ptr("project", "next_gate"), data: { next_gate: String(next), phase, expected } }];
  },
});
