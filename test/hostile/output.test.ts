// Where the output goes can fail or be hostile: a full disk, a file size limit, a missing folder,
// a reader that goes away, a signal mid-run, a symlink or a config file in the output's place.
// Each ends with one line on stderr and an honest exit code, and no temporary file is left.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MIN_FILES_PER_WORKER } from "../../src/run/pool-size.js";
import { BIN, ROOT, runCli, tempDir } from "../helpers/cli.js";
import { ONE_ERROR, workspace } from "../helpers/fixtures.js";

// dossier/unknown-reference: an error at every gate.

/** A folder of `n` dossiers with an error each: enough files for worker threads from 2 * MIN_FILES_PER_WORKER. */
function corpus(n = MIN_FILES_PER_WORKER * 2 + 50): string {
  const dir = workspace();
  mkdirSync(join(dir, "dossiers"));
  for (let i = 0; i < n; i++) writeFileSync(join(dir, "dossiers", `p${String(i).padStart(4, "0")}.yaml`), ONE_ERROR);
  return dir;
}

const temps = (dir: string) => readdirSync(dir).filter((f) => f.startsWith(".portvokter-tmp-"));
const noTrace = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);

describe("output that cannot be written", () => {
  it("stdout on a full disk (/dev/full): one line, exit 2", () => {
    if (!existsSync("/dev/full")) return void console.warn("/dev/full not available: test skipped");
    for (const [lang, line] of [
      ["nb", "portvokter: kan ikke skrive til standard ut: ENOSPC\n"],
      ["en", "portvokter: cannot write to standard output: ENOSPC\n"],
    ] as const) {
      for (const format of ["stylish", "json", "sarif"]) {
        const full = openSync("/dev/full", "w");
        try {
          const r = spawnSync(process.execPath, [BIN, "check", "examples", "--no-config", "--lang", lang, "--format", format], {
            cwd: ROOT,
            stdio: ["ignore", full, "pipe"],
            encoding: "utf8",
            timeout: 30_000,
          });
          expect(r.stderr).toBe(line);
          expect(r.status).toBe(2);
        } finally {
          closeSync(full);
        }
      }
    }
  });

  it("a file size limit (ulimit -f, EFBIG) on stdout or an output file, with workers: one line, exit 2, no temporary file", () => {
    const dir = corpus();
    const sh = (args: string) => spawnSync("bash", ["-c", `ulimit -f 8; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${args}`], { cwd: dir, encoding: "utf8", timeout: 30_000 });
    // Streamed to stdout (json), and spooled first (sarif: its body goes to a temporary file,
    // which meets the same limit; the spool is removed).
    const json = sh("check dossiers --jobs 2 --format json > out.json");
    expect(json.stderr).toBe("portvokter: kan ikke skrive til standard ut: EFBIG\n");
    expect(json.status).toBe(2);
    const sarif = sh("check dossiers --jobs 2 --format sarif > out.sarif");
    const spool = /^portvokter: kan ikke skrive mellomlageret (\S+): EFBIG\n$/.exec(sarif.stderr);
    expect(spool, sarif.stderr).not.toBeNull();
    expect(existsSync(spool![1]!)).toBe(false);
    expect(sarif.status).toBe(2);
    for (const args of ["check dossiers --jobs 2 --format json=rapport.json", "check dossiers --jobs 2 --format sarif --output rapport.sarif", "report dossiers --jobs 2 --output rapport.html"]) {
      const r = sh(args);
      // json=FILE fails at the file; sarif and the report fail at their spool, which meets the limit first.
      expect(r.stderr).toMatch(args.includes("json=") ? /^portvokter: kan ikke skrive rapport\.json: EFBIG\n$/ : /^portvokter: kan ikke skrive mellomlageret \S+: EFBIG\n$/);
      expect(r.status).toBe(2);
      expect(temps(dir)).toEqual([]);
      expect(readdirSync(dir).filter((f) => f.startsWith("rapport"))).toEqual([]);
    }
  });

  it("an output folder that does not exist fails before linting, in parallel mode too", () => {
    const dir = corpus();
    for (const args of [
      ["--format", "json=/finnes/ikke/out.json"],
      ["--format", "json=finnes-ikke/out.json", "--format", "stylish"],
      ["--format", "sarif", "--output", "finnes-ikke/out.sarif"],
    ]) {
      const started = Date.now();
      const r = runCli(["check", "dossiers", "--jobs", "2", ...args], { cwd: dir });
      expect(r.stderr).toMatch(/^portvokter: kan ikke skrive \S+out\.(json|sarif): ENOENT\n$/);
      expect(r.code).toBe(2);
      noTrace(r.stderr);
      expect(r.stdout).toBe("");
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    mkdirSync(join(dir, "mappe.json"));
    const folder = runCli(["check", "dossiers", "--jobs", "2", "--format", "json=mappe.json", "--lang", "en"], { cwd: dir });
    expect(folder.stderr).toBe("portvokter: --format json=mappe.json: is a folder; give a file name.\n");
    expect(folder.code).toBe(2);
    expect(temps(dir)).toEqual([]);
  });

  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`${signal} mid-run removes the temporary file and exits ${code}`, async () => {
      const dir = corpus();
      const child = spawn(process.execPath, [BIN, "check", "dossiers", "--jobs", "2", "--format", "json=funn.json"], { cwd: dir, stdio: "ignore" });
      const exited = new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
      let seen = false;
      for (let i = 0; i < 500 && !seen; i++) {
        seen = temps(dir).length > 0;
        if (!seen) await new Promise((r) => setTimeout(r, 10));
      }
      expect(seen).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(temps(dir)).toEqual([]);
      expect(existsSync(join(dir, "funn.json"))).toBe(false);
    });
  }
});

describe("a reader that goes away", () => {
  it("check … | head: stops linting at once and still exits 1 for the findings it saw", async () => {
    const dir = corpus(600);
    const run = (closeEarly: boolean) =>
      new Promise<{ code: number | null; ms: number; stderr: string }>((resolve) => {
        const started = Date.now();
        const child = spawn(process.execPath, [BIN, "check", "dossiers", "--jobs", "2"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
        let stderr = "";
        child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
        child.stdout.on("data", () => {
          if (closeEarly) child.stdout.destroy();
        });
        child.on("close", (code) => resolve({ code, ms: Date.now() - started, stderr }));
      });
    const cut = await run(true);
    const whole = await run(false);
    expect(whole.code).toBe(1);
    expect(cut.stderr).toBe("");
    expect(cut.code).toBe(1);
    expect(cut.ms).toBeLessThan(whole.ms / 2);
  }, 60_000);
});

describe("what --output may overwrite", () => {
  it("a symlink in the output's place is refused, and neither it nor its target changes", () => {
    const dir = workspace();
    const elsewhere = tempDir();
    writeFileSync(join(dir, "a.dossier.yaml"), ONE_ERROR);
    writeFileSync(join(elsewhere, "viktig.txt"), "keep me\n");
    symlinkSync(join(elsewhere, "viktig.txt"), join(dir, "funn.json"));
    for (const args of [
      ["check", "a.dossier.yaml", "--format", "json", "--output", "funn.json"],
      ["check", "a.dossier.yaml", "--format", "json=funn.json"],
      ["report", "a.dossier.yaml", "--output", "funn.json"],
      ["init", "--output", "funn.json", "--force"],
    ]) {
      const r = runCli(args, { cwd: dir });
      expect(r.stderr).toMatch(/^portvokter: (--output |--format json=)funn\.json: er en symbolsk lenke, og portvokter skriver ikke gjennom lenker/);
      expect(r.code).toBe(2);
      expect(lstatSync(join(dir, "funn.json")).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, "funn.json"))).toBe(join(elsewhere, "viktig.txt"));
      expect(readFileSync(join(elsewhere, "viktig.txt"), "utf8")).toBe("keep me\n");
      expect(temps(dir)).toEqual([]);
    }
  });

  it("an overwritten output keeps its mode (0600 stays 0600); a new one is 0644", () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.dossier.yaml"), ONE_ERROR);
    writeFileSync(join(dir, "funn.json"), "old\n", { mode: 0o600 });
    const r = runCli(["check", "a.dossier.yaml", "--format", "json", "--output", "funn.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(statSync(join(dir, "funn.json")).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, "funn.json"), "utf8")).summary.errors).toBe(1);
    writeFileSync(join(dir, "r.html"), "old\n", { mode: 0o640 });
    expect(runCli(["report", "a.dossier.yaml", "--output", "r.html"], { cwd: dir }).code).toBe(1);
    expect(statSync(join(dir, "r.html")).mode & 0o777).toBe(0o640);
    expect(runCli(["check", "a.dossier.yaml", "--format", "sarif=ny.sarif"], { cwd: dir }).code).toBe(1);
    expect(statSync(join(dir, "ny.sarif")).mode & 0o777).toBe(0o644 & ~process.umask());
  });

  it("the config in use, any portvokter.config.y(a)ml, package.json and package-lock.json are refused as outputs", () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.dossier.yaml"), ONE_ERROR);
    const files = {
      "portvokter.config.yaml": "lang: nb\n",
      "eget.yaml": "lang: nb\n",
      "package.json": "{}\n",
      "package-lock.json": "{}\n",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const cases: Array<[string[], string]> = [
      [["check", "a.dossier.yaml", "--format", "json", "--output", "portvokter.config.yaml"], "--output portvokter.config.yaml"],
      [["check", "a.dossier.yaml", "--format", "json=package.json"], "--format json=package.json"],
      [["check", "a.dossier.yaml", "--format", "sarif=sub/../package-lock.json"], "--format sarif=sub/../package-lock.json"],
      [["check", "a.dossier.yaml", "-c", "eget.yaml", "--format", "json=eget.yaml"], "--format json=eget.yaml"],
      [["check", "a.dossier.yaml", "--no-config", "--format", "json=ny/portvokter.config.yml"], "--format json=ny/portvokter.config.yml"],
      [["report", "a.dossier.yaml", "--output", "package.json"], "--output package.json"],
      [["init", "--output", "package.json", "--force"], "--output package.json"],
      [["init", "--output", "portvokter.config.yml"], "--output portvokter.config.yml"],
    ];
    for (const [args, label] of cases) {
      const r = runCli(args, { cwd: dir });
      expect(r.stderr).toBe(`portvokter: ${label}: portvokter skriver aldri over en konfigurasjonsfil, package.json eller package-lock.json; velg et annet filnavn.\n`);
      expect(r.code).toBe(2);
    }
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(dir, name), "utf8")).toBe(text);
    expect(existsSync(join(dir, "portvokter.config.yml"))).toBe(false);
    expect(temps(dir)).toEqual([]);
    const en = runCli(["init", "--output", "package.json", "--lang", "en"], { cwd: dir });
    expect(en.stderr).toBe("portvokter: --output package.json: portvokter never overwrites a config file, package.json or package-lock.json; choose another file name.\n");
  });
});

