// Issue 12 item 13: the report names which version of each dossier it read, as git knows it.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, appendFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "../helpers/cli.js";

const EXAMPLE = join(ROOT, "examples", "digibarnevern-bp4.dossier.yaml");
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" }).trim();

function versionLine(cwd: string, file: string, ...args: string[]): string {
  const r = runCli(["report", file, "--format", "markdown", "--no-config", "--today", "2026-12-01", ...args], { cwd });
  expect(r.code).not.toBe(2);
  const line = r.stdout.split("\n").find((l) => /^- \*\*(Versjon|Version):\*\*/.test(l));
  expect(line, r.stdout.slice(0, 2000)).toBeDefined();
  return line!;
}

describe("report: the dossier's version", () => {
  it("names the commit when the file is as committed, says so when changed or not yet added, and gives git's content id", () => {
    const repo = tempDir();
    git(repo, "init", "-q");
    mkdirSync(join(repo, "portefolje"));
    copyFileSync(EXAMPLE, join(repo, "portefolje", "digi.dossier.yaml"));
    git(repo, "add", ".");
    git(repo, "commit", "-q", "-m", "BP4");
    const [commit, date] = git(repo, "log", "-1", "--format=%H %cs").split(" ");
    const short = commit!.slice(0, 10);
    expect(versionLine(repo, "portefolje/digi.dossier.yaml")).toBe(`- **Versjon:** som i commit ${short} (${date})`);
    // From a subfolder, and with an absolute path, the same file is found in HEAD.
    expect(versionLine(join(repo, "portefolje"), "digi.dossier.yaml")).toBe(`- **Versjon:** som i commit ${short} (${date})`);
    expect(versionLine(tempDir(), join(repo, "portefolje", "digi.dossier.yaml"))).toBe(`- **Versjon:** som i commit ${short} (${date})`);

    appendFileSync(join(repo, "portefolje", "digi.dossier.yaml"), "# endret\n");
    const changed = git(repo, "hash-object", "portefolje/digi.dossier.yaml").slice(0, 10);
    expect(versionLine(repo, "portefolje/digi.dossier.yaml")).toBe(`- **Versjon:** endret etter commit ${short} (${date}), ikke committet; innhold ${changed}`);

    copyFileSync(EXAMPLE, join(repo, "portefolje", "ny.dossier.yaml"));
    const fresh = git(repo, "hash-object", "portefolje/ny.dossier.yaml").slice(0, 10);
    expect(versionLine(repo, "portefolje/ny.dossier.yaml", "--lang", "en")).toBe(`- **Version:** not in git yet (the repository is at commit ${short}); content ${fresh}`);

    // The HTML report shows it among the key facts.
    const html = runCli(["report", "portefolje/ny.dossier.yaml", "--no-config"], { cwd: repo }).stdout;
    expect(html).toContain(`<dt>Versjon</dt><dd>ikke i git ennå (repoet står på commit ${short}); innhold ${fresh}</dd>`);
  });

  it("outside git: the content id alone, the one `git hash-object` prints", () => {
    const dir = tempDir();
    copyFileSync(EXAMPLE, join(dir, "d.dossier.yaml"));
    const id = execFileSync("git", ["hash-object", join(dir, "d.dossier.yaml")], { encoding: "utf8" }).trim().slice(0, 10);
    expect(versionLine(dir, "d.dossier.yaml")).toBe(`- **Versjon:** innhold ${id} (ikke i et git-repo)`);
  });

  it("check's output says nothing of versions (only the report asks git)", () => {
    const r = runCli(["check", EXAMPLE, "--format", "json", "--no-config"]);
    expect(r.stdout).not.toMatch(/contentId|revision/);
  });
});
