// Cost linear in the input (issue 10, items 3 and 9): a very large dossier within the size limit is
// checked and reported in time and memory proportional to a bare YAML parse of it, measured now
// on the same machine (so a loaded CI runner moves both); one dossier that cannot be drawn never
// costs the report of the others; and the memory of every format does not grow with the number
// of files. The figures at full scale (40 000 stakeholders, 10 000 dossiers) are in bench/README.md.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module of the bench harness, without types
import { benefitsDossier, stakeholdersDossier } from "../../bench/large.mjs";
import spooledHtml from "../../src/report/html/page.js";
import markdown from "../../src/report/formatters/markdown.js";
import type { FormatContext } from "../../src/report/format-types.js";
import type { FileResult } from "../../src/types.js";
import { BIN, ROOT, tempDir } from "../helpers/cli.js";

const HOOK = pathToFileURL(join(ROOT, "bench", "rusage-hook.mjs")).href;
const FLOOR = join(ROOT, "bench", "parse-floor.mjs");

interface Measured {
  code: number | null;
  stdout: string;
  stderr: string;
  /** CPU seconds (user + system) of the whole process, all threads. */
  cpu: number;
  /** Peak resident set size, MB. */
  rss: number;
}

/** Runs a node script as its own process and reads its resource usage at exit (bench/rusage-hook.mjs). */
function measured(script: string, args: string[], opts: { cwd: string; nodeArgs?: string[] }): Measured {
  const usage = join(tempDir(), "rusage.json");
  const env: Record<string, string | undefined> = { ...process.env, BENCH_RUSAGE_FILE: usage, NO_COLOR: "1", FORCE_COLOR: undefined };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [...(opts.nodeArgs ?? []), "--import", HOOK, script, ...args], {
    cwd: opts.cwd,
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
    maxBuffer: 512 * 2 ** 20,
    timeout: 120_000,
  });
  const u = JSON.parse(readFileSync(usage, "utf8")) as { maxrss_kb: number; user_ms: number; sys_ms: number };
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, cpu: (u.user_ms + u.sys_ms) / 1000, rss: u.maxrss_kb / 1024 };
}

const CTX: FormatContext = {
  lang: "en",
  color: false,
  tool: { name: "portvokter", version: "0.0.0" },
  failSeverity: "error",
  rules: [],
  today: "2026-06-15",
};

const cli = (args: string[], cwd: string, nodeArgs?: string[]) => measured(BIN, [...args, "--no-config", "--today", "2026-06-15"], { cwd, nodeArgs });

describe("a very large dossier costs time and memory in proportion to parsing it", () => {
  const cases = [
    { name: "8 000 stakeholders (0.9 MB, 40 000 findings)", text: () => stakeholdersDossier(8_000) as string },
    { name: "5 000 benefits (0.5 MB, 25 000 findings)", text: () => benefitsDossier(5_000) as string },
  ];
  const runs: Array<{ label: string; args: string[] }> = [
    { label: "check --format json", args: ["check", "--format", "json"] },
    { label: "check --format sarif", args: ["check", "--format", "sarif"] },
    { label: "check --format junit", args: ["check", "--format", "junit"] },
    { label: "check --format markdown", args: ["check", "--format", "markdown"] },
    { label: "report (HTML)", args: ["report"] },
  ];
  for (const c of cases) {
    it(`${c.name}: check and report each under 4× the bare parse + 1.5 s of CPU and 3× its memory + 150 MB`, () => {
      const dir = tempDir();
      writeFileSync(join(dir, "big.dossier.yaml"), c.text());
      const floor = measured(FLOOR, ["big.dossier.yaml"], { cwd: dir });
      expect(floor.code).toBe(0);
      for (const run of runs) {
        const r = cli([...run.args, "big.dossier.yaml", "-o", join(dir, "out")], dir);
        console.log(
          `scale ${c.name}, ${run.label}: ${r.cpu.toFixed(2)} s CPU, ${r.rss.toFixed(0)} MB peak (bare parse ${floor.cpu.toFixed(2)} s, ${floor.rss.toFixed(0)} MB)`,
        );
        expect(r.stderr).toBe("");
        expect(r.code).toBe(1);
        expect(r.cpu).toBeLessThan(4 * floor.cpu + 1.5);
        expect(r.rss).toBeLessThan(3 * floor.rss + 150);
      }
    }, 180_000);
  }
});

describe("the benefits timeline with many and extreme dates", () => {
  it("8 000 dated benefits from year 0001 to 9999: both dossiers are reported, the drawing is bounded, the HTML table complete, the Markdown within GitHub's limit", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a-many.dossier.yaml"), benefitsDossier(10_000) as string);
    copyFileSync(join(ROOT, "examples", "digibarnevern-bp4.dossier.yaml"), join(dir, "b-digi.dossier.yaml"));
    for (const format of ["html", "markdown"]) {
      const out = join(dir, `report.${format}`);
      const r = cli(["report", "--format", format, ".", "-o", out], dir);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      const text = readFileSync(out, "utf8");
      expect(text).toContain("Digibarnevern stat");
      if (format === "markdown") {
        // Markdown is for pull-request comments: it stays under GitHub's limit and says it was cut.
        expect(text.length).toBeLessThan(65_536);
        expect(text).toContain("**Rapporten er kortet ned for å holde seg under GitHubs grense på 65 536 tegn per kommentar:** 0 av 2 dossierer vises i sin helhet");
      }
      if (format === "html") {
        expect(text).toContain("g-9999");
        expect(text.match(/<article class="dossier"/g)).toHaveLength(2);
        expect(text.match(/<g class="benefit" data-benefit="g-/g)).toHaveLength(200);
        expect(text).toContain("Tidslinjen viser de 200 tidligste av 8000 nyttevirkninger med dato");
        expect(text.match(/<tr data-benefit="g-/g)).toHaveLength(10_000);
        expect(text).toContain('data-date="0001-');
      }
    }
  }, 120_000);

  it("200 000 dated benefits (more than Math.min(...dates) can take on the stack) are drawn, in process", () => {
    const benefits = Array.from({ length: 200_000 }, (_, i) => ({ id: `b${i}`, realisation_date: `${String(1 + (i % 9999)).padStart(4, "0")}-06-15` }));
    const result: FileResult = {
      path: "many.yaml",
      gate: "BP2",
      status: "checked",
      findings: [],
      suppressed: [],
      dossier: { version: 1, project: { id: "m", name: "Many", organisation: "O", level: "stat", phase: "konsept" }, benefits } as never,
    };
    const html = spooledHtml([result], { ...CTX, lang: "nb" });
    expect(html.match(/<g class="benefit"/g)).toHaveLength(200);
    expect(html).toContain('data-date="0001-06-15"');
  });
});

describe("a dossier whose section cannot be drawn", () => {
  const good: FileResult = {
    path: "good.yaml",
    gate: "BP2",
    status: "checked",
    findings: [],
    suppressed: [],
    project: { name: "Good" },
    dossier: { version: 1, project: { id: "g", name: "Good", organisation: "O", level: "stat", phase: "konsept" } } as never,
  };
  // A value no YAML file produces, standing for any bug in a drawing: its finding's message throws when read.
  const finding = { rule: "needs/problem-missing", severity: "error", pointer: "", line: 1, column: 1, theme: "needs", source: "x" };
  Object.defineProperty(finding, "message", { get: () => { throw new Error("boom"); }, enumerable: true });
  const broken = { ...good, path: "broken.yaml", project: { name: "Broken" }, dossier: undefined, findings: [finding] } as unknown as FileResult;
  const ctx = CTX;

  it("is an error in its place in the HTML report, and the other dossiers are drawn", () => {
    const html = spooledHtml([broken, good], ctx);
    expect(html).toContain('<article class="dossier render-failed" id="d-1"');
    expect(html).toContain("This dossier could not be shown in the report (Error: boom)");
    expect(html).toContain('<article class="dossier" id="d-2" data-path="good.yaml"');
    expect(html.match(/<tr data-index=/g)).toHaveLength(2);
  });

  it("likewise in the Markdown report", () => {
    const md = markdown([broken, good], ctx);
    expect(md).toContain("This dossier could not be shown in the report (Error: boom)");
    expect(md).toContain('<a id="d-2"></a>\n\n## Good');
    expect(md.match(/\| \[/g)).toHaveLength(2);
  });
});

describe("the memory of every format does not grow with the number of files", () => {
  it("peak RSS at 400 dossiers is within 40 MB of that at 100, for each whole-run format of old, several at once, and the report", () => {
    const root = tempDir();
    const source = readFileSync(join(ROOT, "examples", "digibarnevern-bp4.dossier.yaml"), "utf8");
    const corpus = (n: number) => {
      const dir = join(root, `n${n}`);
      mkdirSync(dir);
      for (let i = 0; i < n; i++) writeFileSync(join(dir, `d${String(i).padStart(4, "0")}.dossier.yaml`), source.replace(/^(\s*id: )digibarnevern-stat$/m, `$1digi-${i}`));
      return dir;
    };
    const small = corpus(100), large = corpus(400);
    const runs: Array<{ label: string; args: (out: string) => string[] }> = [
      ...["sarif", "junit", "github", "markdown"].map((f) => ({ label: f, args: (out: string) => ["check", "--format", f, "-o", join(out, f)] })),
      { label: "sarif+junit+markdown", args: (out: string) => ["check", "--format", `sarif=${join(out, "s")}`, "--format", `junit=${join(out, "j")}`, "--format", `markdown=${join(out, "m")}`] },
      { label: "report (HTML)", args: (out: string) => ["report", "-o", join(out, "r.html")] },
      { label: "report --format markdown", args: (out: string) => ["report", "--format", "markdown", "-o", join(out, "r.md")] },
    ];
    for (const run of runs) {
      const rss: number[] = [];
      for (const dir of [small, large]) {
        const out = tempDir();
        const r = cli([...run.args(out), dir, "--jobs", "1"], root);
        expect(r.stderr).toBe("");
        expect(r.code).toBe(1);
        rss.push(r.rss);
      }
      console.log(`scale ${run.label}: peak RSS ${rss[0]!.toFixed(0)} MB at 100 files, ${rss[1]!.toFixed(0)} MB at 400`);
      expect(rss[1]! - rss[0]!).toBeLessThan(40);
    }
  }, 240_000);
});
