// Output must not depend on the process locale: under LC_ALL=tr_TR.UTF-8 ICU's default locale is
// Turkish, where I lower-cases to ı and I sorts before i. Every comparison, sort and case change
// names its locale (or none is needed), so a run gives the same bytes as under LC_ALL=C.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CLEAN, workspace } from "../formats/helpers.js";

const TR = { LC_ALL: "tr_TR.UTF-8", LANG: "tr_TR.UTF-8" };
const C = { LC_ALL: "C", LANG: "C" };

// Two extra common components whose names differ only in I/i, equally close to the dossier's
// unknown entry «xa»: which one «did you mean» names depends on how ties are ordered.
const CONFIG = 'common_components:\n  - { id: alfa, name: "Ia" }\n  - { id: beta, name: "ia" }\n';
const DOSSIER = CLEAN.replace("      - id-porten\n", "      - id-porten\n      - xa\n      - İDPORTEN\n").replace(
  "  name: Automatisert behandling av utdanningsstøtte i utlandet\n",
  "  name: İstanbul Iğdır ılık\n",
);

describe("the process locale does not change the output", () => {
  it("this Node really switches its default locale under LC_ALL=tr_TR.UTF-8 (so the test below can fail)", () => {
    const r = spawnSync(process.execPath, ["-p", "new Intl.Collator().resolvedOptions().locale + ' ' + ['i', 'I'].sort((a, b) => a.localeCompare(b)).join('')"], {
      env: { ...process.env, ...TR },
      encoding: "utf8",
    });
    expect(r.stdout.trim()).toBe("tr-TR Ii");
  });

  it("check (stylish, json, a usage error) and report give the same bytes under tr_TR and C", () => {
    const dir = workspace({ "portvokter.config.yaml": CONFIG, "a.dossier.yaml": DOSSIER, "b.dossier.yaml": CLEAN });
    const runs: Array<[string, string[]]> = [
      ["stylish", ["check", "a.dossier.yaml", "--gate", "BP2", "--rule", "architecture/unknown-common-component=error"]],
      ["json", ["check", "a.dossier.yaml", "b.dossier.yaml", "--format", "json", "--rule", "architecture/unknown-common-component=error"]],
      ["html report", ["report", "a.dossier.yaml", "b.dossier.yaml", "--today", "2026-11-28"]],
      ["unknown rule", ["check", "a.dossier.yaml", "--rule", "architecture/unknown-common-componenT=off"]],
    ];
    for (const [name, args] of runs) {
      const c = runCli(args, { cwd: dir, env: C });
      const tr = runCli(args, { cwd: dir, env: TR });
      expect(tr.stdout, name).toBe(c.stdout);
      expect(tr.stderr, name).toBe(c.stderr);
    }
    // The suggestion itself: ties in a fixed (English) collation, lower case first.
    const c = runCli(runs[0]![1], { cwd: dir, env: C });
    expect(c.stdout).toContain("«xa» er ikke en kjent felleskomponent (instruments.architecture.common_components); mente du beta?");
  });
});
