// A dossier with schema errors in some sections still gets the rules that do not read those
// sections: one typo in `stakeholders` should not hide every finding about governance or risks.
// The sections with errors are left out, each rule runs on what is left, and a rule that reads a
// section that was left out is dropped (its findings could be wrong) and named instead.
import type { Dossier } from "../dossier.js";
import type { Finding } from "../types.js";

/**
 * Top-level sections with schema errors; undefined when no rule can run: an error at the root,
 * in `project` (gate, level and names come from it), in `version`, or in `waivers` (findings
 * that are waived would be shown).
 */
export function sectionsWithErrors(findings: readonly Finding[]): Set<string> | undefined {
  const sections = new Set<string>();
  for (const f of findings) {
    const first = f.pointer.split("/")[1];
    if (first === undefined || first === "" || first === "project" || first === "version" || first === "waivers") return undefined;
    sections.add(first.replace(/~1/g, "/").replace(/~0/g, "~"));
  }
  return sections.size > 0 ? sections : undefined;
}

/** The dossier without the given top-level sections (a shallow copy). */
export function withoutSections(value: Record<string, unknown>, sections: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!sections.has(k)) out[k] = v;
  return out;
}

/**
 * The dossier as a rule sees it, recording which left-out sections the rule looked for. Reading
 * every key (Object.keys, for…in, a walk over all values) counts as reading all of them.
 */
export function readTracker(dossier: Dossier, left: ReadonlySet<string>): { dossier: Dossier; take(): Set<string> } {
  let read = new Set<string>();
  const proxy = new Proxy(dossier as object, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && left.has(prop)) read.add(prop);
      return Reflect.get(target, prop, receiver);
    },
    has(target, prop) {
      if (typeof prop === "string" && left.has(prop)) read.add(prop);
      return Reflect.has(target, prop);
    },
    ownKeys(target) {
      for (const s of left) read.add(s);
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, prop) {
      if (typeof prop === "string" && left.has(prop)) read.add(prop);
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
  });
  return {
    dossier: proxy as Dossier,
    take() {
      const out = read;
      read = new Set();
      return out;
    },
  };
}
