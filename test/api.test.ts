// The programmatic API as a user's script reaches it: `import { lint } from "portvokter"`, in a
// separate node process on the built package, compared with what the CLI says about the same files.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, ROOT, runCli, tempDir } from "./helpers/cli.js";

function script(body: string): { code: number | null; stdout: string; stderr: string } {
  // Run from the repository, "portvokter" resolves to this package through its own `exports`.
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", body], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("lint(paths, options)", () => {
  it("gives the same findings as `check --format json`, with the same settings, and prints nothing", () => {
    const r = script(`
      import { lint } from "portvokter";
      const run = await lint(["examples"], { config: false, today: "2026-06-15", jobs: 1, gate: "BP4", rules: { "governance/*": "warning" } });
      console.log(JSON.stringify({ lang: run.lang, rules: run.rules.length, today: run.today, files: run.results.map((f) => ({ path: f.path, status: f.status, findings: f.findings.map((x) => [x.rule, x.severity, x.line, x.column, x.pointer, x.message]) })) }));
    `);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const api = JSON.parse(r.stdout);
    const cli = json(runCli(["check", "examples", "--format", "json", "--no-config", "--today", "2026-06-15", "--gate", "BP4", "--rule", "governance/*=warning"]));
    expect(api.lang).toBe("nb");
    expect(api.rules).toBe(116);
    expect(api.today).toBe("2026-06-15");
    expect(api.files).toEqual(
      cli.files.map((f) => ({ path: f.path, status: f.status, findings: f.findings.map((x) => [x.rule, x.severity, x.line, x.column, x.pointer, x.message]) })),
    );
    expect(api.files.flatMap((f: { findings: unknown[][] }) => f.findings).some((x: unknown[]) => String(x[0]).startsWith("governance/") && x[1] === "warning")).toBe(true);
  });

  it("streams results in path order through onResult, and reports a bad config as an error to catch, not an exit", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "portvokter.config.yaml"), "lang: en\nrules:\n  nei/ukjent: off\n");
    const r = script(`
      import { lint } from "portvokter";
      const seen = [];
      const run = await lint(["examples"], { config: false, lang: "en", today: "2026-06-15", jobs: 1, onResult: (f) => seen.push(f.path) });
      console.log(JSON.stringify({ seen, kept: run.results.length }));
      try { await lint(["examples"], { config: ${JSON.stringify(join(dir, "portvokter.config.yaml"))} }); console.log("no error"); }
      catch (e) { console.log("caught:", e.message.split("\\n")[0]); }
    `);
    expect(r.stderr).toBe("");
    const [first, second] = r.stdout.trim().split("\n");
    const out = JSON.parse(first!);
    expect(out.seen).toEqual([...out.seen].sort());
    expect(out.seen.length).toBe(5);
    expect(out.kept).toBe(0);
    expect(second).toMatch(/^caught: .*nei\/ukjent/);
  });
});
