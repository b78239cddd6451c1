// What every rule must do, checked once for all of them (the per-rule behaviour is in the theme
// files): its own example satisfies it at every gate, and no shape the schema allows — a section,
// a key or a list item left empty — makes it throw.
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadRules } from "../../src/evaluate/registry.js";
import type { Rule } from "../../src/evaluate/rule.js";
import { GATES } from "../../src/types.js";
import { ROOT } from "../helpers/cli.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

const rules = await loadRules();
const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "dossier.v1.schema.json"), "utf8"));

/** A rule's example merged into a minimal dossier (examples may set project keys). */
function withExample(rule: Rule): string {
  const base = parse(minimalProject()) as Record<string, unknown>;
  const ex = (parse(rule.example) ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...base, ...ex };
  if (ex.project) merged.project = { ...(base.project as object), ...(ex.project as object) };
  return stringify(merged);
}

type Node = { type?: string | string[]; properties?: Record<string, Node>; items?: Node; $ref?: string; enum?: unknown[] };
const resolve = (n: Node): Node => (n.$ref ? schema.$defs[n.$ref.slice("#/$defs/".length)] : n);
const allows = (n: Node, t: string) => (Array.isArray(n.type) ? n.type.includes(t) : n.type === t);

/**
 * Every key of an object present: nullable ones null (or, with `deep`, objects filled the same
 * way), lists given one such item (or, with `emptyItems`, one empty object).
 */
function hollow(node: Node, depth = 0, mode: { deep: boolean; emptyItems: boolean; flags?: boolean } = { deep: false, emptyItems: false }): unknown {
  const n = resolve(node);
  // With `flags`, every yes/no is yes and every choice its first value, so rules get past their guards.
  if (mode.flags && !(allows(n, "object") && n.properties) && !allows(n, "array")) {
    if (n.enum) return n.enum.find((v) => v !== null) ?? null;
    if (allows(n, "boolean")) return true;
  }
  if (allows(n, "object") && n.properties && depth < 4) {
    return Object.fromEntries(
      Object.entries(n.properties).map(([k, child]) => {
        const c = resolve(child);
        const nested = (allows(c, "object") && c.properties) || allows(c, "array");
        const leaf = mode.flags && !nested ? hollow(child, depth + 1, mode) : null;
        return [k, mode.deep && nested ? hollow(child, depth + 1, mode) : leaf !== null ? leaf : allows(c, "null") ? null : hollow(child, depth + 1, mode)];
      }),
    );
  }
  if (allows(n, "array")) {
    if (!n.items) return [];
    const item = resolve(n.items);
    if (allows(item, "object")) return [mode.emptyItems ? {} : hollow(n.items, depth + 1, mode)];
    // A list of text: an empty string (or the first allowed value), the least a list item can be.
    if (item.enum) return [item.enum[0]];
    return [allows(item, "null") ? null : allows(item, "string") ? "" : allows(item, "boolean") ? false : 0];
  }
  return null;
}

/** Dossiers a rule must survive: each section null, each section with every key null, each list with a hollow item. */
function hollowDossiers(): string[] {
  const head = minimalProject();
  // (waivers have required keys and are read by the waiver engine, not by rules)
  const sections = Object.entries(schema.properties as Record<string, Node>).filter(([k]) => !["version", "project", "waivers"].includes(k));
  const nulls = head + sections.map(([k]) => `${k}:\n`).join("");
  const keysNull = (k: string, n: Node) => {
    const r = resolve(n);
    if (allows(r, "object") && r.properties) return { [k]: Object.fromEntries(Object.keys(r.properties).map((p) => [p, null])) };
    if (allows(r, "array") && r.items) return { [k]: [Object.fromEntries(Object.keys(resolve(r.items).properties ?? {}).map((p) => [p, null]))] };
    return { [k]: null };
  };
  const withNullKeys = head + stringify(Object.assign({}, ...sections.map(([k, n]) => keysNull(k, n))));
  const withEmpties = head + stringify(Object.assign({}, ...sections.map(([k, n]) => ({ [k]: hollow(n) }))));
  const withEmptyObjects = head + stringify(Object.fromEntries(sections.map(([k, n]) => [k, allows(resolve(n), "array") ? [{}] : {}])));
  const deep = (emptyItems: boolean) => head + stringify(Object.fromEntries(sections.map(([k, n]) => [k, hollow(n, 0, { deep: true, emptyItems })])));
  // Extension keys (x_…) hold anything; rules that walk every value meet them too.
  const extensions = head + "x_free: [null, [], {}, [[{ id: }]], { a: { b: [null] } }]\n" + sections.map(([k, n]) => (allows(resolve(n), "object") ? `${k}:\n  x_lokal: [null, {}]\n` : "")).join("");
  const flagged = head + stringify(Object.fromEntries(sections.map(([k, n]) => [k, hollow(n, 0, { deep: true, emptyItems: false, flags: true })])));
  return [head, nulls, withNullKeys, withEmpties, withEmptyObjects, deep(false), deep(true), extensions, flagged];
}

describe("every rule", () => {
  it("has its texts in both languages, without trailing whitespace, in the 2026 vocabulary", () => {
    for (const r of rules) {
      for (const text of [r.description, r.rationale, ...Object.values(r.messages)]) {
        for (const lang of ["nb", "en"] as const) {
          expect(text[lang].trim(), `${r.id} ${lang}`).not.toBe("");
          expect(text[lang], `${r.id} ${lang}`).not.toMatch(/[ \t]$/m);
        }
        // «nytteeier (gevinsteier)»: the older term only in parentheses after the new one.
        expect(text.nb, r.id).not.toMatch(/(?<![(])gevinsteier(?!en\)|\))/);
      }
    }
  });

  it(`is satisfied by its own example at every gate (${rules.length} rules × 6 gates)`, async () => {
    const failing: string[] = [];
    for (const r of rules) {
      for (const gate of GATES) {
        // All rules run (a waiver example names another rule, which must be known); only this one is looked at.
        const found = findingsOf(await lintText(withExample(r), { gate }), r.id);
        if (found.length) failing.push(`${r.id} at ${gate}: ${found[0]!.message}`);
      }
    }
    expect(failing).toEqual([]);
  });

  it("runs without throwing on every section or key left empty, at every gate", async () => {
    const ids = rules.map((r) => r.id);
    const dossiers = hollowDossiers();
    for (const [i, yaml] of dossiers.entries()) {
      for (const gate of GATES) {
        const r = await lintText(yaml, { only: ids, gate });
        // "checked": the schema accepted it and every rule ran (a rule that throws makes the file fatal, internal/error).
        expect(r.status, `dossier ${i} at ${gate}: ${r.findings.filter((f) => f.rule.startsWith("schema/") || f.rule.startsWith("internal/")).map((f) => `${f.rule} ${f.pointer} ${f.message}`).join("; ")}`).toBe("checked");
        // The flagged dossier (last) gets the municipal rules past their "depends on kommuner" guard.
        if (i === dossiers.length - 1 && gate === "BP4") expect(r.findings.some((f) => f.rule.startsWith("municipal/"))).toBe(true);
      }
    }
  });
});
