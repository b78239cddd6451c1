// The registry (rule modules), the catalogue the product must carry (../shared/docs/rules-catalogue.md)
// and `portvokter rules --format json` agree on ids, themes, gates and severities. The whole
// catalogue as the CLI prints it (ids, themes, gates, escalations, descriptions, sources) is
// snapshotted in test/catalogue/rules.{nb,en}.json; the per-theme tests under test/rules/ test
// behaviour, not the table.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRules, ruleIds } from "../src/evaluate/registry.js";
import { sourceText } from "../src/evaluate/sources.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { SHARED, sharedPresent } from "./helpers/shared.js";

const CATALOGUE = join(SHARED, "docs", "rules-catalogue.md");
const hasShared = sharedPresent(CATALOGUE, "rule catalogue");

interface Entry {
  id: string;
  gates: Record<string, string>;
  escalates: boolean;
  source: string;
}

function parseCatalogue(text: string): Entry[] {
  const entries: Entry[] = [];
  for (const line of text.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    // | id | flags | gates | source |
    if (cells.length < 6 || !/^[a-z]+\/[a-z0-9-]+$/.test(cells[1]!)) continue;
    const gatesCell = cells[cells.length - 3]!;
    const source = cells[cells.length - 2]!;
    const gates: Record<string, string> = {};
    for (const m of gatesCell.matchAll(/(all|BP\d): (error|warning|info|off)/g)) gates[m[1] === "all" ? "BP1" : m[1]!] = m[2]!;
    entries.push({ id: cells[1]!, gates, escalates: /\(error if /.test(gatesCell), source });
  }
  return entries;
}

/**
 * Sources that deliberately differ from the pinned catalogue: it cites internal notes that are
 * not shipped, and no source may point at a file users do not have (issue 12 item 11).
 */
const SOURCE_RENAMED: Record<string, string> = { "domain.md list": "portvokter components" };

describe.skipIf(!hasShared)("rule catalogue (reads ../shared)", () => {
  const catalogue = hasShared ? parseCatalogue(readFileSync(CATALOGUE, "utf8")) : [];

  it("has the 116 rules the catalogue lists, no more, no fewer", () => {
    expect(catalogue).toHaveLength(116);
    expect([...ruleIds()].sort()).toEqual(catalogue.map((e) => e.id).sort());
  });

  it("each rule module carries the catalogue's theme, gates, severities, escalation and source", async () => {
    const rules = new Map((await loadRules()).map((r) => [r.id, r]));
    for (const e of catalogue) {
      const r = rules.get(e.id);
      expect(r, e.id).toBeDefined();
      expect({ id: e.id, theme: r!.theme, gates: r!.gates, escalates: r!.escalation !== undefined, source: sourceText(r!.source) }).toEqual({
        id: e.id,
        theme: e.id.split("/")[0],
        gates: e.gates,
        escalates: e.escalates,
        source: SOURCE_RENAMED[e.source] ?? e.source,
      });
    }
  });

  it("`portvokter rules --format json` lists the same ids and gates", () => {
    const r = runCli(["rules", "--format", "json"]);
    expect(r.code).toBe(0);
    const listed = JSON.parse(r.stdout) as Array<{ id: string; gates: Record<string, string> }>;
    expect(listed.map((x) => [x.id, x.gates])).toEqual(
      [...catalogue].sort((a, b) => a.id.localeCompare(b.id)).map((e) => [e.id, e.gates]),
    );
  });
});

describe("catalogue snapshot (test/catalogue/rules.*.json)", () => {
  for (const lang of ["nb", "en"] as const) {
    it(`\`portvokter rules --format json --lang ${lang}\` prints exactly the committed catalogue`, () => {
      const r = runCli(["rules", "--format", "json", "--lang", lang]);
      expect(r.code).toBe(0);
      const committed = readFileSync(join(ROOT, "test", "catalogue", `rules.${lang}.json`), "utf8");
      // A deliberate change to a rule's metadata updates the snapshot with:
      //   node bin/portvokter.js rules --format json --lang nb > test/catalogue/rules.nb.json (and en)
      expect(r.stdout).toBe(committed);
    });
  }

  it("lists every rule module once, in both languages", () => {
    for (const lang of ["nb", "en"]) {
      const listed = JSON.parse(readFileSync(join(ROOT, "test", "catalogue", `rules.${lang}.json`), "utf8")) as Array<{ id: string; theme: string }>;
      expect(listed.map((x) => x.id)).toEqual([...ruleIds()]);
      for (const x of listed) expect(x.theme, x.id).toBe(x.id.split("/")[0]);
    }
  });
});

describe("rule modules", () => {
  it("each has complete metadata in both languages and a file named by its id", async () => {
    for (const r of await loadRules()) {
      for (const text of [r.description, r.rationale, ...Object.values(r.messages)]) {
        expect(text.nb.trim(), r.id).not.toBe("");
        expect(text.en.trim(), r.id).not.toBe("");
      }
      expect(r.rationale.nb.length, `${r.id} rationale`).toBeGreaterThan(80);
      expect(r.example.trim(), r.id).not.toBe("");
      expect(r.source.length, r.id).toBeGreaterThan(0);
      expect(existsSync(join(ROOT, "rules", `${r.id}.ts`)), r.id).toBe(true);
    }
  });
});

describe("rule examples", () => {
  it("each rule's example, added to a minimal dossier, satisfies the rule at every gate", async () => {
    const { parse, stringify } = await import("yaml");
    const { lintText } = await import("./helpers/lint.js");
    const base = {
      version: 1,
      project: { id: "eksempel", name: "Eksempel", organisation: "Testetaten", level: "stat", phase: "konsept" },
    };
    for (const rule of await loadRules()) {
      const example = (parse(rule.example) ?? {}) as Record<string, unknown>;
      const merged = { ...base, ...example, project: { ...base.project, ...((example.project as object) ?? {}) } };
      for (const gate of ["BP1", "BP2", "BP3", "BP4", "BP5", "BP6"] as const) {
        // A post rule (waiver-unused) judges the other rules' findings, so they must run too.
        const result = await lintText(stringify(merged), { only: rule.phase === "post" ? undefined : [rule.id], gate });
        expect(result.status, `${rule.id}: ${JSON.stringify(result.findings[0])}`).toBe("checked");
        const own = result.findings.filter((f) => f.rule === rule.id);
        expect(own.map((f) => `${gate} ${f.rule} ${f.pointer}`), rule.id).toEqual([]);
      }
    }
  });
});
