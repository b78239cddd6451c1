// stylish lists each suppressed finding with its waiver's reason (README: Waivers), escaped.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, runCli, tempDir } from "../helpers/cli.js";

describe("stylish: suppressed findings", () => {
  it("lists each waived finding, apart, with its position, message, rule and reason", () => {
    const file = "examples/digibarnevern-bp4.dossier.yaml";
    const suppressed = json(runCli(["check", file, "--format", "json", "--lang", "en"])).files[0]!.suppressed;
    expect(suppressed.length).toBe(2);
    const out = runCli(["check", file, "--lang", "en"]).stdout;
    const lines = out.split("\n");
    const head = lines.findIndex((l) => l === "  2 suppressed (waiver):");
    expect(head).toBeGreaterThan(0);
    for (const [i, s] of suppressed.entries()) {
      const row = lines[head + 1 + 2 * i]!;
      expect(row).toMatch(new RegExp(`^  ${s.line}:${s.column}\\s+`));
      expect(row).toContain(`${s.message}  ${s.rule}`);
      expect(lines[head + 2 + 2 * i]!.trim()).toBe(`↳ suppressed, reason: ${s.reason}`);
    }
    expect(out).toMatch(/; 2 suppressed \(waiver\)\n$/);
  });

  it("a clean file with a waiver still shows the waived finding and its reason; the reason is escaped", () => {
    const dir = tempDir();
    const f = join(dir, "w.dossier.yaml");
    writeFileSync(
      f,
      [
        "version: 1",
        "project: { id: w, name: W, organisation: O, level: stat, phase: konsept }",
        "instruments:",
        "  architecture:",
        "    common_components: [ukjent-greie-xyz]",
        "waivers:",
        "  - rule: architecture/unknown-common-component",
        '    reason: "Lokal komponent \\u001b[31m::error::x"',
        "",
      ].join("\n"),
    );
    const r = runCli(["check", f, "--no-config"]);
    expect(r.stdout).toContain("1 unntatt (waiver):");
    expect(r.stdout).toContain("architecture/unknown-common-component");
    expect(r.stdout).toMatch(/↳ unntatt, begrunnelse: Lokal komponent \\x1b\[31m/);
    expect(r.stdout).not.toContain("\u001b");
  });
});
