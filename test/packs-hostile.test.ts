// Hostile rule packs: each is refused, or runs, in bounded time. The bounds are generous (a
// loaded CI machine); what they catch is a run that hangs (a backtracking regular expression on a
// long value) or a limit that is not applied.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, json } from "./helpers/cli.js";
import { workspace } from "./helpers/fixtures.js";

const DOSSIER = (extra: string) => `version: 1
project:
  id: p
  name: P
  organisation: O
  level: stat
  phase: konsept
${extra}`;

const ruleText = (i: number, then: string) => `  - id: t/r${i}
    theme: governance
    gates: { BP1: error }
    source: s
    description: d
    message: "m {path}"
    given: /project/x_${i}
    then: ${then}
`;

const pack = (rules: string) => `version: 1\nnamespace: t\nrules:\n${rules}`;

/** Runs check in `dir`, with its wall-clock time in seconds (a generous bound, see above). */
function check(dir: string, args: string[] = []) {
  const wall = Date.now();
  const r = spawnSync(process.execPath, [BIN, "check", "p.dossier.yaml", "--today", "2026-11-28", ...args], { cwd: dir, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - wall) / 1000 };
}

const ws = (packText: string, dossier = DOSSIER("")) =>
  workspace({ "portvokter.config.yaml": "packs: [t.pack.yaml]\n", "t.pack.yaml": packText, "p.dossier.yaml": dossier });

describe("hostile packs", () => {
  it("a catastrophic pattern runs in linear time on a 100 kB value", () => {
    // (a+)+$ on "aaa…ab" backtracks exponentially in a backtracking engine; RE2 is linear.
    const dir = ws(pack(ruleText(1, '{ schema: { type: string, pattern: "(a+)+$" } }')), DOSSIER(`  x_1: ${"a".repeat(100_000)}b\n`));
    const r = check(dir, ["--format", "json"]);
    expect(r.stderr).toBe("");
    expect(json(r).files[0]!.findings.map((f) => f.rule)).toContain("t/r1");
    expect(r.seconds).toBeLessThan(30);
  });

  it("a pack over 1 MB is refused before it is parsed", () => {
    const big = pack(ruleText(1, "{ required: true }")) + `# ${"x".repeat(1024 * 1024)}\n`;
    const r = check(ws(big));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: t.pack.yaml: regelpakken er større enn 1 MB; portvokter leser ikke en så stor pakke\n");
  });

  it("more than 1000 rules are refused with the position of the list", () => {
    const rules = Array.from({ length: 1001 }, (_, i) => ruleText(i, "{ required: true }")).join("");
    const r = check(ws(pack(rules)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^portvokter: t\.pack\.yaml:4:3: «rules» /);
    expect(r.seconds).toBeLessThan(30);
  });

  it("a pack of 1000 rules with schemas loads and runs in bounded time", () => {
    const rules = Array.from({ length: 1000 }, (_, i) => ruleText(i, `{ schema: { type: string, pattern: "^(a+)+$|r${i}", format: date } }`)).join("");
    const r = check(ws(pack(rules), DOSSIER(`  x_7: ${"a".repeat(10_000)}!\n`)), ["--format", "json"]);
    expect(r.stderr).toBe("");
    expect(json(r).files[0]!.findings.filter((f) => String(f.rule).startsWith("t/")).map((f) => f.rule)).toEqual(["t/r7"]);
    expect(r.seconds).toBeLessThan(60);
  });

  it("unique over 20 000 list items is linear: every repeat found, in bounded time", () => {
    const rule = `  - id: t/unik
    theme: dossier
    gates: { BP1: error }
    source: s
    description: d
    message: "m {path}"
    given: /stakeholders/*/name
    then: { function: unique, options: { list: /stakeholders, key: name } }
`;
    // 20 000 stakeholders, every name twice: a count per item against the whole list would be 4·10⁸ steps.
    const items = Array.from({ length: 20_000 }, (_, i) => `  - { id: s${i}, name: n${i % 10_000} }\n`).join("");
    const dir = ws(pack(rule), DOSSIER(`stakeholders:\n${items}`));
    const wall = Date.now();
    // 20 000 findings are some 5 MB of JSON: more than check()'s default pipe buffer.
    const r = spawnSync(process.execPath, [BIN, "check", "p.dossier.yaml", "--today", "2026-11-28", "--format", "json"], { cwd: dir, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    const seconds = (Date.now() - wall) / 1000;
    expect(r.stderr).toBe("");
    const findings = (JSON.parse(r.stdout) as { files: Array<{ findings: Array<{ rule: string }> }> }).files[0]!.findings;
    expect(findings.filter((f) => f.rule === "t/unik")).toHaveLength(20_000);
    expect(seconds).toBeLessThan(60);
  });

  it("a schema nested without end is refused", () => {
    let schema = "true";
    for (let i = 0; i < 40; i++) schema = `{ not: ${schema} }`;
    const r = check(ws(pack(ruleText(1, `{ schema: ${schema} }`))));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/t\.pack\.yaml:11:\d+: skjemaet er nestet dypere enn 32 nivåer/);
  });

  it("an alias bomb in a pack is refused as YAML", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${"abcdefghijkl"[i]}: &${"abcdefghijkl"[i]} [${Array(10).fill(`*${"abcdefghijkl"[i - 1]}`).join(",")}]`);
    const r = check(ws(`${lines.join("\n")}\n`));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/t\.pack\.yaml:\d+:\d+: regelpakken er ikke gyldig YAML \(yaml\/alias-limit\)/);
    expect(r.seconds).toBeLessThan(30);
  });

  it("a pack is never executed: code in a value or a key is data", () => {
    const code = "require('child_process').execSync('touch pwned')";
    const dir = ws(pack(ruleText(1, `{ schema: { const: "${code}", properties: { "${code}": true } } }`)), DOSSIER("  x_1: y\n"));
    const r = check(dir, ["--format", "json"]);
    expect(r.stderr).toBe("");
    expect(json(r).files[0]!.findings.map((f) => f.rule)).toContain("t/r1");
    expect(existsSync(join(dir, "pwned"))).toBe(false);
  });
});
