// The findings report as Markdown (`report --format markdown`, `check --format markdown`).
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli.js";
import { EXAMPLES, example, exampleData, hostileFile, isKey, occurrences, report, TODAY } from "./helpers.js";

const DIGI = "digibarnevern-bp4.dossier.yaml";
const md = (...args: string[]) => report([...args, "--format", "markdown"]).stdout;

/** The cells of a Markdown table row (split on unescaped pipes). */
function cells(row: string): string[] {
  return row
    .replace(/^\|\s?|\s?\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function rowStartingWith(text: string, start: string): string[] {
  const line = text.split("\n").find((l) => l.startsWith(start));
  if (!line) throw new Error(`no row starting with ${start}`);
  return cells(line);
}

describe("report --format markdown", () => {
  const text = md(example(DIGI));

  it("has the project, its facts and a readiness table with verdict words", () => {
    expect(text).toMatch(/^# Portvokter: rapport til beslutningspunktet\n/);
    expect(text).toContain("## Digibarnevern stat · ⛔ ikke klar");
    expect(text).toContain("- **Beslutningspunkt sjekket:** BP4");
    expect(text).toContain("- **Organisasjon:** Bufdir");
    expect(rowStartingWith(text, "| 1 |")).toEqual(["1", "Organisering og styring", "⛔ ikke klar", "2", "6", "0"]);
    expect(rowStartingWith(text, "| 5 |")).toEqual(["5", "Konkurransestrategi og leverandører", "✅ klar", "0", "0", "0"]);
    expect(rowStartingWith(text, "| 7 |")[2]).toBe("⚠️ svakheter");
  });

  it("draws the stakeholder matrix as a 2×2 table with every key actor in the key cell", () => {
    const high = rowStartingWith(text, "| **Viktighet: høy**");
    const low = rowStartingWith(text, "| **Viktighet: lav**");
    expect(high[2]).toMatch(/^\*\*Nøkkelaktører:\*\*/);
    const { stakeholders } = exampleData(DIGI);
    for (const s of stakeholders) {
      const name = s.name.replace(/[\\`*_[\]|#~]/g, (c) => `\\${c}`);
      if (isKey(s)) expect(high[2]).toContain(name);
      else expect(high[2]).not.toContain(name);
      expect(occurrences([...high, ...low].join("\n"), `${name} (`)).toBe(1);
    }
  });

  it("lists the benefits with dates, earliest first", () => {
    const rows = text.split("\n").filter((l) => /^\| \d{4}-\d{2}-\d{2} \|/.test(l)).map(cells);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["2027-12-31", "b1"],
      ["2028-06-30", "b2"],
      ["2028-12-31", "b3"],
    ]);
    expect(rows[0]![4]).toBe("⛔ nei");
  });

  it("groups findings by theme with severity, position, rule and source; waivers with their reasons", () => {
    expect(text).toContain("#### 1 Organisering og styring · ⛔ ikke klar");
    expect(text).toMatch(/- ⛔ \*\*feil\*\* .+ \(linje \d+, kolonne \d+ · `governance\/escalation-missing` · Kilde: /);
    expect(text).toContain("<details><summary>Hvorfor disse reglene?</summary>");
    expect(text).toContain("### Unntatte funn (waivers)");
    expect(text).toMatch(/`municipal\/decision-structures-unmapped` .+\*\*Begrunnelse:\*\* Beslutningsstrukturen/);
  });

  it("has a portfolio table for several dossiers", () => {
    const all = md("examples");
    expect(all).toContain("## Portefølje");
    const rows = all.split("\n").filter((l) => l.startsWith("| examples/"));
    expect(rows).toHaveLength(5);
    expect(cells(rows[0]!).slice(0, 9)).toEqual([
      "examples/digibarnevern-bp4.dossier.yaml",
      "[Digibarnevern stat](#d-1)",
      "gjennomføre",
      "BP4",
      "sjekket",
      "⛔ ikke klar",
      "6",
      "21",
      "0",
    ]);
    expect(cells(rows[0]!)).toHaveLength(19);
  });

  it("is in English with --lang en", () => {
    const en = md(example(DIGI), "--lang", "en");
    expect(en).toContain("### Readiness per theme (BP4)");
    expect(en).toContain("| 1 | Organisation and governance | ⛔ not ready |");
  });

  it("escapes Markdown and HTML in dossier text", () => {
    const hostile = report([hostileFile(), "--format", "markdown"]).stdout;
    expect(hostile).not.toContain("<script");
    expect(hostile).not.toContain("<img");
    expect(hostile).not.toContain("<b ");
    expect(hostile).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(hostile).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(hostile).toContain("A \\| B \\`kode\\` \\*fet\\* \\_kursiv\\_ \\[lenke\\]");
    // The pipe inside a name does not add a cell.
    expect(rowStartingWith(hostile, "| **Viktighet: høy**")).toHaveLength(3);
    const benefitRow = rowStartingWith(hostile, "| 2027-06-30 |");
    expect(benefitRow).toHaveLength(6);
    // Raw HTML in the output is only the report's own.
    const tags = new Set([...hostile.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(["a", "br", "details", "summary"]);
  });
});

describe("check --format markdown", () => {
  it("renders the same report from check's results", () => {
    const viaCheck = runCli(["check", example(DIGI), "--format", "markdown", "--no-config", "--today", TODAY]);
    expect(viaCheck.code).toBe(1);
    expect(viaCheck.stdout).toBe(md(example(DIGI)));
  });
});

describe("markdown stays under GitHub's 65,536-character comment limit", () => {
  const LIMIT = 65_536;
  /** 80 example dossiers: today's report of them is over two million characters. */
  function bigCorpus(): string {
    const dir = tempDir();
    for (let i = 0; i < 40; i++) {
      copyFileSync(join(EXAMPLES, "kommune-velferd-bp2.dossier.yaml"), join(dir, `k${String(i).padStart(2, "0")}.dossier.yaml`));
      copyFileSync(join(EXAMPLES, DIGI), join(dir, `d${String(i).padStart(2, "0")}.dossier.yaml`));
    }
    return dir;
  }

  /** Well-formed: <details> blocks closed, and every table has its header and separator rows. */
  function wellFormed(text: string): void {
    expect(occurrences(text, "<details>")).toBe(occurrences(text, "</details>"));
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]!.startsWith("|") && !(lines[i - 1] ?? "").startsWith("|")) expect(lines[i + 1], `table at line ${i + 1}`).toMatch(/^\| (---:?|:?---)( \| (---:?|:?---))* \|$/);
    }
  }

  it("report and check: shortened with a note that says so and points to the full report", () => {
    const dir = bigCorpus();
    const json = JSON.parse(runCli(["check", dir, "--format", "json", "--no-config", "--today", TODAY]).stdout) as { files: unknown[] };
    expect(json.files).toHaveLength(80);
    for (const r of [report([dir, "--format", "markdown"]), runCli(["check", dir, "--format", "markdown", "--no-config", "--today", TODAY])]) {
      expect(r.code).toBe(1);
      const text = r.stdout;
      expect(text.length).toBeLessThan(LIMIT);
      expect([...text].length).toBeLessThan(LIMIT);
      expect(text.length).toBeGreaterThan(30_000); // the budget is used, not thrown away
      expect(text).toMatch(/\n---\n\n\*\*Rapporten er kortet ned for å holde seg under GitHubs grense på 65 536 tegn per kommentar:\*\* \d+ av 80 dossierer vises i sin helhet; .*`portvokter report --output rapport\.html`/);
      expect(text).toContain("*… kortet ned her; se merknaden nederst.*");
      // The summary comes first: the portfolio table, with the rows that fit and a count of the others.
      expect(text.indexOf("## Portefølje")).toBeLessThan(text.indexOf("<a id="));
      const rows = text.split("\n").filter((l) => /^\| [dk]\d\d\.dossier\.yaml/.test(l) || /^\| .*[dk]\d\d\.dossier\.yaml \|/.test(l));
      const more = /\*(\d+) dossierer til er ikke med i tabellen/.exec(text);
      expect(rows.length + Number(more?.[1] ?? 0)).toBe(80);
      wellFormed(text);
    }
  });

  it("one dossier with thousands of findings is cut at a safe line, in English too", () => {
    const dir = tempDir();
    const benefits = Array.from({ length: 1500 }, (_, i) => `  - id: b${i}\n    description: Gevinst ${i}\n`).join("");
    writeFileSync(join(dir, "big.dossier.yaml"), `version: 1\nproject: { id: big, name: Stor, organisation: O, level: stat, phase: planlegge }\nbenefits:\n${benefits}`);
    const text = report([join(dir, "big.dossier.yaml"), "--format", "markdown", "--lang", "en"]).stdout;
    expect(text.length).toBeLessThan(LIMIT);
    expect(text).toContain("*… shortened here; see the note at the end.*");
    expect(text).toMatch(/This report is shortened to stay under GitHub's limit of 65 536 characters per comment:\*\* 0 of 1 dossiers are shown in full/);
    wellFormed(text);
  });

  it("a report that fits is not touched: no note", () => {
    const text = md(example(DIGI));
    expect(text).not.toContain("kortet ned");
    expect(text.endsWith("\n")).toBe(true);
  });
});
