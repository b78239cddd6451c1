// `portvokter diff OLD NEW` and `report --since REV`, run as a user runs them (the built binary)
// in a throw-away git repository under the OS temp dir; and the portfolio check for duplicate
// project ids across one run.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { runCli } from "./helpers/cli.js";
import { CLEAN, workspace } from "./helpers/fixtures.js";

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", ...args], { cwd, stdio: "pipe" });

/** At BP2: b1's and b3's recipients name no stakeholder (two dossier/unknown-reference errors). */
const OLD = CLEAN.replace(/(- id: b1[\s\S]*?recipient: )\S+/, "$1finnes-ikke").replace(/(- id: b3[\s\S]*?recipient: )\S+/, "$1borte");

/**
 * Later: b1 fixed, b3 still wrong but moved to the top of the list, three lines added above
 * everything (so every line moves), and a new gap in b2.
 */
function later(): string {
  const text = OLD.replace(/(- id: b1[\s\S]*?recipient: )\S+/, "$1utenlandsseksjonen").replace(/(- id: b2[\s\S]*?recipient: )\S+/, "$1ny-feil");
  const head = text.indexOf("  - id: b1");
  const b3 = text.indexOf("  - id: b3");
  const end = text.indexOf("\nbenefits_plan:");
  const moved = text.slice(0, head) + text.slice(b3, end).replace(/\n*$/, "\n") + text.slice(head, b3) + text.slice(end + 1);
  return `# flyttet\n# tre\n# linjer\n${moved}`;
}

interface DiffFinding {
  rule: string;
  severity: string;
  message: string;
  pointer: string;
  line: number;
  column: number;
  before?: { severity: string; message: string; line: number; column: number };
}
interface DiffJson {
  before: { label: string; gate: string; project: { id: string } };
  after: { label: string; gate: string };
  summary: { resolved: number; new: number; persisting: number };
  resolved: DiffFinding[];
  new: DiffFinding[];
  persisting: DiffFinding[];
}

let repo = "";
beforeAll(() => {
  repo = workspace({});
  execFileSync("rm", ["-rf", join(repo, ".git")]);
  git(repo, "init", "-q");
  writeFileSync(join(repo, "p.dossier.yaml"), OLD);
  git(repo, "add", "p.dossier.yaml");
  git(repo, "commit", "-qm", "BP2");
  writeFileSync(join(repo, "p.dossier.yaml"), later());
  git(repo, "commit", "-qam", "later");
});

describe("portvokter diff", () => {
  it("the later version parses and moved b3 to the top (the test's own premise)", () => {
    const d = parseYaml(later()) as { benefits: Array<{ id: string; recipient: string }> };
    expect(d.benefits.map((b) => b.id)).toEqual(["b3", "b1", "b2"]);
    expect(d.benefits[0]!.recipient).toBe("borte");
  });

  it("json: resolved, new and persisting by rule and stable pointer, with each side's positions", () => {
    const r = runCli(["diff", "HEAD~1:p.dossier.yaml", "p.dossier.yaml", "--format", "json"], { cwd: repo });
    expect(r.stderr).toBe("");
    const d = JSON.parse(r.stdout) as DiffJson;
    expect(d.before).toMatchObject({ label: "HEAD~1:p.dossier.yaml", gate: "BP2", project: { id: "utenlandsstotte-automatisering" } });
    expect(d.after).toMatchObject({ label: "p.dossier.yaml", gate: "BP2" });
    expect(d.summary).toEqual({ resolved: 1, new: 1, persisting: 1 });
    expect(d.resolved[0]).toMatchObject({ rule: "dossier/unknown-reference", pointer: "/benefits/0/recipient" });
    expect(d.new[0]).toMatchObject({ rule: "dossier/unknown-reference", pointer: "/benefits/2/recipient" });
    // b3: index 2 → 0, and every line 3 further down plus the move; still the same finding.
    const p = d.persisting[0]!;
    expect(p).toMatchObject({ rule: "dossier/unknown-reference", pointer: "/benefits/0/recipient", severity: "error" });
    expect(p.before!.severity).toBe("error");
    const oldLine = OLD.split("\n").findIndex((l) => l.includes("recipient: borte")) + 1;
    const newLine = later().split("\n").findIndex((l) => l.includes("recipient: borte")) + 1;
    expect(p.before!.line).toBe(oldLine);
    expect(p.line).toBe(newLine);
    expect(newLine).not.toBe(oldLine);
    // Positions of a resolved finding come from the old side.
    expect(d.resolved[0]!.line).toBe(OLD.split("\n").findIndex((l) => l.includes("recipient: finnes-ikke")) + 1);
    expect(r.code).toBe(1); // a new error
  });

  it("stylish: the three groups, labelled with the file their positions are in, and a summary", () => {
    const r = runCli(["diff", "HEAD~1:p.dossier.yaml", "p.dossier.yaml"], { cwd: repo });
    expect(r.code).toBe(1);
    const out = r.stdout;
    expect(out).toMatch(/^HEAD~1:p\.dossier\.yaml \(BP2\) → p\.dossier\.yaml \(BP2\)\n/);
    expect(out).toContain("Løst (1) · posisjoner i HEAD~1:p.dossier.yaml");
    expect(out).toContain("Nye (1) · posisjoner i p.dossier.yaml");
    expect(out).toContain("Gjenstår (1) · posisjoner i p.dossier.yaml");
    expect(out).toMatch(/«b2» har mottaker «ny-feil»/);
    expect(out.trimEnd().split("\n").at(-1)).toBe("1 løst, 1 nye, 1 gjenstår");
    const en = runCli(["diff", "HEAD~1:p.dossier.yaml", "p.dossier.yaml", "--lang", "en"], { cwd: repo });
    expect(en.stdout.trimEnd().split("\n").at(-1)).toBe("1 resolved, 1 new, 1 persisting");
  });

  it("markdown: a heading and one table per non-empty group", () => {
    const r = runCli(["diff", "HEAD~1:p.dossier.yaml", "p.dossier.yaml", "--format", "markdown"], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^## HEAD\\~1:p\.dossier\.yaml \(BP2\) → p\.dossier\.yaml \(BP2\)\n/);
    expect(r.stdout.match(/^### /gm)).toHaveLength(3);
    expect(r.stdout.match(/^\| \d+:\d+ \| feil \|/gm)).toHaveLength(3);
    expect(r.stdout).toMatch(/\| dossier\/unknown-reference \|$/m);
  });

  it("file against file, and REV:./path relative to the working directory", () => {
    writeFileSync(join(repo, "old.yaml"), OLD);
    const files = runCli(["diff", "old.yaml", "p.dossier.yaml", "--format", "json"], { cwd: repo });
    expect((JSON.parse(files.stdout) as DiffJson).summary).toEqual({ resolved: 1, new: 1, persisting: 1 });
    const dot = runCli(["diff", "HEAD~1:./p.dossier.yaml", "HEAD:p.dossier.yaml", "--format", "json"], { cwd: repo });
    expect((JSON.parse(dot.stdout) as DiffJson).summary).toEqual({ resolved: 1, new: 1, persisting: 1 });
  });

  it("--rule applies to both sides", () => {
    const r = runCli(["diff", "HEAD~1:p.dossier.yaml", "p.dossier.yaml", "--format", "json", "--rule", "dossier/unknown-reference=off"], { cwd: repo });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as DiffJson).summary).toEqual({ resolved: 0, new: 0, persisting: 0 });
    expect(runCli(["diff", "HEAD~1:p.dossier.yaml", "p.dossier.yaml", "--rule", "nope=off"], { cwd: repo }).code).toBe(2);
  });

  it("no change is exit 0; only resolved findings is exit 0", () => {
    expect(runCli(["diff", "HEAD:p.dossier.yaml", "p.dossier.yaml"], { cwd: repo }).code).toBe(0);
    writeFileSync(join(repo, "clean.yaml"), CLEAN);
    const r = runCli(["diff", "HEAD~1:p.dossier.yaml", "clean.yaml", "--format", "json"], { cwd: repo });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as DiffJson).summary).toEqual({ resolved: 2, new: 0, persisting: 0 });
  });

  it("each side at its own gate; a severity that rose between the gates is shown and fails", () => {
    const bp2 = CLEAN.replace("  dpia: planned\n", "");
    const bp3 = bp2.replace("phase: konsept", "phase: planlegge").replace("next_gate: BP2", "next_gate: BP3");
    writeFileSync(join(repo, "a.yaml"), bp2);
    writeFileSync(join(repo, "b.yaml"), bp3);
    const r = runCli(["diff", "a.yaml", "b.yaml", "--format", "json"], { cwd: repo });
    const d = JSON.parse(r.stdout) as DiffJson;
    expect([d.before.gate, d.after.gate]).toEqual(["BP2", "BP3"]);
    const dpia = d.persisting.find((f) => f.rule === "security/dpia-missing")!;
    expect(dpia.severity).toBe("error");
    expect(dpia.before!.severity).toBe("warning");
    expect(r.code).toBe(1);
    expect(runCli(["diff", "a.yaml", "b.yaml"], { cwd: repo }).stdout).toMatch(/advarsel → feil .*security\/dpia-missing/);
    // --gate checks both at the same gate: the same severity on both sides.
    const same = JSON.parse(runCli(["diff", "a.yaml", "b.yaml", "--format", "json", "--gate", "BP3"], { cwd: repo }).stdout) as DiffJson;
    expect(same.persisting.find((f) => f.rule === "security/dpia-missing")!.before!.severity).toBe("error");
  });

  it("unusable input is exit 2 with one line: bad revision, missing path, missing file, invalid YAML", () => {
    const cases: Array<[string[], RegExp]> = [
      [["HEAD~9:p.dossier.yaml", "p.dossier.yaml"], /^portvokter: diff: HEAD~9:p\.dossier\.yaml: finnes ikke i git \(.*HEAD~9.*\)\n$/],
      [["HEAD:nope.yaml", "p.dossier.yaml"], /^portvokter: diff: HEAD:nope\.yaml: finnes ikke i git \(.*nope\.yaml.*\)\n$/],
      [["p.dossier.yaml", "borte.yaml"], /^portvokter: diff: borte\.yaml: finnes ikke\n$/],
      [["p.dossier.yaml", "bad.yaml"], /^portvokter: diff: bad\.yaml:\d+:\d+: .+\n$/],
    ];
    writeFileSync(join(repo, "bad.yaml"), "version: 1\nproject: [\n");
    for (const [args, line] of cases) {
      const r = runCli(["diff", ...args], { cwd: repo });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(line);
    }
  });

  it("--output writes the file and nothing to stdout", () => {
    const out = join(repo, "diff.md");
    const r = runCli(["diff", "HEAD~1:p.dossier.yaml", "p.dossier.yaml", "--format", "markdown", "--output", out], { cwd: repo });
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain("### Nye (1)");
  });
});

describe("report --since", () => {
  it("adds the section to the HTML and Markdown report; a dossier not at REV is new since REV", () => {
    writeFileSync(join(repo, "ny.dossier.yaml"), CLEAN.replace("id: utenlandsstotte-automatisering", "id: ny"));
    const html = runCli(["report", "p.dossier.yaml", "ny.dossier.yaml", "--since", "HEAD~1"], { cwd: repo }).stdout;
    expect(html).toContain("Siden forrige beslutningspunkt (HEAD~1)");
    expect(html).toContain("1 løst, 1 nye, 1 gjenstår");
    expect(html).toContain("ny siden HEAD~1");
    const md = runCli(["report", "p.dossier.yaml", "ny.dossier.yaml", "--since", "HEAD~1", "--format", "markdown"], { cwd: repo }).stdout;
    expect(md).toContain("### Siden forrige beslutningspunkt (HEAD\\~1)");
    expect(md).toContain("**1 løst, 1 nye, 1 gjenstår**");
    expect(md).toContain("_ny siden HEAD\\~1_");
  });

  it("without --since the report is what it was; a bad revision is exit 2", () => {
    for (const format of ["html", "markdown"]) {
      const plain = runCli(["report", "p.dossier.yaml", "--format", format, "--today", "2026-12-01"], { cwd: repo }).stdout;
      expect(plain).not.toContain("Siden forrige");
      const since = runCli(["report", "p.dossier.yaml", "--format", format, "--today", "2026-12-01", "--since", "HEAD"], { cwd: repo }).stdout;
      expect(since).toContain("Siden forrige");
    }
    const r = runCli(["report", "p.dossier.yaml", "--since", "nope"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: --since nope: ingen slik revisjon i git (eller ikke i et git-repo)\n");
  });
});

describe("portfolio: duplicate project.id", () => {
  const other = (id: string) => CLEAN.replace("id: utenlandsstotte-automatisering", `id: ${id}`);

  it("is a warning on every dossier after the first in path order, at project.id, naming the first", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN, "b.dossier.yaml": CLEAN, "c.dossier.yaml": CLEAN, "d.dossier.yaml": other("eget") });
    const outs = ["1", "2"].map((jobs) => runCli(["check", ".", "--format", "json", "--jobs", jobs], { cwd: dir }));
    const [one, two] = outs.map((r) => JSON.parse(r.stdout) as { files: Array<{ path: string; findings: DiffFinding[] }> });
    expect(one).toEqual(two);
    const byPath = new Map(one!.files.map((f) => [f.path, f.findings]));
    expect(byPath.get("a.dossier.yaml")).toEqual([]);
    expect(byPath.get("d.dossier.yaml")).toEqual([]);
    const line = CLEAN.split("\n").findIndex((l) => l.includes("id: utenlandsstotte-automatisering")) + 1;
    for (const p of ["b.dossier.yaml", "c.dossier.yaml"]) {
      expect(byPath.get(p)).toEqual([
        expect.objectContaining({ rule: "portfolio/duplicate-project-id", severity: "warning", pointer: "/project/id", line, column: 3 }),
      ]);
      expect(byPath.get(p)![0]!.message).toContain("a.dossier.yaml");
    }
    expect(outs[0]!.code).toBe(0); // a warning: fails only with --max-warnings or --fail-severity warning
  });

  it("the same across worker threads (enough files for the pool: 2 × MIN_FILES_PER_WORKER)", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`d${String(i).padStart(3, "0")}.dossier.yaml`] = other(i % 2 ? "odd" : `even-${i}`);
    const dir = workspace(files);
    const [one, many] = ["1", "2"].map((jobs) => runCli(["check", ".", "--format", "json", "--jobs", jobs], { cwd: dir }).stdout);
    expect(many).toBe(one);
    const dupes = (JSON.parse(one!) as { files: Array<{ findings: DiffFinding[] }> }).files.filter((f) => f.findings.length > 0);
    expect(dupes).toHaveLength(99); // d003 … d199 repeat d001's "odd"
    expect(dupes.every((f) => f.findings[0]!.message.includes("d001.dossier.yaml"))).toBe(true);
  });

  it("json carries each file's project facts", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN, "x.dossier.yaml": "version: 1\nproject: [\n" });
    const files = (JSON.parse(runCli(["check", ".", "--format", "json"], { cwd: dir }).stdout) as { files: Array<{ path: string; project: unknown }> }).files;
    expect(files.find((f) => f.path === "a.dossier.yaml")!.project).toEqual({
      id: "utenlandsstotte-automatisering",
      name: "Automatisert behandling av utdanningsstøtte i utlandet",
      phase: "konsept",
      next_gate: "BP2",
    });
    expect(files.find((f) => f.path === "x.dossier.yaml")!.project).toBeNull();
  });
});
