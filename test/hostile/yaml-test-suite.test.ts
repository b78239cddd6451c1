// The official YAML test suite as hostile input: no case crashes; every must-fail case is a
// fatal yaml/* finding with a position and exit 2; every valid case is checked, or reported as
// a schema/yaml problem (exit 1 or 2) — never an internal error.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { json, ROOT, runCli } from "../helpers/cli.js";
import { SHARED, sharedPresent } from "../helpers/shared.js";
import { mapLimit, runCliAsync } from "../helpers/cli-async.js";

const SUITE = join(SHARED, "corpora", "yaml-test-suite");
const present = sharedPresent(SUITE, "YAML test suite");

function cases(): Array<{ dir: string; file: string; mustFail: boolean }> {
  const out: Array<{ dir: string; file: string; mustFail: boolean }> = [];
  const visit = (dir: string) => {
    const entries = readdirSync(dir);
    if (entries.includes("in.yaml")) out.push({ dir, file: join(dir, "in.yaml"), mustFail: entries.includes("error") });
    for (const e of entries) if (statSync(join(dir, e)).isDirectory()) visit(join(dir, e));
  };
  visit(SUITE);
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

describe.skipIf(!present)("YAML test suite (reads ../shared)", () => {
  const all = present ? cases() : [];
  const mustFail = all.filter((c) => c.mustFail);
  const valid = all.filter((c) => !c.mustFail);

  it("every must-fail case is a fatal yaml/* finding with line and column, exit 2", async () => {
    const runs = await mapLimit(mustFail, 4, (c) => runCliAsync(["check", "--no-config", "--format", "json", c.file]));
    const outcomes: Record<string, number> = {};
    runs.forEach((r, i) => {
      const where = relative(SUITE, mustFail[i]!.dir);
      expect(r.stderr, where).toBe("");
      expect(r.code, where).toBe(2);
      const file = JSON.parse(r.stdout).files[0];
      expect(file.status, where).toBe("fatal");
      expect(file.findings, where).toHaveLength(1);
      const f = file.findings[0];
      expect(f.rule, where).toMatch(/^yaml\//);
      expect(f.line, where).toBeGreaterThanOrEqual(1);
      expect(f.column, where).toBeGreaterThanOrEqual(1);
      outcomes[f.rule] = (outcomes[f.rule] ?? 0) + 1;
    });
    console.log(`YAML test suite: ${mustFail.length} must-fail cases →`, outcomes);
    expect(mustFail.length).toBeGreaterThan(80);
  }, 120_000);

  it("every valid case is checked or reported as a schema/yaml problem, never an internal error", () => {
    const r = runCli(["check", "--no-config", "--format", "json", ...valid.map((c) => c.file)]);
    expect(r.stderr).toBe("");
    expect([1, 2]).toContain(r.code);
    const files = json(r).files;
    expect(files).toHaveLength(valid.length);
    const outcomes: Record<string, number> = {};
    for (const file of files) {
      const rules = file.findings.map((f) => String(f.rule));
      expect(rules.every((id) => /^(yaml|schema|io)\//.test(id) || file.status === "checked"), file.path).toBe(true);
      expect(rules.some((id) => id.startsWith("internal")), file.path).toBe(false);
      for (const f of file.findings) {
        expect(f.line as number, file.path).toBeGreaterThanOrEqual(1);
        expect(f.column as number, file.path).toBeGreaterThanOrEqual(1);
      }
      const key = file.status === "fatal" ? `fatal ${rules[0]}` : file.status;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
    }
    console.log(`YAML test suite: ${valid.length} valid cases →`, outcomes);
  }, 120_000);
});
