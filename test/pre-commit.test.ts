// .pre-commit-hooks.yaml with the real pre-commit (PyPI): pre-commit clones this repository (a
// snapshot of the working tree), installs it as a Node package (`npm install -g` of the clone,
// whose prepare builds dist/) and runs the hook on the files it is given. First with
// `pre-commit try-repo`, then with the README's .pre-commit-config.yaml (one install, reused by
// the runs after it) and a real `git commit`. Each install takes 20–100 s.
// Skipped with a message where pre-commit is not installed; never skipped in CI (.ci/run installs it).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ROOT, tempDir } from "./helpers/cli.js";
import { CLEAN, ONE_ERROR } from "./helpers/fixtures.js";
import { gitSnapshot, type Snapshot } from "./helpers/snapshot.js";

/** pre-commit as a command: on PATH, else the module (pip may put the script off PATH). */
function findPreCommit(): string[] | undefined {
  for (const cmd of [["pre-commit"], ["python3", "-m", "pre_commit"]]) {
    const r = spawnSync(cmd[0]!, [...cmd.slice(1), "--version"], { encoding: "utf8" });
    if (r.status === 0 && /^pre-commit \d/.test(r.stdout)) return cmd;
  }
  return undefined;
}

const preCommit = findPreCommit();
const inCI = process.env.CI === "true";
if (!preCommit && !inCI) console.warn("pre-commit not found (neither `pre-commit` nor `python3 -m pre_commit`): pre-commit tests skipped; python3 -m pip install pre-commit to run them");

describe.runIf(inCI && !preCommit)("pre-commit hook (CI)", () => {
  it("needs pre-commit", () => {
    throw new Error("pre-commit not found: in CI the hook must be tested; .ci/run installs it (python3 -m pip install pre-commit)");
  });
});

const INSTALL = 300_000;

describe.skipIf(!preCommit)("pre-commit hook", () => {
  let snap: Snapshot;
  let repo: string;
  let env: Record<string, string>;

  const run = (args: string[], cwd = repo) => {
    const r = spawnSync(preCommit![0]!, [...preCommit!.slice(1), ...args], { cwd, env, encoding: "utf8", timeout: INSTALL });
    return { code: r.status, out: `${r.stdout}\n${r.stderr}` };
  };
  const git = (...args: string[]) => spawnSync("git", args, { cwd: repo, env, encoding: "utf8", timeout: INSTALL });

  beforeAll(() => {
    snap = gitSnapshot();
    repo = tempDir("portvokter-pre-commit-");
    const home = tempDir("portvokter-pre-commit-home-");
    env = {
      ...(process.env as Record<string, string>),
      PRE_COMMIT_HOME: join(home, "cache"),
      PRE_COMMIT_COLOR: "never",
      NO_COLOR: "1",
      npm_config_prefer_offline: "true",
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@invalid",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@invalid",
      GIT_CONFIG_GLOBAL: join(home, "gitconfig"),
    };
    writeFileSync(join(home, "gitconfig"), "[commit]\n\tgpgsign = false\n[init]\n\tdefaultBranch = main\n");
    git("init", "-q");
    writeFileSync(join(repo, "good.dossier.yaml"), CLEAN);
    writeFileSync(join(repo, "bad.dossier.yaml"), ONE_ERROR);
    mkdirSync(join(repo, "notes"));
    writeFileSync(join(repo, "notes", "plan.yaml"), "not: [a dossier\n");
  });

  it("try-repo: the hook fails (exit 1) with the finding on the bad dossier, and only there", () => {
    const r = run(["try-repo", snap.dir, "portvokter", "--files", "good.dossier.yaml", "bad.dossier.yaml", "notes/plan.yaml"]);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/^portvokter\.+Failed$/m);
    expect(r.out).toMatch(/^- exit code: 1$/m);
    expect(r.out).toMatch(/^bad\.dossier\.yaml {2}\(BP2\)$/m);
    expect(r.out).toMatch(/^ {2}\d+:\d+ +feil +.*«finnes-ikke».* dossier\/unknown-reference$/m);
    expect(r.out).not.toMatch(/^good\.dossier\.yaml/m);
    // notes/plan.yaml is no dossier: `files:` keeps it from the hook (else a YAML error).
    expect(r.out).not.toContain("plan.yaml");
    expect(r.out).toMatch(/i 2 filer\)?$/m);
  }, INSTALL);

  describe("with the README's .pre-commit-config.yaml", () => {
    beforeAll(() => {
      const readme = readFileSync(join(ROOT, "README.md"), "utf8");
      const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.startsWith("# .pre-commit-config.yaml"));
      if (!block) throw new Error("no .pre-commit-config.yaml snippet in README.md");
      const config = parse(block) as { repos: Array<{ repo: string; rev: string; hooks: Array<{ id: string }> }> };
      const entry = config.repos.find((r) => r.hooks.some((h) => h.id === "portvokter"))!;
      expect(entry.repo).toMatch(/^https:\/\/github\.com\/ORG\/portvokter$/);
      expect(entry.rev).toMatch(/^v\d+\.\d+\.\d+$/);
      // The snapshot stands in for the published repository at its tag.
      entry.repo = snap.dir;
      entry.rev = snap.sha;
      writeFileSync(join(repo, ".pre-commit-config.yaml"), stringify(config));
    });

    it("installs the hook once, then passes on the good dossier", () => {
      const r = run(["run", "portvokter", "--files", "good.dossier.yaml"]);
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(/^portvokter\.+Passed$/m);
    }, INSTALL);

    it("fails with the finding's text on the bad dossier", () => {
      const r = run(["run", "portvokter", "--files", "bad.dossier.yaml"]);
      expect(r.code, r.out).toBe(1);
      expect(r.out).toMatch(/^portvokter\.+Failed$/m);
      expect(r.out).toContain("«b1» har mottaker «finnes-ikke», men ingen interessent har den id-en");
    }, INSTALL);

    it("skips files that are no dossiers", () => {
      const r = run(["run", "portvokter", "--files", "notes/plan.yaml"]);
      expect(r.code, r.out).toBe(0);
      expect(r.out).toMatch(/^portvokter\.+\(no files to check\)Skipped$/m);
    }, INSTALL);

    it("as a git hook: a commit with the bad dossier is refused, one with the good dossier goes through", () => {
      expect(run(["install"]).code).toBe(0);
      git("add", ".pre-commit-config.yaml", "bad.dossier.yaml");
      const refused = git("commit", "-q", "-m", "bad");
      expect(refused.status, refused.stdout + refused.stderr).toBe(1);
      expect(refused.stdout + refused.stderr).toContain("dossier/unknown-reference");
      git("reset", "-q", "bad.dossier.yaml");
      git("add", "good.dossier.yaml");
      const ok = git("commit", "-q", "-m", "good");
      expect(ok.status, ok.stdout + ok.stderr).toBe(0);
      expect(git("log", "--format=%s").stdout.trim()).toBe("good");
    }, INSTALL);
  });
});
