// Structured rule sources: every rule cites documents of the shipped legend, and the line users
// see (findings' `source`, `explain`, `rules`, SARIF, reports) is exactly the string it was before
// sources were structured (test/catalogue/sources.json, captured from that build).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/evaluate/registry.js";
import { resolveSourceDoc, sourceLegend, sourceText } from "../src/evaluate/sources.js";
import { ROOT } from "./helpers/cli.js";

const EXPECTED = JSON.parse(readFileSync(join(ROOT, "test", "catalogue", "sources.json"), "utf8")) as Record<string, string>;

describe("rule sources", () => {
  it("render every rule's source to today's string, byte for byte", async () => {
    const rules = await loadRules();
    expect(Object.fromEntries(rules.map((r) => [r.id, sourceText(r.source)]))).toEqual(EXPECTED);
    expect(rules).toHaveLength(Object.keys(EXPECTED).length);
  });

  it("cite only documents that the legend names", async () => {
    const missing = (await loadRules()).flatMap((r) => r.source.filter((p) => !resolveSourceDoc(p.doc)).map((p) => `${r.id}: ${p.doc}`));
    expect(missing).toEqual([]);
  });

  it("leave no legend entry uncited, and every entry has a title and a publisher", async () => {
    const cited = new Set((await loadRules()).flatMap((r) => r.source.map((p) => p.doc)));
    for (const doc of sourceLegend().values()) {
      expect(cited.has(doc.id), `${doc.id} is cited by no rule`).toBe(true);
      expect(doc.title.trim(), doc.id).not.toBe("");
      expect(doc.publisher.trim(), doc.id).not.toBe("");
      if (doc.url !== null) expect(doc.url, doc.id).toMatch(/^https:\/\//);
    }
  });

  it("resolve a doc id to its legend entry", () => {
    expect(resolveSourceDoc("PV")).toMatchObject({ id: "PV", publisher: "Digitaliseringsdirektoratet (Digdir)", url: "https://www.prosjektveiviseren.no/" });
    expect(resolveSourceDoc("003")).toMatchObject({ id: "003", year: 2022 });
    expect(resolveSourceDoc("nope")).toBeUndefined();
    expect(sourceText([{ doc: "R-108/23", locator: "(x)" }, { doc: "PV" }])).toBe("Statens prosjektmodell, R-108/23 (x); PV");
  });
});
