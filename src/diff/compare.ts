// Two lint results of one dossier → which findings were resolved, which are new, which persist.
// A finding is known by its rule and stable pointer (Finding.key: list items by their `id`), so
// moved lines and reordered items change nothing. When a rule reports one place more than once,
// findings with the same message are paired first, the rest in order.
import type { FileResult, Finding } from "../types.js";

export interface Persisting {
  /** The finding as it is now (position, message and severity from the new side). */
  now: Finding;
  /** The same finding as it was. */
  before: Finding;
}

export interface Comparison {
  resolved: Finding[];
  added: Finding[];
  persisting: Persisting[];
}

const identity = (f: Finding) => `${f.rule}\u0000${f.key ?? f.pointer}`;

function groups(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = identity(f);
    const list = out.get(k);
    if (list) list.push(f);
    else out.set(k, [f]);
  }
  return out;
}

export function compareFindings(before: readonly Finding[], now: readonly Finding[]): Comparison {
  const old = groups(before);
  const result: Comparison = { resolved: [], added: [], persisting: [] };
  for (const [k, current] of groups(now)) {
    const was = old.get(k) ?? [];
    old.delete(k);
    const left = [...was];
    const unmatched: Finding[] = [];
    for (const f of current) {
      const i = left.findIndex((w) => w.message === f.message);
      if (i >= 0) result.persisting.push({ now: f, before: left.splice(i, 1)[0]! });
      else unmatched.push(f);
    }
    for (const f of unmatched) {
      const w = left.shift();
      if (w) result.persisting.push({ now: f, before: w });
      else result.added.push(f);
    }
    result.resolved.push(...left);
  }
  for (const rest of old.values()) result.resolved.push(...rest);
  const byPosition = (a: Finding, b: Finding) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
  result.resolved.sort(byPosition);
  result.added.sort(byPosition);
  result.persisting.sort((a, b) => byPosition(a.now, b.now));
  return result;
}

/** A diff as the formats print it: each side's facts and the comparison. */
export interface DiffSideFacts {
  /** As given: a path or `REV:path`. */
  label: string;
  gate: FileResult["gate"];
  status: FileResult["status"];
  project: FileResult["project"];
}

export interface DiffReport extends Comparison {
  before: DiffSideFacts;
  after: DiffSideFacts;
}

export function sideFacts(label: string, r: FileResult): DiffSideFacts {
  return { label, gate: r.gate, status: r.status, project: r.project };
}

/** `report --since REV` on one dossier: the diff from its version at REV; null: not in git at REV. */
export interface Since {
  rev: string;
  diff: DiffReport | null;
}
