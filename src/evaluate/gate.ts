// Which decision point a dossier is checked against.
import type { Dossier } from "../dossier.js";
import { GATES, PHASE_GATE, type Gate, type Phase } from "../types.js";

/** The gate that ends `phase` (undefined: not a phase). */
export function phaseGate(phase: string): Gate | undefined {
  return Object.hasOwn(PHASE_GATE, phase) ? PHASE_GATE[phase as keyof typeof PHASE_GATE] : undefined;
}

export function isGate(value: unknown): value is Gate {
  return typeof value === "string" && (GATES as readonly string[]).includes(value);
}

/** --gate (or config), else project.next_gate, else the gate that ends project.phase. */
export function resolveGate(override: Gate | undefined, project: unknown): Gate | null {
  if (override) return override;
  const p = (project ?? {}) as { next_gate?: unknown; phase?: unknown };
  if (isGate(p.next_gate)) return p.next_gate;
  if (typeof p.phase === "string") return phaseGate(p.phase.normalize("NFC")) ?? null;
  return null;
}

// Compile-time: the schema's phases (through the generated dossier types) are exactly PHASE_GATE's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const phasesMatchSchema: Same<Dossier["project"]["phase"], Phase> = true;
void phasesMatchSchema;
