// The baseline (portvokter-suppressions.json) as a user runs it: suppress what is there, move and
// reorder everything, and only a new gap fails the run.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument, visit, type YAMLMap } from "yaml";
import { describe, expect, it } from "vitest";
import { json, ROOT, runCli } from "./helpers/cli.js";
import { CLEAN, ONE_ERROR, withProjectId, workspace } from "./helpers/fixtures.js";

const FILE = "portvokter-suppressions.json";
const COMMON = ["--no-config", "--today", "2026-06-15"];

/** A workspace with a copy of every example dossier (several with findings, list items with ids). */
function examples(): string {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".dossier.yaml"))) files[name] = readFileSync(join(ROOT, "examples", name), "utf8");
  return workspace(files);
}

const check = (dir: string, ...args: string[]) => runCli(["check", ".", ...COMMON, ...args], { cwd: dir });
const suppressions = (dir: string, file = FILE) =>
  JSON.parse(readFileSync(join(dir, file), "utf8")) as { version: number; suppressions: Record<string, Record<string, Record<string, number>>> };
const totals = (r: ReturnType<typeof check>) => {
  const files = json(r).files as unknown as Array<{ path: string; findings: Array<Record<string, unknown>>; baselined?: unknown[] }>;
  return {
    findings: files.flatMap((f) => f.findings.map((x) => ({ ...x, path: f.path }))),
    baselined: files.reduce((n, f) => n + (f.baselined?.length ?? 0), 0),
  };
};

/**
 * Reverses every list whose items all have an id and puts a comment and blank lines first: every
 * line moves and every such list changes order, while the dossier says the same.
 */
function reorderAndMove(path: string): void {
  const doc = parseDocument(readFileSync(path, "utf8"));
  let reversed = 0;
  visit(doc, {
    Seq(_key, node) {
      if (node.items.length > 1 && node.items.every((x) => isMap(x) && x.has("id"))) {
        node.items.reverse();
        reversed++;
      }
    },
  });
  expect(reversed).toBeGreaterThan(0);
  writeFileSync(path, "# Flyttet og omordnet\n\n\n" + doc.toString({ lineWidth: 0 }));
}

/** Removes the owner of benefit `id` (a new gap: benefits/owner-missing). */
function removeOwner(path: string, id: string): void {
  const doc = parseDocument(readFileSync(path, "utf8"));
  const benefits = doc.get("benefits");
  if (!isSeq(benefits)) throw new Error("no benefits");
  const benefit = benefits.items.find((x) => isMap(x) && x.get("id") === id) as YAMLMap;
  expect(benefit.delete("owner")).toBe(true);
  writeFileSync(path, doc.toString({ lineWidth: 0 }));
}

describe("baseline: the round trip", () => {
  it("suppress-all → reorder and move lines → no new findings → one gap → exactly one new finding", () => {
    const dir = examples();
    const before = totals(check(dir, "--format", "json"));
    expect(before.findings.length).toBeGreaterThan(10);
    expect(before.baselined).toBe(0);

    const made = check(dir, "--suppress-all");
    expect(made.code).toBe(0);
    expect(made.stderr).toBe(`portvokter: skrev ${FILE}; funn i grunnlinjen: ${before.findings.length}\n`);
    const file = suppressions(dir);
    expect(file.version).toBe(1);
    // Every file with findings, by its path relative to the suppressions file; list items by id.
    expect(Object.keys(file.suppressions).sort()).toEqual([...new Set(before.findings.map((f) => f.path))].sort());
    const pointers = Object.values(file.suppressions).flatMap((rules) => Object.values(rules).flatMap((p) => Object.keys(p)));
    expect(pointers.some((p) => p.includes("/benefits/[id=b1]/"))).toBe(true);
    // Stable and diffable: written again from the same findings, byte for byte the same text.
    const text = readFileSync(join(dir, FILE), "utf8");
    expect(text.endsWith("}\n")).toBe(true);
    expect(check(dir, "--suppress-all").code).toBe(0);
    expect(readFileSync(join(dir, FILE), "utf8")).toBe(text);

    for (const name of readdirSync(dir).filter((n) => n.endsWith(".dossier.yaml"))) reorderAndMove(join(dir, name));
    const moved = check(dir, "--format", "json");
    expect(moved.stderr).toBe("");
    expect(moved.code).toBe(0);
    expect(totals(moved)).toEqual({ findings: [], baselined: before.findings.length });

    removeOwner(join(dir, "ok-bp3-planlegge.dossier.yaml"), "b1");
    const gap = check(dir, "--format", "json");
    expect(gap.code).toBe(1);
    const after = totals(gap);
    expect(after.findings.map((f) => [f.path, f.rule])).toEqual([["ok-bp3-planlegge.dossier.yaml", "benefits/owner-missing"]]);
    expect(after.baselined).toBe(before.findings.length);
  });
});

describe("baseline: writing the file", () => {
  it("--suppress-rule baselines that rule only, and suggests an id for a mistyped one", () => {
    const dir = examples();
    const r = check(dir, "--suppress-rule", "benefits/owner-missing", "--format", "json");
    const rules = new Set(Object.values(suppressions(dir).suppressions).flatMap((x) => Object.keys(x)));
    expect([...rules]).toEqual(["benefits/owner-missing"]);
    const t = totals(r);
    expect(t.baselined).toBeGreaterThan(0);
    expect(t.findings.some((f) => f.rule === "benefits/owner-missing")).toBe(false);
    expect(t.findings.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);

    const bad = check(dir, "--suppress-rule", "benefits/owner-mising");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^portvokter: --suppress-rule: ukjent regel «benefits\/owner-mising»; mente du benefits\/owner-missing/);
  });

  it("--suppress-rule keeps the entries of other rules; --suppress-all merges with files not in the run", () => {
    const dir = workspace({ "a.dossier.yaml": ONE_ERROR, "b.dossier.yaml": ONE_ERROR });
    expect(runCli(["check", "a.dossier.yaml", ...COMMON, "--suppress-all"], { cwd: dir }).code).toBe(0);
    expect(runCli(["check", "b.dossier.yaml", ...COMMON, "--suppress-all"], { cwd: dir }).code).toBe(0);
    expect(Object.keys(suppressions(dir).suppressions)).toEqual(["a.dossier.yaml", "b.dossier.yaml"]);
    expect(check(dir).code).toBe(0);
  });

  it("--suppressions-location writes and reads another file, relative paths from its folder", () => {
    const dir = workspace({ "d/a.dossier.yaml": ONE_ERROR });
    const made = check(dir, "--suppress-all", "--suppressions-location", "ci/baseline.json");
    expect(made.code).toBe(2); // the folder ci/ does not exist
    expect(made.stderr).toMatch(/^portvokter: kan ikke skrive .*baseline\.json: ENOENT\n$/);
    expect(made.stdout).toBe(""); // refused before anything was checked
    const sub = workspace({ "d/a.dossier.yaml": ONE_ERROR, "ci/.keep": "" });
    expect(check(sub, "--suppress-all", "--suppressions-location", "ci/baseline.json").code).toBe(0);
    expect(existsSync(join(sub, FILE))).toBe(false);
    expect(Object.keys(suppressions(sub, "ci/baseline.json").suppressions)).toEqual(["../d/a.dossier.yaml"]);
    expect(check(sub).code).toBe(1); // the default file is not there
    expect(check(sub, "--suppressions-location", "ci/baseline.json").code).toBe(0);
    // report reads the same file when told where it is.
    const report = (...args: string[]) => runCli(["report", ".", "--format", "markdown", ...COMMON, ...args], { cwd: sub });
    expect(report().code).toBe(1);
    expect(report("--suppressions-location", "ci/baseline.json")).toMatchObject({ code: 0, stdout: expect.stringContaining("grunnlinje (baseline)") });
  });

  it("refuses to write over a dossier or a config, and never touches the dossiers", () => {
    const dir = workspace({ "a.dossier.yaml": ONE_ERROR, "portvokter.config.yaml": "gate: BP2\n" });
    const onDossier = check(dir, "--suppress-all", "--suppressions-location", "a.dossier.yaml");
    expect(onDossier.code).toBe(2);
    expect(onDossier.stderr.split("\n").length).toBe(2);
    expect(readFileSync(join(dir, "a.dossier.yaml"), "utf8")).toBe(ONE_ERROR);
    const onConfig = runCli(["check", "a.dossier.yaml", "--suppress-all", "--suppressions-location", "portvokter.config.yaml"], { cwd: dir });
    expect(onConfig.code).toBe(2);
    expect(readFileSync(join(dir, "portvokter.config.yaml"), "utf8")).toBe("gate: BP2\n");
    expect(readdirSync(dir).sort()).toEqual([".git", "a.dossier.yaml", "portvokter.config.yaml"]);
  });
});

describe("baseline: unused entries and pruning", () => {
  it("reports entries that match nothing, fails only with --fail-on-unpruned-suppressions, and prunes them", () => {
    const dir = workspace({ "a.dossier.yaml": ONE_ERROR });
    expect(check(dir, "--suppress-all").code).toBe(0);
    const made = readFileSync(join(dir, FILE), "utf8");
    const file = suppressions(dir);
    file.suppressions["a.dossier.yaml"]!["benefits/owner-missing"] = { "/benefits/[id=b9]/owner": 2 };
    // A file this run does not check keeps its entries and is not reported.
    file.suppressions["gone.dossier.yaml"] = { "benefits/owner-missing": { "/benefits/[id=b1]/owner": 1 } };
    writeFileSync(join(dir, FILE), JSON.stringify(file));

    const r = runCli(["check", "a.dossier.yaml", ...COMMON], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `portvokter: advarsel: ${FILE}: oppføringer som ikke lenger svarer til et funn: 2; fjern dem med «portvokter check --prune-suppressions»\n` +
        "  a.dossier.yaml  benefits/owner-missing  /benefits/[id=b9]/owner ×2\n",
    );
    expect(runCli(["check", "a.dossier.yaml", ...COMMON, "--fail-on-unpruned-suppressions"], { cwd: dir }).code).toBe(1);

    const pruned = runCli(["check", "a.dossier.yaml", ...COMMON, "--prune-suppressions"], { cwd: dir });
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain(`${FILE}: ubrukte oppføringer fjernet: 2`);
    const after = suppressions(dir);
    expect(after.suppressions["gone.dossier.yaml"]).toBeDefined();
    delete after.suppressions["gone.dossier.yaml"];
    expect(JSON.stringify(after, null, 2) + "\n").toBe(made);
  });

  it("--prune-suppressions drops the entry of a fixed finding; the fix is not baselined again if it returns", () => {
    const dir = workspace({ "a.dossier.yaml": ONE_ERROR });
    expect(check(dir, "--suppress-all").code).toBe(0);
    writeFileSync(join(dir, "a.dossier.yaml"), CLEAN);
    expect(check(dir, "--prune-suppressions").code).toBe(0);
    expect(suppressions(dir).suppressions).toEqual({});
    writeFileSync(join(dir, "a.dossier.yaml"), ONE_ERROR);
    expect(check(dir).code).toBe(1);
  });

  it("--prune-suppressions without a file makes none", () => {
    const dir = workspace({ "a.dossier.yaml": ONE_ERROR });
    const r = check(dir, "--prune-suppressions");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(existsSync(join(dir, FILE))).toBe(false);
  });

  it("a file that fails the schema: its findings are matched, its entries kept (rules were skipped), input problems never baselined", () => {
    const dir = workspace({ "a.dossier.yaml": ONE_ERROR });
    expect(check(dir, "--suppress-all").code).toBe(0);
    const made = readFileSync(join(dir, FILE), "utf8");
    // An unknown key in the benefits skips the rules that read them: the baselined finding is not raised.
    writeFileSync(join(dir, "a.dossier.yaml"), ONE_ERROR.replace("benefits:\n  - id: b1\n", "benefits:\n  - id: b1\n    ukjent: 1\n"));
    for (const flag of ["--prune-suppressions", "--suppress-all"]) {
      const r = check(dir, flag, "--format", "json");
      expect(r.code).toBe(1);
      expect(totals(r).findings.map((f) => f.rule)).toContain("schema/unknown-key");
      expect(totals(r).findings.map((f) => f.rule)).not.toContain("dossier/unknown-reference");
      expect(readFileSync(join(dir, FILE), "utf8")).toBe(made);
    }
    expect(check(dir).stderr).toBe("");
  });
});

describe("baseline: output", () => {
  it("lists baselined findings apart in stylish, json, sarif, junit, markdown and github", () => {
    const dir = workspace({ "a.dossier.yaml": ONE_ERROR });
    expect(check(dir, "--suppress-all").code).toBe(0);

    const stylish = check(dir);
    expect(stylish.stdout).toMatch(/^ {2}1 i grunnlinjen \(baseline\):\n {2}\d+:5 {2}feil {2}Nyttevirkningen.*dossier\/unknown-reference$/m);
    expect(stylish.stdout).toContain("✔ Ingen funn (1 fil), 1 i grunnlinjen (baseline)");

    const j = JSON.parse(check(dir, "--format", "json").stdout);
    expect(j.files[0].findings).toEqual([]);
    expect(Object.keys(j.files[0])).toEqual(["path", "gate", "status", "project", "findings", "suppressed", "baselined"]);
    expect(j.files[0].baselined).toEqual([expect.objectContaining({ rule: "dossier/unknown-reference", pointer: "/benefits/0/recipient", severity: "error" })]);
    expect(j.summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0, fatal: 0, baselined: 1 });

    const github = check(dir, "--format", "github");
    expect(github.stdout).not.toMatch(/^::error/m);
    expect(github.stdout.trimEnd().split("\n").at(-1)).toBe("portvokter: 1 funn i grunnlinjen (baseline) er ikke vist; de feiler ikke kjøringen");

    const sarif = JSON.parse(check(dir, "--format", "sarif", "--lang", "en").stdout);
    const results = sarif.runs[0].results;
    expect(results).toHaveLength(1);
    expect(results[0].suppressions).toEqual([{ kind: "external", justification: "baseline" }]);

    const junit = check(dir, "--format", "junit");
    expect(junit.stdout).toContain("[grunnlinje (baseline)]");
    expect(junit.stdout).not.toContain("<failure");
    const md = check(dir, "--format", "markdown");
    expect(md.stdout).toContain("grunnlinje (baseline)");
  });

  it("without a suppressions file nothing in the output changes", () => {
    const dir = workspace({ "a.dossier.yaml": ONE_ERROR });
    const plain = { stylish: check(dir), json: check(dir, "--format", "json"), sarif: check(dir, "--format", "sarif") };
    expect(plain.json.stdout).not.toContain("baselined");
    expect(JSON.parse(plain.json.stdout).summary).not.toHaveProperty("baselined");
    expect(plain.sarif.stdout).not.toContain(`"kind": "external"`);
    expect(plain.stylish.stdout).not.toContain("grunnlinje");
    // An empty baseline applies (keys appear), a missing one is no baseline at all.
    writeFileSync(join(dir, FILE), '{ "version": 1, "suppressions": {} }\n');
    expect(check(dir, "--format", "json").stdout).toContain('"baselined": [');
    expect(check(dir).stdout).toBe(plain.stylish.stdout);
  });

  it("a corrupt suppressions file is one line and exit 2", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN });
    for (const text of ["{ not json", '{ "version": 2, "suppressions": {} }', '{ "version": 1, "suppressions": { "a": { "r": { "/x": 0 } } } }']) {
      writeFileSync(join(dir, FILE), text);
      const r = check(dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(new RegExp(`^portvokter: ${FILE}: ikke en gyldig grunnlinjefil \\(suppressions\\): .+\\n$`));
    }
  });
});

describe("baseline: the API", () => {
  it("lint(paths, { suppressions }) moves the listed findings to `baselined` and says which entries went unused", () => {
    const dir = workspace({ "a.dossier.yaml": ONE_ERROR });
    expect(check(dir, "--suppress-all").code).toBe(0);
    const file = suppressions(dir);
    file.suppressions["a.dossier.yaml"]!["benefits/owner-missing"] = { "/benefits/[id=b9]/owner": 1 };
    writeFileSync(join(dir, FILE), JSON.stringify(file));
    const body = `
      import { lint } from "portvokter";
      const run = await lint([${JSON.stringify(join(dir, "a.dossier.yaml"))}], { config: false, today: "2026-06-15", suppressions: ${JSON.stringify(join(dir, FILE))} });
      console.log(JSON.stringify({ findings: run.results[0].findings.length, baselined: run.results[0].baselined.map((f) => f.rule), unused: run.suppressions.unused }));
    `;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", body], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({
      findings: 0,
      baselined: ["dossier/unknown-reference"],
      unused: [{ file: "a.dossier.yaml", rule: "benefits/owner-missing", pointer: "/benefits/[id=b9]/owner", count: 1 }],
    });
  });
});

describe("baseline: hostile file", () => {
  it("keeps an entry named __proto__ as it is, and prints its text escaped", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN });
    const text = '{"version":1,"suppressions":{"__proto__":{"r":{"/x":1}},"a.dossier.yaml":{"benefits/owner-missing":{"/\\u001b[31mx":1}}}}';
    writeFileSync(join(dir, FILE), text);
    const listed = check(dir);
    expect(listed.stderr).toContain("  a.dossier.yaml  benefits/owner-missing  /");
    expect(listed.stderr).not.toContain("\u001b");
    const r = check(dir, "--prune-suppressions");
    expect(r.code).toBe(0);
    expect(suppressions(dir).suppressions).toEqual(JSON.parse('{"__proto__":{"r":{"/x":1}}}'));
  });
});

describe("baseline: worker threads", () => {
  it("is applied the same with --jobs 2 (results baselined in the main process)", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`d/${String(i).padStart(3, "0")}.dossier.yaml`] = withProjectId(i % 2 ? ONE_ERROR : CLEAN, `p${i}`);
    const dir = workspace(files);
    expect(check(dir, "--suppress-all", "--jobs", "2").code).toBe(0);
    expect(Object.keys(suppressions(dir).suppressions)).toHaveLength(100);
    writeFileSync(join(dir, "d/000.dossier.yaml"), ONE_ERROR);
    const serial = check(dir, "--format", "json", "--jobs", "1");
    const parallel = check(dir, "--format", "json", "--jobs", "2");
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(totals(parallel)).toEqual({ findings: [expect.objectContaining({ path: "d/000.dossier.yaml" })], baselined: 100 });
  });
});
