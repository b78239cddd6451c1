// Every source can be followed (issue 12 item 11): `sources` prints the shipped legend, `explain`,
// SARIF help and the HTML report's rule notes resolve each cited document through it, and
// `components` lists the common components the rules know, the config's included.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRules } from "../src/evaluate/registry.js";
import { INPUT_PROBLEMS } from "../src/input-problems/registry.js";
import { ROOT, runCli, tempDir } from "./helpers/cli.js";

const LEGEND = JSON.parse(readFileSync(join(ROOT, "rules", "data", "sources.json"), "utf8")) as Record<
  string,
  { cite?: string; title: string; publisher: string; year: number | null; url: string | null }
>;

describe("portvokter sources", () => {
  it("--format json lists every legend document with title, publisher, year and URL", () => {
    const r = runCli(["sources", "--format", "json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(list.map((d) => d.id)).toEqual(Object.keys(LEGEND));
    expect(list.find((d) => d.id === "PV")).toEqual({
      id: "PV",
      cite: "PV",
      title: LEGEND.PV!.title,
      publisher: "Digitaliseringsdirektoratet (Digdir)",
      year: 2026,
      url: "https://www.prosjektveiviseren.no/",
    });
    expect(list.find((d) => d.id === "R-108/23")).toMatchObject({ cite: "Statens prosjektmodell, R-108/23", year: 2023, url: null });
  });

  it("the table names each document in the chosen language", () => {
    const en = runCli(["sources", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Document: DFØ\n  Title: Gevinstrealisering (guidance)\n  Publisher: Direktoratet for forvaltning og økonomistyring (DFØ)\n  Year: not given\n  Link: https://dfo.no/fagomrader/gevinstrealisering\n");
    expect(en.stdout).toContain(`${Object.keys(LEGEND).length} documents in the source legend.`);
    const nb = runCli(["sources"]);
    expect(nb.stdout).toContain("Dokument: PV\n");
    expect(nb.stdout).toContain("  Lenke: https://www.prosjektveiviseren.no/\n");
  });

  it("no legend entry or source names an internal doc users do not have (domain.md, dossier-format.md)", async () => {
    const internal = /domain\.md|dossier-format\.md/;
    expect(Object.keys(LEGEND).filter((id) => internal.test(id) || internal.test(LEGEND[id]!.title))).toEqual([]);
    for (const p of INPUT_PROBLEMS) expect(p.source, p.id).not.toMatch(internal);
    for (const r of await loadRules()) {
      const texts = [JSON.stringify(r.source), ...Object.values(r.messages).flatMap((m) => [m.nb, m.en])];
      for (const t of texts) expect(t, r.id).not.toMatch(internal);
    }
  });
});

describe("cited documents resolved through the legend", () => {
  it("explain lists each cited document under the source line", () => {
    const r = runCli(["explain", "benefits/owner-outside-recipient", "--lang", "en"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const at = lines.findIndex((l) => l.startsWith("Source: "));
    expect(lines.slice(at + 1, at + 4)).toEqual([
      `  - PV: ${LEGEND.PV!.title}. Digitaliseringsdirektoratet (Digdir), 2026. https://www.prosjektveiviseren.no/`,
      "  - DFØ: Gevinstrealisering (guidance). Direktoratet for forvaltning og økonomistyring (DFØ). https://dfo.no/fagomrader/gevinstrealisering",
      `  - 001: ${LEGEND["001"]!.title}. Digitaliseringsrådet, 2019.`,
    ]);
    expect(lines[at + 4]).toBe("");
    const own = runCli(["explain", "architecture/unknown-common-component"]).stdout;
    expect(own).toMatch(/^Kilde: portvokter components\n  - portvokter components: .*`portvokter components`/m);
  });

  it("SARIF rule help and the HTML report's rule notes carry the same resolved documents", () => {
    const dir = tempDir();
    const file = join(dir, "a.dossier.yaml");
    writeFileSync(file, "version: 1\nproject: { id: a, name: A, organisation: O, level: stat, phase: planlegge }\nbenefits:\n  - id: b1\n    description: Raskere saksbehandling\n");
    const sarif = JSON.parse(runCli(["check", file, "--format", "sarif", "--no-config", "--today", "2026-06-15"]).stdout);
    const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string; help: { text: string } }>;
    const owner = rules.find((x) => x.id === "benefits/owner-missing");
    expect(owner?.help.text).toContain(`  - PV: ${LEGEND.PV!.title}. Digitaliseringsdirektoratet (Digdir), 2026. https://www.prosjektveiviseren.no/`);
    const html = runCli(["report", file, "--no-config", "--today", "2026-06-15"]).stdout;
    const note = html.slice(html.indexOf('id="rule-benefits--owner-missing"'));
    expect(note.slice(0, note.indexOf("</section>"))).toContain("  - PV: Prosjektveiviseren (checklists before 2026 cited as «PV BPn #i», version 6 of June 2026 as «PV v6»). Digitaliseringsdirektoratet (Digdir), 2026. https://www.prosjektveiviseren.no/");
  });
});

describe("portvokter components", () => {
  it("lists the shipped components, the health-sector ones included, and those a config adds", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "portvokter.config.yaml"), "common_components:\n  - { id: egen-idp, name: Egen IdP }\n");
    const r = runCli(["components", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Array<{ id: string; name: string; aliases: string[]; origin: string }>;
    expect(list.find((c) => c.id === "id-porten")).toEqual({ id: "id-porten", name: "ID-porten", aliases: [], origin: "portvokter" });
    for (const id of ["e-resept", "kjernejournal", "norsk-helsenett"]) expect(list.some((c) => c.id === id && c.origin === "portvokter"), id).toBe(true);
    expect(list.find((c) => c.id === "norsk-helsenett")?.aliases).toContain("Helsenettet");
    expect(list.at(-1)).toEqual({ id: "egen-idp", name: "Egen IdP", aliases: [], origin: "config" });
    expect(JSON.parse(runCli(["components", "--format", "json", "--no-config"], { cwd: dir }).stdout).some((c: { id: string }) => c.id === "egen-idp")).toBe(false);
    const table = runCli(["components", "--lang", "en"], { cwd: dir }).stdout;
    expect(table).toMatch(/^id\s+name\s+also called\s+from$/m);
    expect(table).toMatch(/^egen-idp\s+Egen IdP\s+the config$/m);
    expect(table).toMatch(/^norsk-helsenett\s+Norsk helsenett\s+Helsenettet, NHN\s+portvokter$/m);
    expect(table).toContain(`${list.length} common components.`);
  });

  it("a component the config adds is known to check, and `components` names what check accepts", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "portvokter.config.yaml"), "common_components:\n  - { id: egen-idp, name: Egen IdP }\n");
    writeFileSync(
      join(dir, "a.dossier.yaml"),
      "version: 1\nproject: { id: a, name: A, organisation: O, level: stat, phase: konsept }\ninstruments:\n  architecture:\n    common_components: [Egen IdP, Helsenettet, Kjernejournal, e-resept, ukjent-greie-xyz]\n",
    );
    const r = runCli(["check", "a.dossier.yaml", "--format", "json", "--rule", "architecture/unknown-common-component=error"], { cwd: dir });
    const f = JSON.parse(r.stdout).files[0].findings.filter((x: { rule: string }) => x.rule === "architecture/unknown-common-component");
    expect(f.map((x: { pointer: string }) => x.pointer)).toEqual(["/instruments/architecture/common_components/4"]);
    expect(f[0].message).toContain("(se portvokter components)");
  });
});
