// Prototype pollution, terminal injection, inert HTML, config that cannot run code, a closed
// pipe, and a proof that no command ever modifies an input.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../src/report/formatters/index.js";
import { BIN, json, ROOT, runCli, tempDir } from "../helpers/cli.js";
import { CLEAN, workspace } from "../helpers/fixtures.js";

const POLLUTER = `version: 1
__proto__:
  polluted: true
  isAdmin: true
constructor:
  prototype: { polluted: true }
project:
  id: forurenset
  name: "\\e[2J\\e[31mRØD\\e]0;tittel\\a <script>alert(1)</script> \\u202egnp.exe"
  organisation: O
  level: stat
  phase: konsept
  __proto__: { polluted: true }
governance:
  owner: { name: "\\e[1mFET\\e[0m", prototype: x }
`;

describe("prototype pollution", () => {
  it("a polluting file checked before a clean one leaves the clean one's result identical", () => {
    const dir = workspace({ "a-forurenset.dossier.yaml": POLLUTER, "b-ren.dossier.yaml": CLEAN });
    const alone = json(runCli(["check", "--format", "json", "b-ren.dossier.yaml"], { cwd: dir })).files[0];
    const after = json(runCli(["check", "--format", "json", "a-forurenset.dossier.yaml", "b-ren.dossier.yaml"], { cwd: dir }));
    expect(after.files[1]).toEqual(alone);
    // The polluting keys are ordinary unknown keys of that file.
    const own = after.files[0]!;
    expect(own.status).toBe("invalid");
    expect(own.findings.map((f) => [f.rule, f.pointer])).toEqual(
      expect.arrayContaining([
        ["schema/unknown-key", "/__proto__"],
        ["schema/unknown-key", "/constructor"],
        ["schema/unknown-key", "/project/__proto__"],
        ["schema/unknown-key", "/governance/owner/prototype"],
      ]),
    );
  });
});

describe("terminal and markup injection", () => {
  it("control characters from a dossier are shown escaped in stylish output, never sent raw", () => {
    const text = CLEAN.replace(/recipient: \S+/, 'recipient: "\\e[2J\\e]0;eid\\a\\u202eevil"');
    const dir = workspace({ "a.dossier.yaml": text });
    const r = runCli(["check", "a.dossier.yaml", "--no-color"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(r.stdout).toContain("\\x1b[2J\\x1b]0;eid\\x07\\u202eevil");
  });

  it("HTML-like strings stay inert in every check format", () => {
    const text = CLEAN.replace(/recipient: \S+/, 'recipient: "<script>alert(1)</script>\\"><img src=x onerror=alert(1)>"');
    const dir = workspace({ "a.dossier.yaml": text });
    for (const format of FORMAT_NAMES) {
      const r = runCli(["check", "a.dossier.yaml", "--format", format], { cwd: dir });
      expect([0, 1], format).toContain(r.code);
      if (format === "json" || format === "sarif") expect(() => JSON.parse(r.stdout), format).not.toThrow();
      if (["junit", "markdown", "html"].includes(format)) expect(r.stdout, format).not.toContain("<script>");
    }
  });
});

describe("config files are data", () => {
  it("tags and code-like values in a config are not executed", () => {
    const marker = join(tempDir(), "ran");
    const dir = workspace({
      "portvokter.config.yaml": `lang: !!js/function "function(){ require('fs').writeFileSync('${marker}', 'x') }"\n`,
      "a.dossier.yaml": CLEAN,
    });
    const r = runCli(["check", "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/portvokter\.config\.yaml:1:21: «function\(\)\{ require.*» er ikke en gyldig verdi for «lang»\. Tillatte verdier: nb, en\./);
    expect(() => statSync(marker)).toThrow();
  });
});

describe("closed pipes", () => {
  it("output piped into head ends quietly", () => {
    const r = spawnSync("bash", ["-c", `set -o pipefail; node ${JSON.stringify(BIN)} rules | head -n 1; node ${JSON.stringify(BIN)} check examples --no-config | head -c 10 >/dev/null; echo done`], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/done\n$/);
  });
});

describe("inputs are never modified", () => {
  function checksums(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else out[p.slice(dir.length)] = createHash("sha256").update(readFileSync(p)).digest("hex") + statSync(p).mtimeMs;
      }
    };
    walk(dir);
    return out;
  }

  it("every command leaves every input file byte-identical (and untouched)", () => {
    const dir = workspace({ "portvokter.config.yaml": "lang: nb\n" });
    mkdirSync(join(dir, "dossiers"));
    for (const f of readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".dossier.yaml"))) writeFileSync(join(dir, "dossiers", f), readFileSync(join(ROOT, "examples", f)));
    writeFileSync(join(dir, "dossiers", "broken.yaml"), "a: [\n");
    const before = checksums(dir);
    const out = tempDir();
    const commands = [
      ["check"],
      ["check", "dossiers", "--format", "json", "--output", join(out, "a.json")],
      ["check", "dossiers/broken.yaml", "dossiers/ok-bp2-konsept.dossier.yaml", "--lang", "en"],
      ["check", "-"],
      ["rules"],
      ["rules", "--format", "json"],
      ["explain", "benefits/owner-not-in-line"],
      ["schema"],
      ["init", "--output", join(out, "ny.dossier.yaml")],
      ["init", "--output", "dossiers/ok-bp2-konsept.dossier.yaml"], // refused: exists
      ["check", "dossiers/ok-bp2-konsept.dossier.yaml", "--output", "dossiers/ok-bp2-konsept.dossier.yaml"], // refused
    ];
    for (const args of commands) runCli(args, { cwd: dir, input: CLEAN });
    expect(checksums(dir)).toEqual(before);
  });
});
