// `check --format sarif`: SARIF 2.1.0 as GitHub code scanning reads it. Every SARIF output a
// test produces is validated against the official schema (../shared/corpora/sarif/) when present.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, json, ROOT, runCli } from "../helpers/cli.js";
import { CLEAN, HAS_SARIF_SCHEMA, HOSTILE, ONE_ERROR, sarif, sarifValidator, workspace, type SarifLog } from "./helpers.js";

const TODAY = "2026-11-28";
const check = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(["check", "--no-config", "--today", TODAY, ...args], options);

const catalogue = JSON.parse(runCli(["rules", "--format", "json"]).stdout) as Array<{ id: string; theme: string; gates: Record<string, string> }>;

const LEVEL: Record<string, string> = { error: "error", warning: "warning", info: "note" };
const FP = "portvokter/v1";

/** The same run as JSON, to compare finding by finding. */
function pair(args: string[], options: Parameters<typeof runCli>[1] = {}) {
  const s = check([...args, "--format", "sarif"], options);
  const j = check([...args, "--format", "json"], options);
  expect(s.code).toBe(j.code);
  return { log: sarif(s.stdout), report: json(j), code: s.code };
}

function fingerprintOf(log: SarifLog, rule: string, message: RegExp): string {
  const hits = log.runs[0]!.results.filter((r) => r.ruleId === rule && message.test(r.message.text));
  expect(hits, `${rule} ${message}`).toHaveLength(1);
  return hits[0]!.partialFingerprints[FP]!;
}

describe.skipIf(!HAS_SARIF_SCHEMA)("SARIF: the official 2.1.0 schema", () => {
  it("the schema compiles, and it rejects what it should", () => {
    const validate = sarifValidator();
    expect(validate({ version: "2.1.0", runs: [] })).toBe(true);
    expect(validate({ version: "2.0.0", runs: [] })).toBe(false);
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false); // driver needs a name
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: "x" } }, results: [{ message: { text: "m" }, level: "fatal" }] }] })).toBe(false);
  });

  it.each([
    ["the examples", ["examples"], {}],
    ["English", ["examples/kommune-velferd-bp2.dossier.yaml", "--lang", "en"], {}],
    ["a syntax error (fatal)", [join(FIXTURES, "input", "syntax.yaml")], {}],
    ["an empty file (fatal)", [join(FIXTURES, "input", "empty.yaml")], {}],
    ["a missing file (io/unreadable)", ["finnes-ikke.dossier.yaml"], {}],
    ["schema violations (invalid)", [join(FIXTURES, "input", "schema-errors.yaml")], {}],
    ["stdin", ["-"], { input: ONE_ERROR }],
    ["--quiet", ["examples", "--quiet"], {}],
  ] as Array<[string, string[], Parameters<typeof runCli>[1]]>)("%s: valid SARIF", (_name, args, options) => {
    const r = check([...args, "--format", "sarif"], options);
    expect(r.stderr).toBe("");
    expect(sarif(r.stdout).version).toBe("2.1.0");
  });

  it("hostile strings and odd file names (space, æøå, %, #, absolute path): valid SARIF", () => {
    const dir = workspace({ "mine filer/æøå #1 100%.dossier.yaml": HOSTILE });
    const elsewhere = workspace({ "b.dossier.yaml": ONE_ERROR });
    const r = check([".", join(elsewhere, "b.dossier.yaml"), "--format", "sarif"], { cwd: dir });
    const log = sarif(r.stdout);
    const uris = log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation);
    expect(uris).toContainEqual({ uri: "mine%20filer/%C3%A6%C3%B8%C3%A5%20%231%20100%25.dossier.yaml", uriBaseId: "%SRCROOT%" });
    expect(uris).toContainEqual({ uri: expect.stringMatching(/^file:\/\/\/.*\/b\.dossier\.yaml$/) });
    expect(uris.find((u) => u.uri.startsWith("file:"))).not.toHaveProperty("uriBaseId");
  });
});

describe("SARIF: tool, rules and results", () => {
  it("has the 2.1.0 envelope, one run, and a driver that lists every rule", () => {
    const { log } = pair(["examples"]);
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(run.tool.driver).toMatchObject({ name: "portvokter", version: pkg.version });
    // informationUri (SARIF Multitool SARIF2005): package.json's homepage, a real https page.
    expect(pkg.homepage).toBe("https://www.npmjs.com/package/portvokter");
    expect(run.tool.driver.informationUri).toBe(pkg.homepage);
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.invocations).toEqual([{ executionSuccessful: true, properties: { config: null } }]);
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(catalogue.length).toBeGreaterThan(100);
    for (const rule of catalogue) expect(ids).toContain(rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("each rule descriptor: name, descriptions in the run's language, explain text as help, first-gate level, theme tag", () => {
    const nb = sarif(check(["examples/ok-bp2-konsept.dossier.yaml", "--format", "sarif"]).stdout).runs[0]!.tool.driver.rules;
    const en = sarif(check(["examples/ok-bp2-konsept.dossier.yaml", "--format", "sarif", "--lang", "en"]).stdout).runs[0]!.tool.driver.rules;
    const order = ["BP1", "BP2", "BP3", "BP4", "BP5", "BP6"];
    for (const rule of catalogue) {
      const d = nb.find((x) => x.id === rule.id)!;
      expect(d.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      const first = order.map((g) => rule.gates[g]).find((s) => s !== undefined)!;
      expect(d.defaultConfiguration.level, rule.id).toBe(LEVEL[first]);
      expect(d.properties.tags).toEqual([rule.theme]);
      expect(d.shortDescription.text.length).toBeGreaterThan(0);
      expect(en.find((x) => x.id === rule.id)!.shortDescription.text).not.toBe(d.shortDescription.text);
    }
    // help.text is exactly what `portvokter explain` prints.
    const explained = runCli(["explain", "benefits/owner-not-in-line"]).stdout;
    expect(nb.find((x) => x.id === "benefits/owner-not-in-line")!.help.text).toBe(explained);
    const explainedEn = runCli(["explain", "governance/owner-missing", "--lang", "en"]).stdout;
    const d = en.find((x) => x.id === "governance/owner-missing")!;
    expect(d.help.text).toBe(explainedEn);
    expect(explainedEn).toContain(d.shortDescription.text);
    expect(explainedEn).toContain(d.fullDescription.text);
    expect(d.name).toBe("GovernanceOwnerMissing");
  });

  it("every result: ruleIndex points at its descriptor, level maps the severity, location and pointer as in JSON", () => {
    const { log, report } = pair(["examples"]);
    const run = log.runs[0]!;
    const expected = report.files.flatMap((f) => [...f.findings, ...f.suppressed].map((x) => ({ ...x, path: f.path })));
    expect(run.results).toHaveLength(expected.length);
    expect(expected.length).toBeGreaterThan(30);
    const remaining = [...expected];
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      const loc = r.locations[0]!;
      const i = remaining.findIndex(
        (f) =>
          f.rule === r.ruleId &&
          // Plain-text messages escape [ and ] (SARIF 2.1.0 §3.11.6): "benefits\[0\]".
          f.message === r.message.text.replace(/\\([\\[\]])/g, "$1") &&
          f.line === loc.physicalLocation.region.startLine &&
          f.column === loc.physicalLocation.region.startColumn &&
          f.path === loc.physicalLocation.artifactLocation.uri,
      );
      expect(i, `${r.ruleId} ${r.message.text}`).toBeGreaterThanOrEqual(0);
      const f = remaining.splice(i, 1)[0]!;
      expect(r.level).toBe(LEVEL[f.severity as string]);
      expect(loc.physicalLocation.artifactLocation.uriBaseId).toBe("%SRCROOT%");
      if (f.pointer) expect(loc.logicalLocations).toEqual([{ fullyQualifiedName: f.pointer }]);
      expect(r.partialFingerprints[FP]).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(remaining).toEqual([]);
    // All three levels occur in the examples.
    expect(new Set(run.results.map((r) => r.level))).toEqual(new Set(["error", "warning", "note"]));
  });

  it("suppressed findings are results with an in-source suppression and the waiver's reason", () => {
    const { log, report } = pair(["examples/digibarnevern-bp4.dossier.yaml"]);
    const suppressed = report.files[0]!.suppressed;
    expect(suppressed.length).toBeGreaterThan(0);
    const results = log.runs[0]!.results.filter((r) => r.suppressions);
    expect(results.map((r) => [r.ruleId, r.suppressions])).toEqual(
      suppressed.map((s) => [s.rule, [{ kind: "inSource", justification: s.reason }]]),
    );
    expect(log.runs[0]!.results.filter((r) => !r.suppressions)).toHaveLength(report.files[0]!.findings.length);
  });

  it("fatal and schema findings are results with descriptors of their own; a fatal file makes the run unsuccessful", () => {
    const fatal = sarif(check([join(FIXTURES, "input", "syntax.yaml"), "examples/ok-bp2-konsept.dossier.yaml", "--format", "sarif"]).stdout).runs[0]!;
    expect(fatal.invocations).toEqual([{ executionSuccessful: false, properties: { config: null } }]);
    expect(fatal.results.map((r) => [r.ruleId, r.level])).toEqual([["yaml/syntax", "error"]]);
    const d = fatal.tool.driver.rules[fatal.results[0]!.ruleIndex]!;
    expect(d).toMatchObject({ id: "yaml/syntax", defaultConfiguration: { level: "error" }, properties: { tags: ["yaml"] } });
    expect(d.shortDescription.text).toMatch(/YAML/);

    const missing = sarif(check(["finnes-ikke.dossier.yaml", "--format", "sarif", "--lang", "en"]).stdout).runs[0]!;
    expect(missing.results[0]).toMatchObject({ ruleId: "io/unreadable", locations: [{ physicalLocation: { artifactLocation: { uri: "finnes-ikke.dossier.yaml" } } }] });
    expect(missing.tool.driver.rules[missing.results[0]!.ruleIndex]!.shortDescription.text).toMatch(/does not exist/);

    const invalid = sarif(check([join(FIXTURES, "input", "schema-errors.yaml"), "--format", "sarif"]).stdout).runs[0]!;
    expect(invalid.invocations).toEqual([{ executionSuccessful: true, properties: { config: null } }]);
    const ids = [...new Set(invalid.results.map((r) => r.ruleId))].sort();
    expect(ids).toEqual(["schema/enum", "schema/format", "schema/other", "schema/required", "schema/type", "schema/unknown-key"]);
    for (const r of invalid.results) expect(invalid.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    // Descriptors only for the input problems that occur, after the rules.
    expect(invalid.tool.driver.rules.slice(catalogue.length).map((x) => x.id)).toEqual(ids);
  });

  it("stdin is the artifact «stdin»", () => {
    const log = sarif(check(["-", "--format", "sarif"], { input: ONE_ERROR }).stdout);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: "stdin", uriBaseId: "%SRCROOT%" });
  });

  it("is deterministic", () => {
    const a = check(["examples", "--format", "sarif"]).stdout;
    expect(check(["examples", "--format", "sarif"]).stdout).toBe(a);
  });
});

describe("SARIF: partialFingerprints keep a finding's identity", () => {
  const RULE = "dossier/unknown-reference";
  const B1 = /«b1»/;

  it("is the SHA-256 of path, rule id and the pointer with list items named by their id", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR });
    const log = sarif(check(["b.dossier.yaml", "--format", "sarif"], { cwd: dir }).stdout);
    const expected = createHash("sha256").update(`b.dossier.yaml\0${RULE}\0/benefits/[id=b1]/recipient`).digest("hex");
    expect(fingerprintOf(log, RULE, B1)).toBe(expected);
    const dotted = sarif(check(["./b.dossier.yaml", "--format", "sarif"], { cwd: dir }).stdout);
    expect(fingerprintOf(dotted, RULE, B1)).toBe(expected);
    expect(dotted.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: "b.dossier.yaml", uriBaseId: "%SRCROOT%" });
  });

  it("is unchanged when lines are inserted above the finding", () => {
    const moved = ONE_ERROR.replace("version: 1\n", "version: 1\n# en kommentar\n# og en til\n\n");
    const before = sarif(check(["b.dossier.yaml", "--format", "sarif"], { cwd: workspace({ "b.dossier.yaml": ONE_ERROR }) }).stdout);
    const after = sarif(check(["b.dossier.yaml", "--format", "sarif"], { cwd: workspace({ "b.dossier.yaml": moved }) }).stdout);
    const line = (log: SarifLog) => log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine;
    expect(line(after)).toBe(line(before) + 3);
    expect(fingerprintOf(after, RULE, B1)).toBe(fingerprintOf(before, RULE, B1));
  });

  it("is unchanged when a list item with an id is inserted before the item", () => {
    const b0 = [
      "  - id: b0",
      "    description: Færre henvendelser til kundesenteret",
      "    type: kvantitativ",
      "    owner: { name: Sigrid Aamodt, role: seksjonssjef, organisation: Seksjon for utenlandsstøtte, in_line: true }",
      "    recipient: utenlandsseksjonen",
      "    indicator: antall henvendelser om utenlandsstøtte per år",
      "    baseline: 40 000 (2025)",
      "    target: 25 000",
      "",
    ].join("\n");
    const inserted = ONE_ERROR.replace("benefits:\n  - id: b1\n", `benefits:\n${b0}  - id: b1\n`);
    expect(inserted).not.toBe(ONE_ERROR);
    const a = workspace({ "b.dossier.yaml": ONE_ERROR });
    const b = workspace({ "b.dossier.yaml": inserted });
    const before = pair(["b.dossier.yaml"], { cwd: a });
    const after = pair(["b.dossier.yaml"], { cwd: b });
    // The finding moved to another list index and another line...
    const at = (r: typeof before) => r.report.files[0]!.findings.find((f) => f.rule === RULE && B1.test(f.message as string))!;
    expect(at(before).pointer).toBe("/benefits/0/recipient");
    expect(at(after).pointer).toBe("/benefits/1/recipient");
    expect(at(after).line).toBeGreaterThan(at(before).line as number);
    // ...and kept its identity.
    expect(fingerprintOf(after.log, RULE, B1)).toBe(fingerprintOf(before.log, RULE, B1));
  });

  it("differs between findings: unique within a run, and per file", () => {
    const { log } = pair(["examples"]);
    const fps = log.runs[0]!.results.map((r) => r.partialFingerprints[FP]);
    expect(new Set(fps).size).toBe(fps.length);
    // Two projects (a shared project.id would add a portfolio finding) with the same gap.
    const other = ONE_ERROR.replace(/^(  id: )(\S+)/m, "$1$2-to");
    const dir = workspace({ "x.dossier.yaml": ONE_ERROR, "y.dossier.yaml": other });
    const two = sarif(check(["x.dossier.yaml", "y.dossier.yaml", "--format", "sarif"], { cwd: dir }).stdout).runs[0]!.results;
    expect(two).toHaveLength(2);
    expect(two[0]!.partialFingerprints[FP]).not.toBe(two[1]!.partialFingerprints[FP]);
  });

  it("a changed message at the same place keeps the identity; another rule at the same place does not", () => {
    const a = workspace({ "b.dossier.yaml": ONE_ERROR });
    const b = workspace({ "b.dossier.yaml": ONE_ERROR.replace("recipient: finnes-ikke", "recipient: finnes-heller-ikke") });
    const fa = sarif(check(["b.dossier.yaml", "--format", "sarif"], { cwd: a }).stdout).runs[0]!.results[0]!;
    const fb = sarif(check(["b.dossier.yaml", "--format", "sarif"], { cwd: b }).stdout).runs[0]!.results[0]!;
    expect(fa.message.text).not.toBe(fb.message.text);
    expect(fb.partialFingerprints[FP]).toBe(fa.partialFingerprints[FP]);
    const other = createHash("sha256").update(`b.dossier.yaml\0benefits/recipient-missing\0/benefits/[id=b1]/recipient`).digest("hex");
    expect(fa.partialFingerprints[FP]).not.toBe(other);
  });
});

describe("SARIF: CLEAN stays clean", () => {
  it("no results, an empty results array, still every rule", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN });
    const r = check(["a.dossier.yaml", "--format", "sarif"], { cwd: dir });
    expect(r.code).toBe(0);
    const run = sarif(r.stdout).runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toHaveLength(catalogue.length);
  });
});
