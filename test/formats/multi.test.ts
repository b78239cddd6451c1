// Several formats in one run: --format is repeatable; NAME=FILE writes that format to FILE, at
// most one plain NAME goes to --output or stdout.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CLEAN, ONE_ERROR, parseXml, sarif, workspace } from "./helpers.js";

const check = (args: string[], cwd: string) => runCli(["check", "--no-config", ...args], { cwd });

describe("check: several formats in one run", () => {
  it("--format sarif=FILE --format stylish writes SARIF to the file and stylish to stdout", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR });
    const r = runCli(["check", "--no-config", "b.dossier.yaml", "--format", `sarif=${join(dir, "a.sarif")}`, "--format", "stylish"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^b\.dossier\.yaml {2}\(BP2\)$/m);
    expect(r.stdout).toMatch(/✖ 1 funn/);
    const log = sarif(readFileSync(join(dir, "a.sarif"), "utf8"));
    expect(log.runs[0]!.results.map((x) => x.ruleId)).toEqual(["dossier/unknown-reference"]);
    // No temporary file is left beside it.
    expect(readdirSync(dir).filter((f) => f.startsWith(".portvokter-tmp"))).toEqual([]);
  });

  it("only NAME=FILE values: every file written, stdout empty; the exit code is the run's", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR });
    const r = check(["b.dossier.yaml", "-f", "junit=funn.xml", "-f", "github=gh.txt", "--format", "json=funn.json"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("");
    expect(parseXml(readFileSync(join(dir, "funn.xml"), "utf8")).attributes.failures).toBe("1");
    expect(readFileSync(join(dir, "gh.txt"), "utf8")).toMatch(/^::error file=b\.dossier\.yaml,/);
    expect(JSON.parse(readFileSync(join(dir, "funn.json"), "utf8")).summary).toMatchObject({ errors: 1 });
  });

  it("the plain format goes to --output when given; colour only with --color", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR });
    const r = check(["b.dossier.yaml", "--format", "stylish", "--output", "funn.txt", "--format", "sarif=funn.sarif"], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(readFileSync(join(dir, "funn.txt"), "utf8")).toMatch(/✖ 1 funn/);
    expect(readFileSync(join(dir, "funn.txt"), "utf8")).not.toMatch(/\x1b\[/);
    sarif(readFileSync(join(dir, "funn.sarif"), "utf8"));
    const colour = check(["b.dossier.yaml", "--format", "stylish=farge.txt", "--color"], dir);
    expect(colour.stdout).toBe("");
    expect(readFileSync(join(dir, "farge.txt"), "utf8")).toMatch(/\x1b\[/);
  });

  it("no --format is stylish to stdout; one plain --format as before", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN });
    expect(check(["a.dossier.yaml"], dir).stdout).toMatch(/✔ Ingen funn \(1 fil\)/);
    expect(JSON.parse(check(["a.dossier.yaml", "--format", "json"], dir).stdout).summary.files).toBe(1);
  });

  it("refuses two plain formats, an unknown format and an empty =FILE, naming the known formats", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR });
    const two = check(["b.dossier.yaml", "--format", "json", "--format", "stylish"], dir);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe("");
    expect(two.stderr).toMatch(/^portvokter: --format: bare ett format kan skrives til stdout \(json, stylish\); skriv de andre som NAVN=FIL; kjente formater: stylish, json, sarif, junit, github/);
    const twoEn = check(["b.dossier.yaml", "--format", "json", "--format", "sarif", "--output", "x.txt", "--lang", "en"], dir);
    expect(twoEn.code).toBe(2);
    expect(twoEn.stderr).toMatch(/only one format can go to --output \(json, sarif\)/);
    expect(existsSync(join(dir, "x.txt"))).toBe(false);
    const unknown = check(["b.dossier.yaml", "--format", "xml=funn.xml"], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--format xml=funn\.xml: ukjent format «xml»; kjente formater: stylish, json, sarif, junit, github/);
    expect(existsSync(join(dir, "funn.xml"))).toBe(false);
    expect(check(["b.dossier.yaml", "--format", "sarif="], dir).stderr).toMatch(/--format sarif=: skriv sarif=FIL/);
    expect(check(["b.dossier.yaml", "--format", "stylish", "--format", "sarif=a.txt", "--output", "a.txt"], dir).stderr).toMatch(/a\.txt er nevnt to ganger/);
    expect(check(["b.dossier.yaml", "--format", "sarif=a.txt", "--output", "b.txt"], dir).stderr).toMatch(/--output b\.txt: ingen --format uten =FIL/);
    expect(check(["b.dossier.yaml", "--format", "sarif=a.txt", "--format", "json=./a.txt"], dir).stderr).toMatch(/a\.txt er nevnt to ganger/);
    expect(readdirSync(dir).sort()).toEqual([".git", "b.dossier.yaml"]);
  });

  it("refuses a NAME=FILE target that is one of the inputs, and leaves the dossier alone", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR, "d/c.dossier.yaml": CLEAN });
    for (const args of [
      ["b.dossier.yaml", "--format", "json=b.dossier.yaml"],
      ["b.dossier.yaml", "--format", "stylish", "--format", "sarif=./b.dossier.yaml"],
      [".", "--format", "junit=d/c.dossier.yaml"], // found by searching the folder
    ]) {
      const r = check(args, dir);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/skriver aldri over en dossier/);
    }
    expect(readFileSync(join(dir, "b.dossier.yaml"), "utf8")).toBe(ONE_ERROR);
    expect(readFileSync(join(dir, "d", "c.dossier.yaml"), "utf8")).toBe(CLEAN);
  });

  it("a NAME=FILE that cannot be written is a plain message and exit 2", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN });
    const r = check(["a.dossier.yaml", "--format", "sarif=finnes/ikke/a.sarif", "--format", "stylish"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: kan ikke skrive finnes/ikke/a.sarif: ENOENT\n");
  });

  it("--help documents the convention", () => {
    const help = runCli(["check", "--help", "--lang", "en"]).stdout.replace(/\s+/g, " ");
    expect(help).toMatch(/NAME=FILE writes that format/);
    expect(help).toMatch(/sarif, junit, github/);
  });
});
