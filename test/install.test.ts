// The pinned installs the README documents, done for real in a fresh project: the release
// tarball (`npm pack`) and a git URL at a commit (npm runs `prepare`, i.e. the build, for git
// dependencies). Offline: the tarball has no dependencies, and the git install's build installs
// the lockfile's packages, which `npm ci` of this checkout put in npm's cache.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "./helpers/cli.js";
import { CLEAN, ONE_ERROR } from "./helpers/fixtures.js";
import { NPM_FLAGS, packTarball, sh, VERSION } from "./helpers/pack.js";
import { gitSnapshot } from "./helpers/snapshot.js";

/** An empty project (package.json, .git) with a good and a bad dossier. */
function project(): string {
  const dir = tempDir("portvokter-install-");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "dossiers", private: true }));
  sh("git", ["init", "-q"], dir);
  writeFileSync(join(dir, "good.dossier.yaml"), CLEAN);
  writeFileSync(join(dir, "bad.dossier.yaml"), ONE_ERROR);
  return dir;
}

describe("install from the release tarball (npm pack)", () => {
  let tarball: string;
  let proj: string;

  beforeAll(() => {
    tarball = packTarball();
    expect(tarball).toMatch(new RegExp(`portvokter-${VERSION.replace(/\./g, "\\.")}\\.tgz$`));
    proj = project();
    const i = sh("npm", ["install", "--save-dev", ...NPM_FLAGS, tarball], proj);
    expect(i.code, i.out).toBe(0);
  }, 240_000);

  it("records the tarball as a devDependency and installs it alone: no sources, no dependencies", () => {
    const pkg = JSON.parse(readFileSync(join(proj, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.portvokter).toMatch(/^file:.*portvokter-[\d.]+\.tgz$/);
    expect(existsSync(join(proj, "node_modules", "portvokter", "dist", "cli", "portvokter.cjs"))).toBe(true);
    expect(existsSync(join(proj, "node_modules", "portvokter", "src"))).toBe(false);
    // The CLI bundle holds every runtime dependency. (A dependency would also bring back a race
    // in `npm install -g` from git, which pre-commit does: see scripts/prepare.mjs.)
    expect(readdirSync(join(proj, "node_modules")).filter((f) => !f.startsWith("."))).toEqual(["portvokter"]);
  });

  it("npx --no-install portvokter runs the installed copy: exit 1 on a finding, 0 on a clean dossier", () => {
    const v = sh("npx", ["--no-install", "portvokter", "--version"], proj, { npm_config_offline: "true" });
    expect(v.stdout.trim(), v.out).toBe(VERSION);
    const bad = sh("npx", ["--no-install", "portvokter", "check", "bad.dossier.yaml"], proj, { npm_config_offline: "true" });
    expect(bad.code, bad.out).toBe(1);
    expect(bad.stdout).toContain("dossier/unknown-reference");
    const good = sh("npx", ["--no-install", "portvokter", "check", "good.dossier.yaml"], proj, { npm_config_offline: "true" });
    expect(good.code, good.out).toBe(0);
  });

  it("npx --no-install fetches nothing where portvokter is not installed: it fails", () => {
    const empty = tempDir("portvokter-install-empty-");
    writeFileSync(join(empty, "package.json"), "{}");
    const r = sh("npx", ["--no-install", "portvokter", "--version"], empty, { npm_config_offline: "true" });
    expect(r.code).not.toBe(0);
    expect(r.stdout).not.toContain(VERSION);
  });
});

describe("install from a git URL at a commit", () => {
  it("npm install git+file://…#<sha> builds the package (prepare) and its bin runs", () => {
    const snap = gitSnapshot();
    const proj = project();
    const i = sh("npm", ["install", "--save-dev", ...NPM_FLAGS, `git+file://${snap.dir}#${snap.sha}`], proj);
    expect(i.code, i.out).toBe(0);
    const pkg = JSON.parse(readFileSync(join(proj, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies.portvokter).toBe(`git+file://${snap.dir}#${snap.sha}`);
    // dist/ is git-ignored: it exists only because npm ran the build for the git dependency.
    expect(existsSync(join(proj, "node_modules", "portvokter", "dist", "cli", "portvokter.cjs"))).toBe(true);
    const v = sh("npx", ["--no-install", "portvokter", "--version"], proj, { npm_config_offline: "true" });
    expect(v.stdout.trim(), v.out).toBe(VERSION);
    const bad = sh("npx", ["--no-install", "portvokter", "check", "bad.dossier.yaml", "good.dossier.yaml"], proj, { npm_config_offline: "true" });
    expect(bad.code, bad.out).toBe(1);
    expect(bad.stdout).toContain("dossier/unknown-reference");
  }, 240_000);
});
