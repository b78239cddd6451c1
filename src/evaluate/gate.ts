// Which decision point a dossier is checked against.
import { GATES, type Gate } from "../types.js";

/** The gate that ends each phase (Prosjektveiviseren). */
export const PHASE_GATE: Record<string, Gate> = {
  idé: "BP1",
  konsept: "BP2",
  planlegge: "BP3",
  gjennomføre: "BP4",
  avslutte: "BP5",
  realisere: "BP6",
};

export function isGate(value: unknown): value is Gate {
  return typeof value === "string" && (GATES as readonly string[]).includes(value);
}

/** --gate (or config), else project.next_gate, else the gate that ends project.phase. */
export function resolveGate(override: Gate | undefined, project: unknown): Gate | null {
  if (override) return override;
  const p = (project ?? {}) as { next_gate?: unknown; phase?: unknown };
  if (isGate(p.next_gate)) return p.next_gate;
  if (typeof p.phase === "string") return PHASE_GATE[p.phase.normalize("NFC")] ?? null;
  return null;
}
