// Waivers written in the dossier move matching findings to `suppressed`, with their reason.
import type { Dossier } from "../dossier.js";
import type { Finding, SuppressedFinding } from "../types.js";
import { isUnder } from "../util/pointer.js";

export function isExpired(until: unknown, today: string): boolean {
  return typeof until === "string" && until < today;
}

/**
 * A waiver suppresses the findings of its rule at or under its path; an expired one suppresses
 * nothing (dossier/waiver-expired says so). Returns which waivers matched, for waiver-unused.
 */
export function applyWaivers(
  raw: readonly Finding[],
  dossier: Dossier,
  today: string,
): { findings: Finding[]; suppressed: SuppressedFinding[]; matched: Set<number> } {
  const waivers = Array.isArray(dossier.waivers) ? dossier.waivers : [];
  const matched = new Set<number>();
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of raw) {
    const i = f.rule.startsWith("dossier/waiver-")
      ? -1
      : waivers.findIndex(
          (w) => w && w.rule === f.rule && !isExpired(w.until, today) && isUnder(f.pointer, typeof w.path === "string" ? w.path : ""),
        );
    if (i === -1) {
      findings.push(f);
    } else {
      matched.add(i);
      suppressed.push({ ...f, reason: waivers[i]!.reason });
    }
  }
  return { findings, suppressed, matched };
}
