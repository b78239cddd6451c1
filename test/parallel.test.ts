// Worker threads change nothing but the time a large run takes: same bytes out, same exit code.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startProgress } from "../src/cli/progress.js";
import { BIN, ROOT, runCli, tempDir } from "./helpers/cli.js";

describe("--jobs", () => {
  it("a 250-file run gives byte-identical output with 1 and 2 workers, in path order", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "dossiers"));
    const examples = readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".dossier.yaml")).map((f) => readFileSync(join(ROOT, "examples", f), "utf8"));
    for (let i = 0; i < 250; i++) {
      let text = examples[i % examples.length]!;
      if (i % 7 === 0) text = text.replace(/recipient: \S+/, "recipient: finnes-ikke"); // vary findings
      if (i % 31 === 0) text = "broken: [\n"; // and a few fatal files
      writeFileSync(join(dir, "dossiers", `p${String(i).padStart(3, "0")}.yaml`), text);
    }
    const one = runCli(["check", "dossiers", "--format", "json", "--jobs", "1", "--today", "2026-11-28"], { cwd: dir });
    const two = runCli(["check", "dossiers", "--format", "json", "--jobs", "2", "--today", "2026-11-28"], { cwd: dir });
    expect(two.stderr).toBe("");
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    const paths = (JSON.parse(two.stdout).files as Array<{ path: string }>).map((f) => f.path);
    expect(paths).toHaveLength(250);
    expect(paths).toEqual([...paths].sort());
    const stylish1 = runCli(["check", "dossiers", "--jobs", "1", "--today", "2026-11-28"], { cwd: dir });
    const stylish2 = runCli(["check", "dossiers", "--jobs", "2", "--today", "2026-11-28"], { cwd: dir });
    expect(stylish2.stdout).toBe(stylish1.stdout);
  }, 120_000);

  it("rejects a job count that is not a whole number ≥ 1", () => {
    const r = runCli(["check", "examples", "--jobs", "0"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs/);
  });
});

describe("progress", () => {
  function fakeStream(isTTY: boolean) {
    const written: string[] = [];
    return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
  }

  it("draws on a terminal for a run of 500 files or more, and clears its line at the end", () => {
    const { stream, written } = fakeStream(true);
    const p = startProgress(600, "nb", stream);
    p.tick();
    p.done();
    expect(written[0]).toBe("\rportvokter: sjekker 1/600 (0 %)");
    expect(written.at(-1)).toBe("\r\x1b[2K");
  });

  // util-linux `script` gives the command a real pseudo-terminal. It is part of every Debian and
  // Ubuntu system (bsdutils, essential); elsewhere the two tests above cover the logic.
  it.skipIf(!existsSync("/usr/bin/script"))("appears on a real terminal in a run of 600 files, and stdout stays clean", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "dossiers"));
    const text = readFileSync(join(ROOT, "examples", "ok-bp2-konsept.dossier.yaml"));
    for (let i = 0; i < 600; i++) writeFileSync(join(dir, "dossiers", `p${String(i).padStart(3, "0")}.yaml`), text);
    const command = [process.execPath, BIN, "check", "dossiers", "--format", "json", "--output", "out.json", "--lang", "en"]
      .map((a) => `'${a}'`)
      .join(" ");
    const r = spawnSync("/usr/bin/script", ["-qec", command, "/dev/null"], { cwd: dir, encoding: "utf8", input: "", timeout: 120_000 });
    expect(r.status).toBe(0);
    // What the terminal received: progress lines, then the line cleared; no report.
    expect(r.stdout).toMatch(/\rportvokter: checking \d+\/600 \(\d+ %\)/);
    expect(r.stdout.endsWith("\r\x1b[2K")).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "out.json"), "utf8")).summary.files).toBe(600);
  }, 120_000);

  it("is silent when stderr is not a terminal, and for short runs", () => {
    const pipe = fakeStream(false);
    const p = startProgress(10_000, "en", pipe.stream);
    for (let i = 0; i < 100; i++) p.tick();
    p.done();
    expect(pipe.written).toEqual([]);
    const short = fakeStream(true);
    const q = startProgress(20, "en", short.stream);
    q.tick();
    q.done();
    expect(short.written).toEqual([]);
  });
});

describe("streamed output", () => {
  it("json written file by file is byte for byte JSON.stringify of the whole run", async () => {
    const { stream } = await import("../src/report/formatters/json.js");
    const { joined } = await import("../src/report/format-kit.js");
    const { summarize } = await import("../src/report/counts.js");
    const { lintText } = await import("./helpers/lint.js");
    const results = await Promise.all(
      readdirSync(join(ROOT, "examples")).filter((f) => f.endsWith(".dossier.yaml")).map(async (f) => ({ ...(await lintText(readFileSync(join(ROOT, "examples", f)))), path: f })),
    );
    const ctx = { lang: "nb" as const, color: false, tool: { name: "portvokter", version: "9.9.9" }, failSeverity: "error" as const, rules: [], today: "2026-11-28" };
    for (const subset of [results, results.slice(0, 1), []]) {
      const pieces = stream.begin(ctx) + subset.map((r, i) => joined(stream.file(r, i, ctx))).join("") + stream.end(summarize(subset), ctx);
      const s = summarize(subset);
      const whole = {
        tool: ctx.tool,
        config: null,
        files: subset.map((r) => ({
          path: r.path,
          gate: r.gate,
          status: r.status,
          project: r.project ? { id: r.project.id ?? null, name: r.project.name ?? null, phase: r.project.phase ?? null, next_gate: r.project.next_gate ?? null } : null,
          findings: r.findings.map(({ rule, severity, message, pointer, line, column, theme, source }) => ({ rule, severity, message, pointer, line, column, theme, source })),
          suppressed: r.suppressed.map(({ rule, severity, message, pointer, line, column, theme, source, reason }) => ({ rule, severity, message, pointer, line, column, theme, source, reason })),
        })),
        summary: { files: s.files, errors: s.errors, warnings: s.warnings, infos: s.infos, fatal: s.fatal },
      };
      expect(pieces).toBe(JSON.stringify(whole, null, 2) + "\n");
    }
  });

  it("a refused --output writes nothing: no report on stdout, no temporary file", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.dossier.yaml"), readFileSync(join(ROOT, "examples", "ok-bp2-konsept.dossier.yaml")));
    const r = runCli(["check", ".", "--format", "json", "--output", "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(readdirSync(dir)).toEqual(["a.dossier.yaml"]);
  });
});
