// The findings report as Markdown (`report --format markdown`, `check --format markdown`).
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { example, exampleData, hostileFile, isKey, occurrences, report, TODAY } from "./helpers.js";

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
