// Waivers written in the dossier move matching findings to `suppressed`, with their reason.
import type { Dossier } from "../dossier.js";
import type { Finding, SuppressedFinding } from "../types.js";
import { addYears } from "../util/date.js";
import { isUnder } from "../util/pointer.js";

/** How far ahead a waiver's `until` may lie: a waiver is for a while, to be looked at again. */
export const WAIVER_HORIZON_YEARS = 5;

export function isExpired(until: unknown, today: string): boolean {
  return typeof until === "string" && until < today;
}

/** `until` so far ahead (9999-12-31) that the waiver would never come up for review. */
export function isBeyondHorizon(until: unknown, today: string): boolean {
  return typeof until === "string" && until > addYears(today, WAIVER_HORIZON_YEARS);
}

/** A waiver that suppresses nothing at `today`: expired, or dated beyond the horizon. */
export function isLapsed(until: unknown, today: string): boolean {
  return isExpired(until, today) || isBeyondHorizon(until, today);
}

/**
 * A waiver suppresses the findings of its rule at or under its path; a lapsed one (expired, or
 * dated beyond the horizon) suppresses nothing: dossier/waiver-expired says so. Returns which
 * waivers matched, for waiver-unused.
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
          (w) => w && w.rule === f.rule && !isLapsed(w.until, today) && isUnder(f.pointer, typeof w.path === "string" ? w.path : ""),
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
