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
function hollow(node: Node, depth = 0, mode: { deep: boolean; emptyItems: boolean } = { deep: false, emptyItems: false }): unknown {
  const n = resolve(node);
  if (allows(n, "object") && n.properties && depth < 4) {
    return Object.fromEntries(
      Object.entries(n.properties).map(([k, child]) => {
        const c = resolve(child);
        const nested = (allows(c, "object") && c.properties) || allows(c, "array");
        return [k, mode.deep && nested ? hollow(child, depth + 1, mode) : allows(c, "null") ? null : hollow(child, depth + 1, mode)];
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
  return [head, nulls, withNullKeys, withEmpties, withEmptyObjects, deep(false), deep(true)];
}

describe("every rule", () => {
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
    for (const [i, yaml] of hollowDossiers().entries()) {
      for (const gate of GATES) {
        const r = await lintText(yaml, { only: ids, gate });
        // "checked": the schema accepted it and every rule ran (a rule that throws makes the file fatal, internal/error).
        expect(r.status, `dossier ${i} at ${gate}: ${r.findings.filter((f) => f.rule.startsWith("schema/") || f.rule.startsWith("internal/")).map((f) => `${f.rule} ${f.pointer} ${f.message}`).join("; ")}`).toBe("checked");
      }
    }
  });
});
