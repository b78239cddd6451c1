// Verdicts a reviewer can trust (issue 12, item 12): a theme with no rule at the gate is "ikke
// vurdert ved BPn", never "klar"; the portfolio shows waivers, and explains an overall verdict
// that comes from findings outside the ten themes.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CLEAN, ONE_ERROR, workspace } from "../helpers/fixtures.js";

const tiles = (html: string) => Object.fromEntries([...html.matchAll(/<g class="tile" data-theme="([a-z-]+)" data-verdict="([a-z-]+)"/g)].map((m) => [m[1], m[2]]));

describe("report verdicts", () => {
  it("at BP1, themes whose rules start later are «ikke vurdert ved BP1», with no count and never «klar»", () => {
    const dir = workspace();
    writeFileSync(join(dir, "ide.dossier.yaml"), runCli(["init", "--phase", "idé", "--stdout"], { cwd: dir }).stdout);
    const out = join(dir, "r.html");
    expect(runCli(["report", "ide.dossier.yaml", "-o", out, "--today", "2026-06-15"], { cwd: dir }).code).toBe(1);
    const html = readFileSync(out, "utf8");
    const v = tiles(html);
    // No rule of these themes applies at BP1 (test/catalogue/rules.nb.json: change from BP2, procurement from BP2 …).
    for (const theme of ["change", "procurement", "instruments", "stakeholders", "uncertainty"]) expect(v[theme], theme).toBe("unknown");
    expect(html).toMatch(/<text class="tile-verdict"[^>]*>ikke vurdert ved BP1<\/text>/);
    // The same dossier at BP3: those themes are judged.
    const at3 = join(dir, "r3.html");
    runCli(["report", "ide.dossier.yaml", "-o", at3, "--gate", "BP3", "--today", "2026-06-15"], { cwd: dir });
    const v3 = tiles(readFileSync(at3, "utf8"));
    for (const theme of ["change", "procurement", "instruments", "stakeholders", "uncertainty"]) expect(v3[theme], theme).not.toBe("unknown");
  });

  it("the portfolio counts waivers per dossier and says where a verdict outside the themes comes from", () => {
    // Three projects: each its own project.id (a shared one would add a portfolio warning).
    const id = (text: string, own: string) => text.replace(/^(  id: )\S+/m, `$1${own}`);
    const dir = workspace({
      "a-ren.dossier.yaml": CLEAN,
      "b-feil.dossier.yaml": id(ONE_ERROR, "b-feil"),
      "c-unntak.dossier.yaml": id(ONE_ERROR, "c-unntak").replace(/\n*$/, "\n") + 'waivers:\n  - { rule: dossier/unknown-reference, reason: "Mottakeren legges til ved neste revisjon" }\n',
    });
    const out = join(dir, "r.html");
    runCli(["report", ".", "-o", out, "--today", "2026-06-15"], { cwd: dir });
    const html = readFileSync(out, "utf8");
    const rows = [...html.matchAll(/<tr data-index="\d+"[^>]*>(.*?)<\/tr>/g)].map((m) => m[1]!);
    expect(rows).toHaveLength(3);
    const headers = [...html.matchAll(/<th[^>]*scope="col"[^>]*>(.*?)<\/th>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
    const waivedCol = headers.findIndex((h) => h.includes("Unntak"));
    expect(waivedCol).toBeGreaterThan(0);
    const cells = (row: string) => [...row.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ""));
    expect(rows.map((r) => cells(r)[waivedCol])).toEqual(["0", "0", "1"]);
    // b: every theme is klar, yet the dossier is «ikke klar» because of a dossier/* error: said so.
    expect(rows[1]).toContain("ikke klar");
    expect(rows[1]).toMatch(/class="muted from-apart">ut fra funn utenfor temaene: Selve dossieren/);
    expect(rows[0]).not.toContain("from-apart");
    expect(rows[2]).not.toContain("from-apart");
  });
});

describe("the stakeholder matrix", () => {
  it("never cuts a name short: a long name is wrapped over lines, every character kept", () => {
    const long = "Nasjonalt senter for samhandling og digitalisering i kommunesektoren og fylkeskommunene";
    const odd = "Enordsomerlangereennførtitegnogmåbrytesmidtiordet-Digitaliseringsrådet";
    const yaml =
      CLEAN.replace(/\n*$/, "\n").replace(/^stakeholders:\n/m, `stakeholders:\n  - { id: lang, name: "${long}", level: stat, importance: høy, replaceability: lav, strategy: samarbeid }\n  - { id: ord, name: "${odd}", level: stat, importance: lav, replaceability: høy, strategy: fasilitering }\n`);
    const dir = workspace({ "p.dossier.yaml": yaml });
    const out = join(dir, "r.html");
    runCli(["report", "p.dossier.yaml", "-o", out, "--today", "2026-06-15"], { cwd: dir });
    const html = readFileSync(out, "utf8");
    const nameOf = (id: string) => {
      const g = new RegExp(`<g class="actor" data-actor="${id}"[^>]*>.*?<text class="actor-name"[^>]*>(.*?)</text>`).exec(html)![1]!;
      return { text: [...g.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]).join(""), lines: (g.match(/<tspan/g) ?? []).length };
    };
    expect(nameOf("lang")).toEqual({ text: long, lines: 3 });
    expect(nameOf("ord").text).toBe(odd);
    expect(nameOf("ord").lines).toBe(2);
    expect(html).not.toContain("…</tspan>");
  });
});
