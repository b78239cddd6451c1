// A config can turn rules off, so where it is looked for, what it may set and whether the run
// says that it used one matter: a stranger's config must not silently disarm the check.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli, tempDir } from "../helpers/cli.js";
import { CLEAN, ONE_ERROR, workspace } from "../formats/helpers.js";

/** Turns off the one rule ONE_ERROR breaks: with this config in effect the run is clean. */
const DISARM = "rules:\n  dossier/unknown-reference: off\n";

/** A folder tree under a fresh temp dir; HOME points at `home` (a folder that is not above the run). */
function tree(files: Record<string, string>): { root: string; env: Record<string, string> } {
  const root = tempDir();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    if (!name.endsWith("/")) writeFileSync(join(root, name), text);
  }
  mkdirSync(join(root, "home"), { recursive: true });
  return { root, env: { HOME: join(root, "home") } };
}

describe("config search stops at the project root", () => {
  it("with no .git, package.json or home folder above, a config in a parent folder (e.g. /tmp) is not used", () => {
    const { root, env } = tree({ "portvokter.config.yaml": DISARM, "work/a.dossier.yaml": ONE_ERROR });
    const r = runCli(["check", "a.dossier.yaml"], { cwd: join(root, "work"), env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("dossier/unknown-reference");
    expect(r.stdout).not.toContain("konfigurasjon:");
    // In the working directory itself it is used.
    writeFileSync(join(root, "work", "portvokter.config.yaml"), DISARM);
    expect(runCli(["check", "a.dossier.yaml"], { cwd: join(root, "work"), env }).code).toBe(0);
  });

  it("a folder with package.json is a project root: the search does not go above it", () => {
    const { root, env } = tree({ "portvokter.config.yaml": DISARM, "proj/package.json": "{}\n", "proj/sub/a.dossier.yaml": ONE_ERROR });
    expect(runCli(["check", "a.dossier.yaml"], { cwd: join(root, "proj", "sub"), env }).code).toBe(1);
    writeFileSync(join(root, "proj", "portvokter.config.yaml"), DISARM);
    const r = runCli(["check", "a.dossier.yaml"], { cwd: join(root, "proj", "sub"), env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("konfigurasjon: ../portvokter.config.yaml");
  });

  it("a home folder of / is no boundary", () => {
    const { root } = tree({ "portvokter.config.yaml": DISARM, "work/a.dossier.yaml": ONE_ERROR });
    expect(runCli(["check", "a.dossier.yaml"], { cwd: join(root, "work"), env: { HOME: "/" } }).code).toBe(1);
  });

  it("the home folder is the last one searched", () => {
    const { root } = tree({ "portvokter.config.yaml": DISARM, "home/work/sub/a.dossier.yaml": ONE_ERROR });
    const env = { HOME: join(root, "home") };
    expect(runCli(["check", "a.dossier.yaml"], { cwd: join(root, "home", "work", "sub"), env }).code).toBe(1);
    writeFileSync(join(root, "home", "portvokter.config.yaml"), DISARM);
    expect(runCli(["check", "a.dossier.yaml"], { cwd: join(root, "home", "work", "sub"), env }).code).toBe(0);
  });
});

describe("the run says which config it used", () => {
  const dir = workspace({ "portvokter.config.yaml": "gate: BP2\n", "sub/a.dossier.yaml": ONE_ERROR });
  const sub = join(dir, "sub");

  it("stylish: a first line naming it, only when a config was used", () => {
    const r = runCli(["check", "a.dossier.yaml", "--no-color"], { cwd: sub });
    expect(r.stdout.startsWith("konfigurasjon: ../portvokter.config.yaml\n\n")).toBe(true);
    expect(runCli(["check", "a.dossier.yaml", "--lang", "en"], { cwd: sub }).stdout.startsWith("config: ../portvokter.config.yaml\n\n")).toBe(true);
    expect(runCli(["check", "a.dossier.yaml", "--no-config"], { cwd: sub }).stdout).not.toMatch(/konfigurasjon|config:/);
    // An empty config file is named too: it is the config in effect.
    const empty = workspace({ "portvokter.config.yaml": "", "a.dossier.yaml": ONE_ERROR });
    expect(runCli(["check", "a.dossier.yaml"], { cwd: empty }).stdout).toMatch(/^konfigurasjon: portvokter\.config\.yaml\n/);
    // --config names it as the user wrote it.
    expect(runCli(["check", "sub/a.dossier.yaml", "-c", "./portvokter.config.yaml"], { cwd: dir }).stdout).toMatch(/^konfigurasjon: \.\/portvokter\.config\.yaml\n/);
  });

  it("json: a top-level config field (null without one); the other fields are unchanged", () => {
    const withConfig = json(runCli(["check", "a.dossier.yaml", "--format", "json"], { cwd: sub })) as unknown as Record<string, unknown>;
    expect(Object.keys(withConfig)).toEqual(["tool", "config", "files", "summary"]);
    expect(withConfig.config).toBe("../portvokter.config.yaml");
    const without = json(runCli(["check", "a.dossier.yaml", "--format", "json", "--no-config"], { cwd: sub })) as unknown as Record<string, unknown>;
    expect(without.config).toBeNull();
  });

  it("sarif: runs[0].invocations[0].properties.config", () => {
    const log = JSON.parse(runCli(["check", "a.dossier.yaml", "--format", "sarif"], { cwd: sub }).stdout);
    expect(log.runs[0].invocations[0]).toEqual({ executionSuccessful: true, properties: { config: "../portvokter.config.yaml" } });
  });
});

describe("limits a config cannot lift", () => {
  it("max_file_size above 50 MB is a positioned config error", () => {
    for (const value of ["51MB", "60000000"]) {
      const dir = workspace({ "portvokter.config.yaml": `lang: nb\nmax_file_size: ${value}\n`, "a.dossier.yaml": CLEAN });
      const r = runCli(["check", "a.dossier.yaml"], { cwd: dir });
      expect(r.code, value).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^portvokter: \\S*portvokter\\.config\\.yaml:2:16: max_file_size ${value} er over grensen på 50 MB\n$`));
    }
    const ok = workspace({ "portvokter.config.yaml": "max_file_size: 50MB\n", "a.dossier.yaml": CLEAN });
    expect(runCli(["check", "a.dossier.yaml"], { cwd: ok }).code).toBe(0);
  });

  it("a config file over 1 MB is refused with a clear message, without reading it all", () => {
    const big = "lang: nb\n" + "# fyll\n".repeat(160_000);
    const dir = workspace({ "portvokter.config.yaml": big, "a.dossier.yaml": CLEAN });
    const r = runCli(["check", "a.dossier.yaml", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^portvokter: \S*portvokter\.config\.yaml: the config file is larger than 1 MB; portvokter does not read a config that large\n$/);
  });
});

describe("a config that turns off a whole theme", () => {
  it("is named on stderr with the theme and the file's line and column; the run goes on", () => {
    const dir = workspace({ "portvokter.config.yaml": "lang: nb\nrules:\n  benefits/*: off\n  council/*: warning\n", "a.dossier.yaml": CLEAN });
    const r = runCli(["check", "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "portvokter: advarsel: portvokter.config.yaml:3:3: konfigurasjonen slår av hele temaet «benefits» (benefits/*: off); ingen av reglene i det kjøres\n",
    );
    const en = runCli(["report", "a.dossier.yaml", "--lang", "en", "--output", join(tempDir(), "r.html")], { cwd: dir });
    expect(en.stderr).toMatch(/^portvokter: warning: portvokter\.config\.yaml:3:3: the config turns off the whole theme «benefits»/);
  });

  it("says nothing when the command line sets that theme itself", () => {
    const dir = workspace({ "portvokter.config.yaml": "rules:\n  benefits/*: off\n", "a.dossier.yaml": CLEAN });
    expect(runCli(["check", "a.dossier.yaml", "--rule", "benefits/*=warning"], { cwd: dir }).stderr).toBe("");
  });
});
