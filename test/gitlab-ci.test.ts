// ci/gitlab/portvokter.gitlab-ci.yml, the GitLab CI template, run as a runner runs a job: its
// `script:` lines in one bash session that stops at the first failing line, with the job's
// variables (and the project's overrides) in the environment, in a project that has portvokter
// in its package-lock.json, or none and PORTVOKTER_PACKAGE set.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, tempDir } from "./helpers/cli.js";
import { CLEAN, ONE_ERROR } from "./helpers/fixtures.js";
import { NPM_FLAGS, packTarball, sh } from "./helpers/pack.js";

interface Job {
  image: string;
  stage: string;
  variables: Record<string, string>;
  script: string[];
  artifacts: { when: string; reports: { junit: string }; paths: string[] };
}

const TEMPLATE = join(ROOT, "ci", "gitlab", "portvokter.gitlab-ci.yml");
const job = (parse(readFileSync(TEMPLATE, "utf8")) as { portvokter: Job }).portvokter;

function runJob(cwd: string, variables: Record<string, string> = {}) {
  const script = job.script.join("\n");
  const r = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH!, HOME: process.env.HOME!, NO_COLOR: "1", npm_config_prefer_offline: "true", ...job.variables, ...variables },
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(files: Record<string, string>): string {
  const dir = tempDir("portvokter-gitlab-");
  sh("git", ["init", "-q"], dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("GitLab CI template: shape", () => {
  it("one job with the JUnit report and the SARIF file kept also when the check fails", () => {
    expect(job.image).toMatch(/^node:(2\d)/);
    expect(job.artifacts.when).toBe("always");
    expect(job.artifacts.reports.junit).toBe("portvokter-junit.xml");
    expect(job.artifacts.paths).toEqual(["portvokter.sarif"]);
    const check = job.script.find((l) => l.includes("portvokter check"))!;
    expect(check).toContain("npx --no-install portvokter check");
    expect(check).toContain(`--format junit=${job.artifacts.reports.junit}`);
    expect(check).toContain("--format sarif=portvokter.sarif");
    expect(job.script.join("\n")).not.toMatch(/npx (?!--no-install)\S*\s*portvokter/);
    for (const l of job.script) expect(spawnSync("bash", ["-n", "-c", l]).status, l).toBe(0);
  });
});

describe("GitLab CI template: run in a project", () => {
  let tarball: string;
  let withLock: string;

  beforeAll(() => {
    tarball = packTarball();
    // A project with portvokter as a devDependency in its package-lock.json.
    withLock = project({ "package.json": JSON.stringify({ name: "dossiers", private: true }), "bad.dossier.yaml": ONE_ERROR, "good.dossier.yaml": CLEAN });
    const i = sh("npm", ["install", "--save-dev", ...NPM_FLAGS, tarball], withLock);
    if (i.code !== 0) throw new Error(i.out);
    sh("rm", ["-rf", "node_modules"], withLock);
  }, 240_000);

  it("with package-lock.json: npm ci, then the check fails the job on a finding and writes both reports", () => {
    const r = runJob(withLock);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain("dossier/unknown-reference");
    const junit = readFileSync(join(withLock, "portvokter-junit.xml"), "utf8");
    expect(junit).toMatch(/<testsuite [^>]*name="bad\.dossier\.yaml"/);
    expect(junit).toMatch(/<failure [^>]*type="error">bad\.dossier\.yaml:\d+:\d+ [^<]*\(dossier\/unknown-reference\)/);
    expect(JSON.parse(readFileSync(join(withLock, "portvokter.sarif"), "utf8")).version).toBe("2.1.0");
  });

  it("PORTVOKTER_PATHS and PORTVOKTER_ARGS reach the command (globs left to portvokter)", () => {
    const r = runJob(withLock, { PORTVOKTER_PATHS: "good.*.yaml", PORTVOKTER_ARGS: "--lang en --gate BP2" });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("No problems (1 file)");
    expect(readFileSync(join(withLock, "portvokter-junit.xml"), "utf8")).not.toContain("bad.dossier.yaml");
  });

  it("without package-lock.json: installs PORTVOKTER_PACKAGE (a release tarball), leaves no package.json", () => {
    const dir = project({ "p.dossier.yaml": CLEAN });
    const r = runJob(dir, { PORTVOKTER_PACKAGE: tarball });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(existsSync(join(dir, "portvokter-junit.xml"))).toBe(true);
    expect(existsSync(join(dir, "package.json"))).toBe(false);
  });

  it("without package-lock.json and PORTVOKTER_PACKAGE: fails at once and says what to set", () => {
    const dir = project({ "p.dossier.yaml": CLEAN });
    const r = runJob(dir);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("set PORTVOKTER_PACKAGE");
    expect(existsSync(join(dir, "portvokter-junit.xml"))).toBe(false);
  });
});
