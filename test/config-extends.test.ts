// Shared config: `extends` (local files and YAML files in installed packages, later wins),
// errors with positions, `ignore` whatever path is given, print-config and rules --config.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli } from "./helpers/cli.js";
import { CLEAN, ONE_ERROR, withProjectId, workspace } from "./helpers/fixtures.js";

const RULE = "dossier/unknown-reference";
const rulesOf = (r: ReturnType<typeof runCli>) => json(r).files.flatMap((f) => f.findings.map((x) => `${f.path} ${x.rule} ${x.severity}`));

describe("extends: local files", () => {
  it("merges the extended file under the declaring one; later wins", () => {
    const dir = workspace({
      "felles/base.yaml": `rules:\n  ${RULE}: off\n`,
      "portvokter.config.yaml": "extends: ./felles/base.yaml\n",
      "a.dossier.yaml": ONE_ERROR,
    });
    expect(runCli(["check", "a.dossier.yaml"], { cwd: dir }).code).toBe(0);
    // The declaring config overrides what it extends.
    writeFileSync(join(dir, "portvokter.config.yaml"), `extends: [./felles/base.yaml]\nrules:\n  ${RULE}: warning\n`);
    const r = runCli(["check", "a.dossier.yaml", "--format", "json"], { cwd: dir });
    expect(rulesOf(r)).toEqual([`a.dossier.yaml ${RULE} warning`]);
    // Of two extended files the later wins.
    writeFileSync(join(dir, "felles/streng.yaml"), `rules:\n  ${RULE}: info\n`);
    writeFileSync(join(dir, "portvokter.config.yaml"), "extends:\n  - ./felles/base.yaml\n  - ./felles/streng.yaml\n");
    expect(rulesOf(runCli(["check", "a.dossier.yaml", "--format", "json"], { cwd: dir }))).toEqual([`a.dossier.yaml ${RULE} info`]);
  });

  it("a chain: a config extends one that extends another, relative to each file", () => {
    const dir = workspace({
      "felles/sub/grunn.yaml": `rules:\n  ${RULE}: off\n`,
      "felles/base.yaml": "extends: ./sub/grunn.yaml\n",
      "prosjekt/portvokter.config.yaml": "extends: ../felles/base.yaml\n",
      "prosjekt/a.dossier.yaml": ONE_ERROR,
    });
    expect(runCli(["check", "a.dossier.yaml"], { cwd: join(dir, "prosjekt") }).code).toBe(0);
  });
});

describe("extends: installed packages (YAML only, nothing executed)", () => {
  const pkg = (dir: string, manifest: Record<string, unknown>, files: Record<string, string>) => {
    const root = join(dir, "node_modules", "@kommune", "portvokter-config");
    mkdirSync(root, { recursive: true });
    // Code the package offers: portvokter must never run it.
    writeFileSync(join(root, "index.js"), `require("fs").writeFileSync(${JSON.stringify(join(dir, "RAN"))}, "x");\n`);
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "@kommune/portvokter-config", version: "1.0.0", main: "index.js", ...manifest }));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  };

  it("a bare package name reads its portvokter.config.yaml; a path inside it reads that file", () => {
    const dir = workspace({ "portvokter.config.yaml": 'extends: "@kommune/portvokter-config"\n', "a.dossier.yaml": ONE_ERROR });
    pkg(dir, {}, { "portvokter.config.yaml": `rules:\n  ${RULE}: off\n`, "streng.yaml": `rules:\n  ${RULE}: error\n` });
    expect(runCli(["check", "a.dossier.yaml"], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, "portvokter.config.yaml"), 'extends: "@kommune/portvokter-config/streng.yaml"\n');
    expect(runCli(["check", "a.dossier.yaml"], { cwd: dir }).code).toBe(1);
    expect(existsSync(join(dir, "RAN"))).toBe(false);
  });

  it("package.json's `portvokter` field names the file; it cannot point out of the package", () => {
    const dir = workspace({ "portvokter.config.yaml": 'extends: "@kommune/portvokter-config"\n', "a.dossier.yaml": ONE_ERROR, "outside.yaml": `rules:\n  ${RULE}: off\n` });
    pkg(dir, { portvokter: "config/anbefalt.yaml" }, {});
    mkdirSync(join(dir, "node_modules/@kommune/portvokter-config/config"));
    writeFileSync(join(dir, "node_modules/@kommune/portvokter-config/config/anbefalt.yaml"), `rules:\n  ${RULE}: off\n`);
    expect(runCli(["check", "a.dossier.yaml"], { cwd: dir }).code).toBe(0);
    pkg(dir, { portvokter: "../../../outside.yaml" }, {});
    const r = runCli(["check", "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('portvokter.config.yaml:1:10: extends «@kommune/portvokter-config»: pakken har ikke denne konfigurasjonsfilen');
  });

  it("a package's ignore globs are relative to the config that extends it", () => {
    const dir = workspace({ "portvokter.config.yaml": 'extends: "@kommune/portvokter-config"\n', "p/a.dossier.yaml": CLEAN, "p/utkast/b.dossier.yaml": ONE_ERROR });
    pkg(dir, {}, { "portvokter.config.yaml": "ignore:\n  - '**/utkast/**'\n" });
    const r = runCli(["check", "p", "--format", "json"], { cwd: dir });
    expect(json(r).files.map((f) => f.path)).toEqual(["p/a.dossier.yaml"]);
  });
});

describe("extends: errors with positions (exit 2)", () => {
  it("a missing file names the entry's position", () => {
    const dir = workspace({ "portvokter.config.yaml": "lang: nb\nextends:\n  - ./felles.yaml\n", "a.dossier.yaml": CLEAN });
    const r = runCli(["check", "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: portvokter.config.yaml:3:5: extends «./felles.yaml»: finnes ikke\n");
  });

  it("an unknown package says so, and that a path starts with ./", () => {
    const dir = workspace({ "portvokter.config.yaml": "extends: felles.yaml\n", "a.dossier.yaml": CLEAN });
    const r = runCli(["check", "a.dossier.yaml", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: portvokter.config.yaml:1:10: extends «felles.yaml»: package not found in node_modules (a path must start with ./ or ../)\n");
  });

  it("a cycle names the chain with the position of each entry", () => {
    const dir = workspace({
      "portvokter.config.yaml": "extends: ./a.yaml\n",
      "a.yaml": "lang: nb\nextends: ./b.yaml\n",
      "b.yaml": "lang: nb\nextends: [./a.yaml]\n",
      "x.dossier.yaml": CLEAN,
    });
    const r = runCli(["check", "x.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: extends går i ring: a.yaml:2:10 → b.yaml:2:11 → a.yaml\n");
    // A config that extends itself.
    writeFileSync(join(dir, "portvokter.config.yaml"), "extends: ./portvokter.config.yaml\n");
    expect(runCli(["check", "x.dossier.yaml"], { cwd: dir }).stderr).toBe(
      "portvokter: extends går i ring: portvokter.config.yaml:1:10 → portvokter.config.yaml\n",
    );
  });

  it("a chain of more than 20 files is refused at the entry that goes one too far", () => {
    const files: Record<string, string> = { "portvokter.config.yaml": "extends: ./c1.yaml\n", "x.dossier.yaml": CLEAN };
    for (let i = 1; i <= 25; i++) files[`c${i}.yaml`] = `extends: ./c${i + 1}.yaml\n`;
    files["c26.yaml"] = "lang: nb\n";
    const r = runCli(["check", "x.dossier.yaml"], { cwd: workspace(files) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: c19.yaml:1:10: extends: mer enn 20 konfigurasjonsfiler i kjeden\n");
  });

  it("no --output may overwrite a config file the run extends", () => {
    const dir = workspace({ "portvokter.config.yaml": "extends: ./felles/base.yaml\n", "felles/base.yaml": "lang: nb\n", "a.dossier.yaml": CLEAN });
    const r = runCli(["check", "a.dossier.yaml", "--output", "felles/base.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("felles/base.yaml: portvokter skriver aldri over en konfigurasjonsfil");
    expect(readFileSync(join(dir, "felles/base.yaml"), "utf8")).toBe("lang: nb\n");
  });

  it("a schema error in an extended file points into that file", () => {
    const dir = workspace({ "portvokter.config.yaml": "extends: ./felles/g.yaml\n", "felles/g.yaml": "lang: nb\ngate: BP9\n", "a.dossier.yaml": CLEAN });
    const r = runCli(["check", "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^portvokter: felles\/g\.yaml:2:7: «BP9»/);
    writeFileSync(join(dir, "felles/g.yaml"), "rules:\n  benefits/nope: off\n");
    expect(runCli(["check", "a.dossier.yaml"], { cwd: dir }).stderr).toMatch(/^portvokter: felles\/g\.yaml:2:3: ukjent regel «benefits\/nope»/);
  });
});

describe("ignore, whatever path is given", () => {
  const tree = () =>
    workspace({
      "portvokter.config.yaml": "ignore:\n  - portefolje/arkiv/**\n",
      "portefolje/a.dossier.yaml": CLEAN,
      "portefolje/arkiv/gammel.dossier.yaml": ONE_ERROR,
    });

  it("a folder argument (from the root or below it) skips what the config ignores", () => {
    const dir = tree();
    for (const [cwd, arg, shown] of [
      [dir, "portefolje", "portefolje/a.dossier.yaml"],
      [dir, ".", "portefolje/a.dossier.yaml"],
      [dir, "portefolje/**/*.yaml", "portefolje/a.dossier.yaml"],
      [join(dir, "portefolje"), ".", "a.dossier.yaml"],
    ] as const) {
      const r = runCli(["check", arg, "--format", "json"], { cwd });
      expect(r.code, `${cwd} ${arg}`).toBe(0);
      expect(json(r).files.map((f) => f.path)).toEqual([shown]);
    }
  });

  it("a file named on the command line is skipped with a warning; --no-ignore checks it", () => {
    const dir = tree();
    const r = runCli(["check", "portefolje/arkiv/gammel.dossier.yaml", "portefolje/a.dossier.yaml", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r).files.map((f) => f.path)).toEqual(["portefolje/a.dossier.yaml"]);
    expect(r.stderr).toContain("portvokter: advarsel: portefolje/arkiv/gammel.dossier.yaml: hoppet over fordi ignore-mønsteret «portefolje/arkiv/**» i portvokter.config.yaml treffer filen");
    const all = runCli(["check", "--no-ignore", "portefolje", "--format", "json"], { cwd: dir });
    expect(all.code).toBe(1);
    expect(json(all).files.map((f) => f.path)).toEqual(["portefolje/a.dossier.yaml", "portefolje/arkiv/gammel.dossier.yaml"]);
  });

  it("an extended config's ignore is relative to that file's folder", () => {
    const dir = workspace({
      "felles/base.yaml": "ignore:\n  - ../portefolje/arkiv\n",
      "portvokter.config.yaml": "extends: ./felles/base.yaml\n",
      "portefolje/a.dossier.yaml": CLEAN,
      "portefolje/arkiv/gammel.dossier.yaml": ONE_ERROR,
    });
    const r = runCli(["check", "portefolje", "--format", "json"], { cwd: dir });
    expect(json(r).files.map((f) => f.path)).toEqual(["portefolje/a.dossier.yaml"]);
  });
});

describe("print-config", () => {
  const dir = workspace({
    "felles/base.yaml": "gate: BP3\nignore:\n  - arkiv/**\nrules:\n  benefits/*: off\n",
    "portvokter.config.yaml": `extends: ./felles/base.yaml\nrules:\n  ${RULE}: warning\n`,
  });

  it("prints the merged config as YAML with the files it came from", () => {
    const r = runCli(["print-config"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "# Konfigurasjonen portvokter bruker her, sammenslått (senere filer vinner over tidligere):",
        "#   felles/base.yaml",
        "#   portvokter.config.yaml",
        "gate: BP3",
        "rules:",
        "  benefits/*: off",
        `  ${RULE}: warning`,
        "ignore:",
        "  - felles/arkiv/**",
        "",
      ].join("\n"),
    );
  });

  it("--format json, with whether a file is ignored; -c and --no-config", () => {
    const r = runCli(["print-config", "felles/arkiv/x.dossier.yaml", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual({
      sources: ["felles/base.yaml", "portvokter.config.yaml"],
      gate: "BP3",
      rules: { "benefits/*": "off", [RULE]: "warning" },
      ignore: ["felles/arkiv/**"],
      file: { path: "felles/arkiv/x.dossier.yaml", ignored: { pattern: "arkiv/**", config: "felles/base.yaml" } },
    });
    expect(JSON.parse(runCli(["print-config", "-c", "felles/base.yaml", "--format", "json"], { cwd: dir }).stdout).sources).toEqual(["felles/base.yaml"]);
    expect(JSON.parse(runCli(["print-config", "--no-config", "--format", "json"], { cwd: dir }).stdout)).toEqual({ sources: [] });
    // An empty extended file is still one of the sources.
    const empty = workspace({ "portvokter.config.yaml": "extends: ./tom.yaml\n", "tom.yaml": "" });
    expect(JSON.parse(runCli(["print-config", "--format", "json"], { cwd: empty }).stdout)).toEqual({ sources: ["tom.yaml", "portvokter.config.yaml"] });
  });
});

describe("rules --config", () => {
  const dir = workspace({ "portvokter.config.yaml": `gate: BP2\nrules:\n  ${RULE}: warning\n  benefits/*: off\n` });

  it("shows the effective severity next to the default", () => {
    const r = runCli(["rules", "--config", "--theme", "dossier"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/^regel\s+beslutningspunkt\s+med konfigurasjonen \(BP2\)\s+flagger$/);
    expect(r.stdout).toMatch(new RegExp(`^${RULE}\\s+BP1: feil\\s+advarsel\\s+`, "m"));
    const list = JSON.parse(runCli(["rules", "-c", "portvokter.config.yaml", "--format", "json", "--theme", "benefits"], { cwd: dir }).stdout) as Array<{
      effective: Record<string, string>;
      effectiveAt: { gate: string; severity: string | null };
    }>;
    expect(list.length).toBeGreaterThan(0);
    for (const rule of list) expect(Object.values(rule.effective).every((s) => s === "off")).toBe(true);
  });

  it("without --config the catalogue is the same, config or none", () => {
    const empty = workspace({});
    expect(runCli(["rules"], { cwd: dir }).stdout).toBe(runCli(["rules"], { cwd: empty }).stdout);
    expect(runCli(["rules", "--format", "json"], { cwd: dir }).stdout).toBe(runCli(["rules", "--format", "json"], { cwd: empty }).stdout);
  });
});

describe("worker threads get the merged config", () => {
  it("--jobs 2 on 200 files: the extended config's rules apply in every worker", () => {
    const files: Record<string, string> = {
      "felles/base.yaml": `rules:\n  ${RULE}: off\n`,
      "portvokter.config.yaml": "extends: ./felles/base.yaml\n",
    };
    for (let i = 0; i < 200; i++) files[`d/f${String(i).padStart(3, "0")}.dossier.yaml`] = withProjectId(ONE_ERROR, `p${i}`);
    const dir = workspace(files);
    const r = runCli(["check", "d", "--jobs", "2", "--format", "json"], { cwd: dir, timeout: 120_000 });
    expect(r.code).toBe(0);
    expect(json(r).files).toHaveLength(200);
    expect(rulesOf(r)).toEqual([]);
    // The control: without the config every file has the finding.
    expect(rulesOf(runCli(["check", "d", "--jobs", "2", "--format", "json", "--no-config"], { cwd: dir, timeout: 120_000 }))).toHaveLength(200);
  }, 240_000);
});
