// action.yml, the composite GitHub Action, run as the runner runs it: each `run:` step in bash,
// in its working-directory, with its `env:` expressions filled in from the inputs (or their
// defaults) and the earlier steps' outputs, `if:` evaluated, and GITHUB_OUTPUT read back.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, tempDir } from "./helpers/cli.js";
import { CLEAN, ONE_ERROR } from "./helpers/fixtures.js";

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as Action;

/** The value of one `${{ … }}` operand: a string literal, an input, a step output, always(). */
function operand(expr: string, ctx: Ctx): string | boolean {
  const e = expr.trim();
  if (e === "always()") return true;
  let m = /^'([^']*)'$/.exec(e);
  if (m) return m[1]!;
  m = /^inputs\.([\w-]+)$/.exec(e);
  if (m) {
    if (!(m[1]! in action.inputs)) throw new Error(`unknown input ${m[1]}`);
    return ctx.inputs[m[1]!] ?? action.inputs[m[1]!]!.default ?? "";
  }
  m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
  if (m) return ctx.outputs[m[1]!]?.[m[2]!] ?? "";
  m = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(e);
  if (m) return (operand(m[1]!, ctx) === operand(m[3]!, ctx)) === (m[2] === "==");
  throw new Error(`expression not understood by this test: ${e}`);
}

/** `${{ a && b }}` as GitHub evaluates the few forms action.yml uses (else the test fails). */
function evaluate(expr: string, ctx: Ctx): string | boolean {
  const terms = expr.split("&&").map((t) => operand(t, ctx));
  return terms.length === 1 ? terms[0]! : terms.every((t) => t !== "" && t !== false);
}

const fill = (text: string, ctx: Ctx) => text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e, ctx)));

interface Ctx {
  inputs: Record<string, string>;
  outputs: Record<string, Record<string, string>>;
}
interface StepRun {
  step: Step;
  ran: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the action's steps in `workspace`; `uses:` steps are recorded with their filled `with:`. */
function runAction(workspace: string, inputs: Record<string, string>, actionPath = join(workspace, "no-action-copy")) {
  const ctx: Ctx = { inputs, outputs: {} };
  const runs: StepRun[] = [];
  const uploads: Array<Record<string, string>> = [];
  for (const [i, step] of action.runs.steps.entries()) {
    const cond = step.if === undefined ? true : evaluate(step.if.replace(/^\$\{\{(.*)\}\}$/s, "$1"), ctx);
    if (cond === false || cond === "") {
      runs.push({ step, ran: false, code: null, stdout: "", stderr: "" });
      continue;
    }
    if (step.uses) {
      uploads.push(Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, fill(v, ctx)])));
      continue;
    }
    const outFile = join(workspace, `.github-output-${i}`);
    writeFileSync(outFile, "");
    const env: Record<string, string> = { PATH: process.env.PATH!, HOME: process.env.HOME!, GITHUB_OUTPUT: outFile, GITHUB_ACTION_PATH: actionPath, GITHUB_WORKSPACE: workspace };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = fill(v, ctx);
    const cwd = join(workspace, fill(step["working-directory"] ?? ".", ctx));
    const r = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.run!], { cwd, env, encoding: "utf8", timeout: 60_000 });
    runs.push({ step, ran: true, code: r.status, stdout: r.stdout, stderr: r.stderr });
    if (step.id) {
      ctx.outputs[step.id] = Object.fromEntries(
        readFileSync(outFile, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
    }
    if (r.status !== 0) break; // a failed step ends the job
  }
  const check = runs[0]!;
  const last = runs.at(-1)!;
  return { outputs: ctx.outputs.check ?? {}, check, last, uploads, jobFailed: runs.some((r) => r.ran && r.code !== 0) };
}

/** A repository with portvokter installed as a devDependency (node_modules → this checkout). */
function repoWithLocalInstall(files: Record<string, string>): string {
  const dir = tempDir("portvokter-action-");
  mkdirSync(join(dir, ".git"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, devDependencies: { portvokter: "*" } }));
  mkdirSync(join(dir, "node_modules", ".bin"), { recursive: true });
  symlinkSync(ROOT, join(dir, "node_modules", "portvokter"), "dir");
  symlinkSync("../portvokter/bin/portvokter.js", join(dir, "node_modules", ".bin", "portvokter"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("action.yml: shape", () => {
  it("is a composite action whose inputs are documented and whose steps cannot be injected into", () => {
    expect(action.runs.using).toBe("composite");
    expect(action.name).toBe("portvokter");
    for (const name of ["paths", "gate", "config", "sarif-file", "upload-sarif", "working-directory"]) {
      expect(action.inputs[name]?.description, name).toBeTruthy();
      expect(action.inputs[name]?.default, name).toBeTypeOf("string");
    }
    expect(action.inputs["upload-sarif"]!.default).toBe("true");
    for (const step of action.runs.steps.filter((s) => s.run)) {
      expect(step.shell).toBe("bash");
      // Expressions only in env:, never pasted into the script itself.
      expect(step.run).not.toContain("${{");
    }
    const check = action.runs.steps.find((s) => s.id === "check")!;
    expect(check.run).toContain("npx --no-install portvokter");
    expect(check.run).not.toMatch(/npx (?!--no-install)\S*\s*portvokter/);
    expect(check.run).toContain("--format github");
  });

  it("uploads the SARIF with codeql-action pinned to a major, also after a failed check", () => {
    const upload = action.runs.steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))!;
    expect(upload.uses).toMatch(/@v\d+$/);
    expect(upload.if).toMatch(/always\(\)/);
    expect(upload.with?.sarif_file).toBe("${{ steps.check.outputs.sarif-file }}");
    const failIdx = action.runs.steps.findIndex((s) => s.run?.includes("exit \"${EXIT_CODE"));
    expect(failIdx).toBe(action.runs.steps.length - 1);
    expect(action.runs.steps.indexOf(upload)).toBeLessThan(failIdx);
  });
});

describe("action.yml: run in a repository", () => {
  it("a finding: SARIF written, annotation printed, uploaded, then the job fails with exit 1", () => {
    const ws = repoWithLocalInstall({ "dossiers/a.dossier.yaml": ONE_ERROR });
    const r = runAction(ws, {});
    expect(r.check.code, r.check.stderr).toBe(0);
    expect(r.outputs["exit-code"]).toBe("1");
    const sarifPath = r.outputs["sarif-file"]!;
    expect(isAbsolute(sarifPath)).toBe(true);
    const sarif = JSON.parse(readFileSync(sarifPath, "utf8"));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain("dossier/unknown-reference");
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("dossiers/a.dossier.yaml");
    expect(r.check.stdout).toMatch(/^::error file=dossiers\/a\.dossier\.yaml,line=\d+,col=\d+,title=dossier\/unknown-reference::/m);
    expect(r.check.stdout).not.toContain("action's own copy");
    expect(r.uploads).toEqual([{ sarif_file: sarifPath, category: "portvokter" }]);
    expect(r.last.ran).toBe(true);
    expect(r.last.code).toBe(1);
    expect(r.jobFailed).toBe(true);
  });

  it("a clean dossier: exit code 0 and the failing step is skipped", () => {
    const ws = repoWithLocalInstall({ "p.dossier.yaml": CLEAN });
    const r = runAction(ws, { "upload-sarif": "false" });
    expect(r.outputs["exit-code"], r.check.stdout + r.check.stderr).toBe("0");
    expect(existsSync(r.outputs["sarif-file"]!)).toBe(true);
    expect(r.uploads).toEqual([]);
    expect(r.last.ran).toBe(false);
    expect(r.jobFailed).toBe(false);
  });

  it("inputs reach the command: paths one per line (globs left to portvokter), gate, lang, args, working-directory", () => {
    const ws = repoWithLocalInstall({
      "sub/dossiers/a.dossier.yaml": CLEAN,
      "sub/dossiers/b.dossier.yaml": CLEAN,
      "sub/other/c.dossier.yaml": ONE_ERROR,
    });
    const r = runAction(ws, {
      "working-directory": "sub",
      paths: "  dossiers/*.dossier.yaml  \n\n",
      gate: "BP3",
      lang: "en",
      args: "--fail-severity warning",
      "sarif-file": "out/p.sarif",
    });
    expect(r.check.code, r.check.stderr).toBe(0);
    const sarif = JSON.parse(readFileSync(join(ws, "sub", "out", "p.sarif"), "utf8"));
    expect(r.outputs["sarif-file"]).toBe(join(ws, "sub", "out", "p.sarif"));
    const uris = new Set(sarif.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0]!.physicalLocation.artifactLocation.uri));
    expect([...uris].sort()).toEqual(["dossiers/a.dossier.yaml", "dossiers/b.dossier.yaml"]);
    // At BP3 the BP2 example has warnings, and --fail-severity warning makes them fail the run.
    expect(r.outputs["exit-code"]).toBe("1");
    expect(r.check.stdout).toMatch(/^::warning file=dossiers\/a\.dossier\.yaml/m);
    expect(r.check.stdout).toMatch(/^portvokter: \d+ problems \(0 errors, \d+ warnings, \d+ infos\) in 2 files/m);
  });

  it("a usage error: exit code 2, no SARIF file (not even an old one), the job fails with 2", () => {
    const ws = repoWithLocalInstall({ "p.dossier.yaml": CLEAN, "portvokter.sarif": "stale" });
    const r = runAction(ws, { gate: "BP9" });
    expect(r.outputs["exit-code"]).toBe("2");
    expect(r.outputs["sarif-file"]).toBe("");
    expect(existsSync(join(ws, "portvokter.sarif"))).toBe(false);
    expect(r.uploads).toEqual([]);
    expect(r.last.code).toBe(2);
  });

  it("without a local install it runs the action's own copy", () => {
    const ws = tempDir("portvokter-action-");
    mkdirSync(join(ws, ".git"));
    writeFileSync(join(ws, "p.dossier.yaml"), ONE_ERROR);
    // The action's checkout is this repository, already built (a fresh one runs npm ci first).
    const r = runAction(ws, {}, ROOT);
    expect(r.check.stdout).toContain("using the action's own copy");
    expect(r.outputs["exit-code"], r.check.stderr).toBe("1");
    expect(existsSync(r.outputs["sarif-file"]!)).toBe(true);
    expect(r.last.code).toBe(1);
  });
});
