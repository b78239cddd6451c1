// One schema error does not hide every rule finding: the rules that read none of the sections
// with errors still run, and schema/rules-skipped names the ones that did not (issue 12, item 6).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, ROOT, runCli } from "./helpers/cli.js";
import { workspace } from "./helpers/fixtures.js";

const DIGI = readFileSync(join(ROOT, "examples", "digibarnevern-bp4.dossier.yaml"), "utf8");
const check = (dir: string, file: string, ...args: string[]) => runCli(["check", file, "--format", "json", "--today", "2026-06-15", ...args], { cwd: dir });
type F = { rule: string; pointer: string; line: number; severity: string; message: string };
const ruleFindings = (fs: F[]) => fs.filter((f) => !f.rule.startsWith("schema/"));

describe("a dossier with a schema error in one section", () => {
  const dir = workspace({
    "ok.dossier.yaml": DIGI,
    "bad.dossier.yaml": DIGI.replace(/importance: høy/, "importance: hoy"),
  });
  const valid = json(check(dir, "ok.dossier.yaml")).files[0]!;
  const r = check(dir, "bad.dossier.yaml");
  const bad = json(r).files[0]!;
  const findings = bad.findings as F[];

  it("is still invalid (exit 1: schema violations are errors), with the schema error at its place", () => {
    expect(r.code).toBe(1);
    expect(bad.status).toBe("invalid");
    expect(findings.filter((f) => f.rule === "schema/enum").map((f) => f.pointer)).toEqual(["/stakeholders/0/importance"]);
  });

  it("gets the findings of every rule that does not read that section, and no others", () => {
    const got = ruleFindings(findings);
    const skipped = findings.find((f) => f.rule === "schema/rules-skipped")!;
    expect(got.length).toBeGreaterThan(10);
    // Nothing new: each is a finding the valid dossier has too, at the same place.
    const key = (f: F) => `${f.rule} ${f.pointer} ${f.line}`;
    const validKeys = new Set((valid.findings as F[]).map(key));
    for (const f of got) expect(validKeys.has(key(f)), key(f)).toBe(true);
    // Rules that read stakeholders are not among them (their findings could be wrong).
    expect(got.some((f) => f.rule.startsWith("stakeholders/") || f.rule.startsWith("municipal/actor"))).toBe(false);
    expect(got.some((f) => f.rule.startsWith("architecture/"))).toBe(true);
    expect(skipped).toMatchObject({ severity: "info", pointer: "/stakeholders" });
    expect(skipped.message).toMatch(/^\d+ regler som leser «stakeholders», ble ikke kjørt fordi seksjonen ikke følger skjemaet/);
    const count = Number(/^(\d+)/.exec(skipped.message)![1]);
    const validRules = new Set((valid.findings as F[]).map((f) => f.rule));
    const kept = new Set(got.map((f) => f.rule));
    // Every rule with findings in the valid dossier either ran here or was named as skipped.
    expect(kept.size + count).toBeGreaterThanOrEqual(validRules.size - [...validRules].filter((id) => id.startsWith("dossier/waiver")).length);
  });

  it("says so in stylish, in the file's summary line", () => {
    const out = runCli(["check", "bad.dossier.yaml", "--today", "2026-06-15", "--no-color"], { cwd: dir }).stdout;
    expect(out).toContain("schema/rules-skipped");
    expect(out).toContain("filen følger ikke skjemaet: regler som leser en del med feil, ble ikke kjørt");
  });
});

describe("where no rule can run", () => {
  it("an error in project, version or waivers keeps every rule off, as before", () => {
    const dir = workspace({
      "project.dossier.yaml": DIGI.replace(/level: stat/, "level: statlig"),
      "waivers.dossier.yaml": DIGI.replace(/(waivers:\n  - )/, "$1ukjent: 1\n    "),
    });
    for (const file of ["project.dossier.yaml", "waivers.dossier.yaml"]) {
      const f = json(check(dir, file)).files[0]!;
      expect(f.status, file).toBe("invalid");
      expect((f.findings as F[]).filter((x) => !x.rule.startsWith("schema/")), file).toEqual([]);
      expect((f.findings as F[]).some((x) => x.rule === "schema/rules-skipped"), file).toBe(false);
    }
  });

  it("a misspelt section is left out: its rules see it missing, and say so", () => {
    const dir = workspace({ "typo.dossier.yaml": DIGI.replace(/^stakeholders:/m, "stakeholder:") });
    const f = json(check(dir, "typo.dossier.yaml")).files[0]!;
    const fs = f.findings as F[];
    expect(fs.find((x) => x.rule === "schema/unknown-key")!.message).toContain("stakeholders");
    expect(fs.some((x) => x.rule === "stakeholders/missing")).toBe(true);
  });
});
