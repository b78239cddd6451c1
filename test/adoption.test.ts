// Issue 13 as a project office lives it (README «Adopting it in a project office»): 40 existing
// dossiers in a git repository, a shared config package with the office's own rule pack, a
// baseline of today's gaps, CI failing only on a new one, and the diff since the last gate.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, ROOT, runCli, tempDir } from "./helpers/cli.js";
import { withProjectId } from "./helpers/fixtures.js";

const TODAY = ["--today", "2026-12-01"];
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=PMO", "-c", "user.email=pmo@example.org", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" });

interface JsonFile {
  path: string;
  findings: Array<{ rule: string; severity: string; line: number }>;
  baselined?: unknown[];
}

/** The portfolio repository: 40 dossiers (the examples, each under its own project id), 3 archived ones. */
function portfolio(): string {
  const repo = tempDir();
  git(repo, "init", "-q");
  const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".dossier.yaml")).sort();
  mkdirSync(join(repo, "portefolje", "arkiv"), { recursive: true });
  for (let i = 1; i <= 40; i++) {
    const text = readFileSync(join(ROOT, "examples", examples[i % examples.length]!), "utf8");
    writeFileSync(join(repo, "portefolje", `p${String(i).padStart(2, "0")}.dossier.yaml`), withProjectId(text, `prosjekt-${i}`));
  }
  for (let i = 1; i <= 3; i++) writeFileSync(join(repo, "portefolje", "arkiv", `gammel-${i}.dossier.yaml`), "ikke: [en dossier\n");

  // The office's shared package, as `npm install` puts it: YAML only.
  const pkg = join(repo, "node_modules", "@kommune", "portvokter-config");
  mkdirSync(pkg, { recursive: true });
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "@kommune/portvokter-config", version: "1.0.0" }));
  writeFileSync(join(pkg, "portvokter.config.yaml"), "packs:\n  - kommune.pack.yaml\nrules:\n  change/*: warning\n");
  copyFileSync(join(ROOT, "examples", "packs", "kommune.pack.yaml"), join(pkg, "kommune.pack.yaml"));

  writeFileSync(
    join(repo, "portvokter.config.yaml"),
    'extends: "@kommune/portvokter-config"\nfiles:\n  - portefolje\nignore:\n  - portefolje/arkiv/**\n',
  );
  writeFileSync(join(repo, ".gitignore"), "node_modules/\n");
  return repo;
}

const check = (repo: string, ...args: string[]) => runCli(["check", "--format", "json", ...TODAY, ...args], { cwd: repo, timeout: 120_000 });
const files = (r: ReturnType<typeof check>) => json(r).files as unknown as JsonFile[];

describe("adoption on a 40-project portfolio", () => {
  it("shared config and pack → baseline → only a new gap fails → diff since the gate", () => {
    const repo = portfolio();

    // 1. The first run: every dossier, none from the archive, the office's pack rules among the findings.
    const first = check(repo);
    expect(first.code).toBe(1);
    expect(files(first).map((f) => f.path)).toHaveLength(40);
    expect(files(first).some((f) => f.path.includes("arkiv"))).toBe(false);
    const rules = new Set(files(first).flatMap((f) => f.findings.map((x) => x.rule)));
    expect([...rules].some((r) => r.startsWith("kommune/"))).toBe(true);
    // Each project has its own id: no portfolio finding.
    expect(rules.has("portfolio/duplicate-project-id")).toBe(false);

    // 2. The merged settings, with the package they come from.
    const printed = runCli(["print-config", "--format", "json"], { cwd: repo });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain("@kommune/portvokter-config");
    expect(JSON.parse(printed.stdout).packs).toEqual(["node_modules/@kommune/portvokter-config/kommune.pack.yaml"]);

    // 3a. One rule of the office's pack can be baselined alone (and a mistyped one is named).
    const one = check(repo, "--suppress-rule", "kommune/strategi-lenke");
    expect(files(one).flatMap((f) => f.findings).some((x) => x.rule === "kommune/strategi-lenke")).toBe(false);
    const typo = check(repo, "--suppress-rule", "kommune/strategi-lenk");
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/kommune\/strategi-lenke/);

    // 3. Today's gaps become the baseline: the run passes, the file is committed with the dossiers.
    const suppress = check(repo, "--suppress-all");
    expect(suppress.code).toBe(0);
    expect(existsSync(join(repo, "portvokter-suppressions.json"))).toBe(true);
    const baselined = files(suppress).reduce((n, f) => n + (f.baselined?.length ?? 0), 0);
    expect(baselined).toBeGreaterThan(40);
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "BP2 for the portfolio");
    git(repo, "tag", "bp2");
    expect(check(repo).code).toBe(0);

    // 4. A change that moves every line of one dossier and adds one gap: exactly one new finding.
    const path = join(repo, "portefolje", "p02.dossier.yaml");
    const text = readFileSync(path, "utf8");
    expect(text).toMatch(/recipient: \S+/);
    writeFileSync(path, "# Oppdatert før BP3\n\n" + text.replace(/recipient: \S+/, "recipient: finnes-ikke"));
    const after = check(repo);
    expect(after.code).toBe(1);
    const fresh = files(after).flatMap((f) => f.findings.map((x) => ({ ...x, path: f.path })));
    expect(fresh).toEqual([expect.objectContaining({ path: "portefolje/p02.dossier.yaml", rule: "dossier/unknown-reference", severity: "error" })]);

    // 5. Before the gate meeting: what is new since BP2 in that dossier.
    const diff = runCli(["diff", "bp2:portefolje/p02.dossier.yaml", "portefolje/p02.dossier.yaml", "--format", "json", ...TODAY], { cwd: repo });
    expect(diff.code).toBe(1);
    const d = JSON.parse(diff.stdout) as { new: Array<{ rule: string; line: number }>; resolved: unknown[] };
    expect(d.new).toEqual([expect.objectContaining({ rule: "dossier/unknown-reference" })]);
    expect(d.resolved).toEqual([]);
  }, 300_000);
});
