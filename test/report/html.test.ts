// Content of the HTML findings report, asserted on the generated page (no big snapshots).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, ROOT, runCli, tempDir } from "../helpers/cli.js";
import { example, exampleData, hostileFile, isKey, occurrences, report, reportHtml, TODAY } from "./helpers.js";

const DIGI = "digibarnevern-bp4.dossier.yaml";
const sourceLegendData = (): Record<string, { url: string | null }> =>
  JSON.parse(readFileSync(join(ROOT, "rules", "data", "sources.json"), "utf8")) as Record<string, { url: string | null }>;
const KOMMUNE = "kommune-velferd-bp2.dossier.yaml";

/** data-theme → data-verdict of the readiness tiles in one page (single dossier). */
function tiles(html: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of html.matchAll(/<g class="tile" data-theme="([^"]+)" data-verdict="([^"]+)"/g)) out[m[1]!] = m[2]!;
  return out;
}

describe("report: one dossier", () => {
  const html = reportHtml(example(DIGI));

  it("is one HTML document in the chosen language", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"nb\">")).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(occurrences(html, "<h1>")).toBe(1);
    expect(reportHtml(example(DIGI), "--lang", "en")).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it("shows the project, organisation, phase, gate and status", () => {
    expect(html).toContain('<h2 id="d-1-h"><span>Digibarnevern stat</span>');
    for (const fact of ["digibarnevern-stat", "Bufdir", "gjennomføre", "BP4", "sjekket"]) expect(html).toContain(`<dd>${fact}</dd>`);
  });

  it("places every key actor in the key quadrant and every stakeholder exactly once", () => {
    const { stakeholders } = exampleData(DIGI);
    expect(stakeholders.filter(isKey).length).toBeGreaterThan(0);
    for (const s of stakeholders) {
      expect(occurrences(html, `data-actor="${s.id}"`), s.id).toBe(1);
      if (isKey(s)) expect(html, s.id).toContain(`data-actor="${s.id}" data-quadrant="key"`);
      else expect(html, s.id).not.toContain(`data-actor="${s.id}" data-quadrant="key"`);
      expect(html).toContain(`data-actor="${s.id}" data-quadrant="${s.importance === "høy" ? (s.replaceability === "lav" ? "key" : "important") : s.replaceability === "lav" ? "hard-to-replace" : "peripheral"}" data-strategy="${s.strategy}"`);
    }
    expect(occurrences(html, 'class="actor"')).toBe(stakeholders.length);
  });

  it("draws one timeline marker per benefit with a date, shaped by owner in line", () => {
    const { benefits } = exampleData(DIGI);
    const dated = benefits.filter((b) => b.realisation_date);
    expect(occurrences(html, '<g class="benefit"')).toBe(dated.length);
    for (const b of dated) {
      expect(html).toContain(`data-benefit="${b.id}" data-in-line="${b.owner?.in_line === true ? "true" : b.owner?.in_line === false ? "false" : "unknown"}" data-date="${b.realisation_date}"`);
    }
  });

  it("gives the ten readiness themes the verdicts their findings call for", () => {
    expect(tiles(html)).toEqual({
      governance: "not-ready",
      needs: "gaps",
      uncertainty: "gaps",
      benefits: "not-ready",
      procurement: "ready",
      "it-policy": "not-ready",
      stakeholders: "gaps",
      municipal: "gaps",
      instruments: "not-ready",
      change: "gaps",
    });
    expect(tiles(reportHtml(example(KOMMUNE)))).toEqual({
      governance: "gaps",
      needs: "gaps",
      uncertainty: "ready",
      benefits: "not-ready",
      procurement: "gaps",
      "it-policy": "gaps",
      stakeholders: "gaps",
      municipal: "ready",
      instruments: "ready",
      change: "gaps",
    });
    const ok = tiles(reportHtml(example("ok-bp4-gjennomfore.dossier.yaml")));
    expect(Object.values(ok)).toEqual(Array(10).fill("ready"));
  });

  it("says each verdict in words and with a symbol, and gives the SVGs alt text", () => {
    for (const word of ["ikke klar", "svakheter", "klar"]) expect(html).toContain(`<text class="tile-verdict" x="48" y="80">${word}</text>`);
    const svgs = [...html.matchAll(/<svg class="(readiness|matrix|timeline)"[^>]*>/g)];
    expect(svgs.map((m) => m[1])).toEqual(["readiness", "matrix", "timeline"]);
    for (const m of svgs) {
      expect(m[0]).toContain('role="img"');
      const id = /id="([^"]+)"/.exec(m[0])![1]!;
      expect(m[0]).toContain(`aria-labelledby="${id}-t ${id}-d"`);
      expect(html).toContain(`<title id="${id}-t">`);
      expect(html).toContain(`<desc id="${id}-d">`);
    }
    for (const m of html.matchAll(/<g class="actor"[^>]*>(<title>[^<]+<\/title>)?/g)) expect(m[1], m[0]).toBeDefined();
  });

  it("lists every finding under its theme with severity word, position, source and explain text; waivers with reasons", () => {
    const data = json(runCli(["check", example(DIGI), "--format", "json", "--no-config", "--today", TODAY])).files[0]!;
    expect(occurrences(html, '<li class="finding ')).toBe(data.findings.length + data.suppressed.length);
    for (const f of data.findings) {
      expect(html).toContain(`data-rule="${f.rule}" data-severity="${f.severity}"`);
      expect(html).toContain(`linje ${f.line}, kolonne ${f.column}`);
    }
    // Each finding links to its rule's note; the page carries each note once, after the last dossier.
    expect(occurrences(html, '<p class="why"><a href="#rule-')).toBe(data.findings.length + data.suppressed.length);
    const ruleIds = new Set([...data.findings, ...data.suppressed].map((f) => String(f.rule)));
    expect(occurrences(html, '<section class="rule-note"')).toBe(ruleIds.size);
    for (const id of ruleIds) {
      const anchor = `rule-${id.replace("/", "--")}`;
      expect(occurrences(html, `id="${anchor}"`), id).toBe(1);
      expect(html).toContain(`<a href="#${anchor}">`);
    }
    expect(html.indexOf('<section class="rule-notes"')).toBeGreaterThan(html.lastIndexOf('<article class="dossier"'));
    expect(html).toContain("Hvorfor:");
    expect(html).toContain('<div class="theme-group" data-group="governance"><h4 id="d-1-governance"><span class="num">1</span> Organisering og styring');
    for (const s of data.suppressed) expect(html).toContain(String(s.reason).slice(0, 40));
    expect(html).toContain("<strong>Begrunnelse:</strong>");
  });

  it("references nothing outside the page", () => {
    // No tag points outside (src, href, …); the only URLs are the source legend's, as text in
    // the rule notes, for a reader to follow.
    expect(html).not.toMatch(/<[^>]*https?:\/\//);
    const legendUrls = Object.values(sourceLegendData()).map((d) => d.url);
    const urls = [...html.matchAll(/https?:\/\/[^\s<"]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(legendUrls).toContain(url);
    expect(html).not.toMatch(/<[^>]*\ssrc\s*=/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?(?!#)/i);
    for (const m of html.matchAll(/\shref="([^"]*)"/g)) expect(m[1]).toMatch(/^#/);
    expect(occurrences(html, "<script")).toBe(1);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/);
  });

  it("has print CSS: A4, a page per dossier, rule notes and links left off paper, details shown", () => {
    expect(html).toContain("@page { size: A4;");
    expect(html).toMatch(/main > \* \+ \.dossier \{ break-before: page; page-break-before: always; \}/);
    expect(html).toMatch(/\.why, \.rule-notes \{ display: none; \}/);
    expect(html).toContain("details::details-content");
  });
});

describe("report: middels on an axis of the stakeholder matrix", () => {
  it("names the actor beside the matrix as between the cells, not as unclassified (HTML and Markdown)", () => {
    const text = readFileSync(example("ok-bp2-konsept.dossier.yaml"), "utf8");
    const before = "  - id: kunnskapsdepartementet\n    name: Kunnskapsdepartementet\n    level: stat\n    importance: høy\n";
    expect(text).toContain(before);
    const path = join(tempDir(), "middels.dossier.yaml");
    writeFileSync(path, text.replace(before, before.replace("importance: høy", "importance: middels")));
    const html = reportHtml(path);
    expect(occurrences(html, 'data-actor="kunnskapsdepartementet"')).toBe(1);
    expect(html).toContain('data-actor="kunnskapsdepartementet" data-quadrant="between"');
    expect(html).toContain("Mellom rutene (middels viktighet eller erstatningsmulighet)");
    expect(html).not.toContain("Ikke klassifisert (mangler");
    const md = report([path, "--format", "markdown"]).stdout;
    expect(md).toMatch(/\*\*Mellom rutene \(middels viktighet eller erstatningsmulighet\):\*\* Kunnskapsdepartementet \(/);
  });
});

describe("report: hostile text", () => {
  const file = hostileFile();
  const r = report([file]);
  const html = r.stdout;

  it("is escaped everywhere: no markup from the dossier survives", () => {
    expect(html).toContain("<!DOCTYPE html>");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b onmouseover");
    expect(html).not.toMatch(/<[^>]*\sonerror\s*=/i);
    expect(occurrences(html, "<script")).toBe(1);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    // Every stakeholder still drawn once, the unclassified one beside the matrix.
    for (const id of ["skript", "bilde", "tabell", "uklassifisert"]) expect(occurrences(html, `data-actor="${id}"`)).toBe(1);
    expect(html).toContain('data-actor="skript" data-quadrant="key"');
    expect(html).toContain('data-actor="uklassifisert" data-quadrant="unclassified"');
  });

  it("keeps the waiver's hostile reason inert", () => {
    expect(html).toContain("&lt;/details&gt;&lt;img src=x onerror=alert(3)&gt;");
  });
});

describe("report: several dossiers", () => {
  const html = reportHtml("examples");

  it("has a portfolio table with one row per dossier, sortable headers and labelled filters", () => {
    expect(html).toContain('<h2 id="portfolio-h">Portefølje</h2>');
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html.slice(html.indexOf('id="portfolio-table"')))![1]!;
    expect(occurrences(body, "<tr ")).toBe(5);
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(html)![1]!;
    expect(occurrences(head, '<button type="button">')).toBe(20);
    expect(head).not.toContain("aria-sort");
    expect(html).toContain('<label for="pf-filter">');
    expect(html).toContain('<input type="search" id="pf-filter"');
    expect(html).toContain('<label for="pf-show">');
    expect(html).toMatch(/<select id="pf-show"><option value="all">/);
    expect(body).toContain('data-status="checked" data-verdict="not-ready" data-errors="6"');
  });

  it("has one article per dossier, each with its own ids", () => {
    expect(occurrences(html, '<article class="dossier"')).toBe(5);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has no portfolio for a single dossier", () => {
    expect(reportHtml(example(DIGI))).not.toContain('id="portfolio"');
  });
});

describe("report: files that could not be checked", () => {
  it("shows an invalid and an unreadable file with their problems and no verdicts", () => {
    const r = report([join("test", "fixtures", "input", "schema-errors.yaml"), "missing.dossier.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('data-status="invalid"');
    expect(r.stdout).toContain('data-status="fatal"');
    expect(r.stdout).toContain('data-verdict="unknown"');
    expect(r.stdout).toContain('data-rule="io/unreadable"');
    expect(r.stdout).toMatch(/data-rule="schema\//);
    expect(r.stdout).toContain("Filen følger ikke skjemaet: regler som leser en del med feil, ble ikke kjørt");
  });
});

describe("report: the command", () => {
  it("exits like check: 0 clean, 1 findings, 2 unusable input", () => {
    expect(report([example("ok-bp2-konsept.dossier.yaml")]).code).toBe(0);
    expect(report([example(DIGI)]).code).toBe(1);
    expect(report([example(DIGI), "--fail-severity", "error", "--rule", "benefits/*=off", "--rule", "governance/*=off", "--rule", "instruments/*=off", "--rule", "architecture/*=off"]).code).toBe(0);
    expect(report(["missing.dossier.yaml"]).code).toBe(2);
  });

  it("writes --output atomically and never over an input", () => {
    const dir = tempDir();
    const out = join(dir, "rapport.html");
    const r = report([example(DIGI), "--output", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain("Digibarnevern stat");
    const refused = report([example(DIGI), "--output", example(DIGI)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("portvokter skriver aldri over en dossier");
    expect(existsSync(out)).toBe(true);
  });

  it("honours --gate", () => {
    const html = reportHtml(example("ok-bp2-konsept.dossier.yaml"), "--gate", "BP3");
    expect(html).toContain("<dd>BP3</dd>");
    expect(html).toContain("Klarhet per tema (BP3)");
  });
});

describe("the JSON contract", () => {
  it("does not carry the dossier the report uses", () => {
    const out = runCli(["check", example(DIGI), "--format", "json", "--no-config", "--today", TODAY]).stdout;
    const file = JSON.parse(out).files[0];
    expect(Object.keys(file)).toEqual(["path", "gate", "status", "project", "findings", "suppressed"]);
    expect(Object.keys(file.project)).toEqual(["id", "name", "phase", "next_gate"]);
    expect(out).not.toContain("Tone Bjerkeli");
  });
});
