// Files and paths as repositories really hold them: missing, unreadable, looping, leaving the
// tree, oddly named. Each is reported, nothing hangs, and the rest is still checked.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, json, ROOT, runCli, tempDir } from "../helpers/cli.js";

const CLEAN = readFileSync(join(ROOT, "examples", "ok-bp2-konsept.dossier.yaml"), "utf8");

function workspace(): string {
  const dir = tempDir();
  mkdirSync(join(dir, ".git"));
  return dir;
}

/** The package as installed (package.json and its "files"), in a folder every user can read. */
function readableCopy(): string {
  const dir = tempDir("portvokter-readable-");
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { files: string[] };
  for (const entry of ["package.json", ...pkg.files]) {
    const star = entry.indexOf("*");
    if (star < 0) {
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
      continue;
    }
    // A glob ("dist/src/**/*.d.ts"): the folder before it, only the files with its ending.
    const base = entry.slice(0, entry.lastIndexOf("/", star));
    const ending = entry.slice(entry.lastIndexOf("*") + 1);
    cpSync(join(ROOT, base), join(dir, base), { recursive: true, filter: (src) => statSync(src).isDirectory() || src.endsWith(ending) });
  }
  const open = (path: string) => {
    const isDir = statSync(path).isDirectory();
    chmodSync(path, isDir ? 0o755 : 0o644);
    if (isDir) for (const name of readdirSync(path)) open(join(path, name));
  };
  open(dir);
  return join(dir, "bin", "portvokter.js");
}

const paths = (r: ReturnType<typeof runCli>) => json(r).files.map((f) => [f.path, f.status, String(f.findings[0]?.rule ?? "")]);

describe("files and paths", () => {
  it("a missing path is reported and the others are still checked", () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.dossier.yaml"), CLEAN);
    const r = runCli(["check", "--format", "json", "finnes-ikke.dossier.yaml", "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(paths(r)).toEqual([
      ["finnes-ikke.dossier.yaml", "fatal", "io/unreadable"],
      ["a.dossier.yaml", "checked", ""],
    ]);
  });

  it("a symlink loop does not hang the folder search; every dossier is checked once", () => {
    const dir = workspace();
    mkdirSync(join(dir, "p"));
    writeFileSync(join(dir, "p", "a.dossier.yaml"), CLEAN);
    symlinkSync("..", join(dir, "p", "loop"));
    symlinkSync(join(dir, "p"), join(dir, "p", "self"));
    const r = runCli(["check", "--format", "json", "p"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(paths(r)).toEqual([["p/a.dossier.yaml", "checked", ""]]);
  });

  it("a symlink found by searching that leads out of the folder is reported, not read", () => {
    const outside = tempDir();
    writeFileSync(join(outside, "hemmelig.yaml"), "SECRET: do-not-echo\n");
    const dir = workspace();
    mkdirSync(join(dir, "p"));
    writeFileSync(join(dir, "p", "a.dossier.yaml"), CLEAN);
    symlinkSync(join(outside, "hemmelig.yaml"), join(dir, "p", "lekk.dossier.yaml"));
    const r = runCli(["check", "--format", "json", "p"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain("do-not-echo");
    expect(paths(r)).toEqual([
      ["p/a.dossier.yaml", "checked", ""],
      ["p/lekk.dossier.yaml", "fatal", "io/unreadable"],
    ]);
    expect(json(r).files[1]!.findings[0]!.message).toMatch(/ligger utenfor mappen som sjekkes \(via en symbolsk lenke/);
    // Named explicitly, the user has asked for it.
    const named = runCli(["check", "--format", "json", "p/lekk.dossier.yaml"], { cwd: dir });
    expect(json(named).files[0]!.status).toBe("invalid");
  });

  it("a named pipe is refused instead of waited on", () => {
    const dir = workspace();
    const fifo = join(dir, "ror.dossier.yaml");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return void console.warn("mkfifo not available: named-pipe test skipped");
    writeFileSync(join(dir, "a.dossier.yaml"), CLEAN);
    const r = runCli(["check", "--format", "json", "."], { cwd: dir });
    expect(r.code).toBe(2);
    expect(paths(r)).toEqual([
      ["a.dossier.yaml", "checked", ""],
      ["ror.dossier.yaml", "fatal", "io/unreadable"],
    ]);
  });

  it("a glob does not follow a symlink out of its base folder (file or folder link)", () => {
    const outside = tempDir();
    writeFileSync(join(outside, "hemmelig.dossier.yaml"), "SECRET_KEY: do-not-echo\n");
    const dir = workspace();
    mkdirSync(join(dir, "p"));
    writeFileSync(join(dir, "p", "a.dossier.yaml"), CLEAN);
    symlinkSync(join(outside, "hemmelig.dossier.yaml"), join(dir, "p", "lekk.dossier.yaml"));
    symlinkSync(outside, join(dir, "p", "ut"));
    const r = runCli(["check", "--format", "json", "p/*.yaml", "p/*/*.yaml"], { cwd: dir });
    expect(r.stdout).not.toContain("do-not-echo");
    expect(r.stdout).not.toContain("SECRET_KEY");
    expect(r.code).toBe(2);
    expect(paths(r)).toEqual([
      ["p/a.dossier.yaml", "checked", ""],
      ["p/lekk.dossier.yaml", "fatal", "io/unreadable"],
      ["p/ut/hemmelig.dossier.yaml", "fatal", "io/unreadable"],
    ]);
    expect(json(r).files[1]!.findings[0]!.message).toMatch(/ligger utenfor mappen som sjekkes/);
  });

  it("the config's files never reach outside the config's folder: ../, absolute paths, symlinks, globs, folders", () => {
    const outside = tempDir();
    writeFileSync(join(outside, "secret.yaml"), "SECRET_KEY: do-not-echo\n");
    const dir = workspace();
    mkdirSync(join(dir, "repo", ".git"), { recursive: true });
    const repo = join(dir, "repo");
    writeFileSync(join(repo, "a.dossier.yaml"), CLEAN);
    symlinkSync(join(outside, "secret.yaml"), join(repo, "lekk.dossier.yaml"));
    symlinkSync(outside, join(repo, "ut"));
    const files = [
      join(outside, "secret.yaml"),
      "../../" + outside.split("/").pop() + "/secret.yaml",
      "a.dossier.yaml",
      "lekk.dossier.yaml",
      "*.dossier.yaml",
      "ut/*.yaml",
      "ut",
      "..",
      join(outside, "*.yaml"),
    ];
    writeFileSync(join(repo, "portvokter.config.yaml"), `files: ${JSON.stringify(files)}\n`);
    for (const cwd of [repo, join(repo, ".git")]) {
      const r = runCli(["check", "--format", "json"], { cwd, timeout: 20_000 });
      expect(r.stdout).not.toContain("do-not-echo");
      expect(r.stdout).not.toContain("SECRET_KEY");
      expect(r.code).toBe(2);
      const result = json(r).files;
      expect(result.filter((f) => f.status === "checked").map((f) => f.path)).toEqual(["a.dossier.yaml"]);
      for (const f of result.filter((x) => x.status !== "checked")) {
        expect(f.findings.map((x) => x.rule)).toEqual(["io/unreadable"]);
        expect(String(f.findings[0]!.message)).toMatch(/ligger utenfor mappen som sjekkes/);
      }
      expect(result.length).toBeGreaterThanOrEqual(6);
    }
    // The same file named on the command line is read, as the user asked.
    const named = runCli(["check", "--format", "json", join(outside, "secret.yaml")], { cwd: repo });
    expect(json(named).files[0]!.status).toBe("invalid");
  });

  // A device is never a dossier: /dev/zero never ends, reading /dev/ptmx waits forever.
  it("character devices are refused, not read: named, through a symlink, a glob and the config", () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.dossier.yaml"), CLEAN);
    const devices = ["/dev/ptmx", "/dev/zero", "/dev/tty"].filter((d) => existsSync(d));
    devices.forEach((d, i) => symlinkSync(d, join(dir, `dev${i}.dossier.yaml`)));
    const refused = (r: ReturnType<typeof runCli>) => {
      expect(r.code).toBe(2); // not null: it did not hang until the timeout
      const fatal = json(r).files.filter((f) => f.status === "fatal");
      expect(fatal.length).toBeGreaterThan(0);
      for (const f of fatal) expect(f.findings[0]).toMatchObject({ rule: "io/unreadable" });
    };
    const opts = { cwd: dir, timeout: 20_000 };
    const named = runCli(["check", "--no-config", "--format", "json", ...devices], opts);
    refused(named);
    expect(json(named).files.map((f) => f.findings[0]!.message)).toEqual(devices.map((d) => `«${d}» er ikke en vanlig fil (navngitt rør, sokkel eller enhet) og leses ikke.`));
    const linked = runCli(["check", "--no-config", "--format", "json", ...devices.map((_, i) => `dev${i}.dossier.yaml`)], opts);
    refused(linked);
    expect(json(linked).files).toHaveLength(devices.length);
    refused(runCli(["check", "--no-config", "--format", "json", "*.dossier.yaml"], opts));
    refused(runCli(["check", "--no-config", "--format", "json", "."], opts));
    writeFileSync(join(dir, "portvokter.config.yaml"), `files: ${JSON.stringify(["a.dossier.yaml", ...devices, "dev0.dossier.yaml"])}\n`);
    const config = runCli(["check", "--format", "json"], opts);
    refused(config);
    expect(json(config).files[0]!.status).toBe("checked");
    const big = runCli(["check", "--no-config", "--format", "json", "--max-file-size", "64KB", "/dev/zero"], opts);
    expect(json(big).files[0]!.findings[0]).toMatchObject({ rule: "io/unreadable" });
  });

  it("names with spaces, unicode and a leading dash, and very long paths", () => {
    const dir = workspace();
    const long = join(dir, ...Array.from({ length: 12 }, (_, i) => `mappe-med-et-ganske-langt-navn-nummer-${i}`));
    mkdirSync(long, { recursive: true });
    writeFileSync(join(dir, "med mellomrom.dossier.yaml"), CLEAN);
    writeFileSync(join(dir, "Tromsø æøå 😀.dossier.yaml"), CLEAN);
    writeFileSync(join(dir, "-rart.dossier.yaml"), CLEAN);
    writeFileSync(join(long, "dyp.dossier.yaml"), CLEAN);
    const r = runCli(["check", "--format", "json", "--", "-rart.dossier.yaml", "med mellomrom.dossier.yaml", "Tromsø æøå 😀.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(paths(r).map((p) => p[0])).toEqual(["-rart.dossier.yaml", "med mellomrom.dossier.yaml", "Tromsø æøå 😀.dossier.yaml"]);
    const all = runCli(["check", "--format", "json", "."], { cwd: dir });
    expect(all.code).toBe(0);
    expect(json(all).files).toHaveLength(4);
    const tooLong = runCli(["check", "--format", "json", "x".repeat(5000) + ".yaml"], { cwd: dir });
    expect(tooLong.code).toBe(2);
    expect(json(tooLong).files[0]!.findings[0]).toMatchObject({ rule: "io/unreadable" });
  });

  // Root reads every file whatever its mode, so the permission checks run as an unprivileged user
  // (nobody), from a copy of the package that nobody can read: the checkout itself may sit in a
  // folder only root can enter (a 0700 home or CI workspace).
  const asNobody = process.getuid?.() === 0;
  it("an unreadable file and an unreadable folder are reported; the rest is checked", (ctx) => {
    const bin = asNobody ? readableCopy() : BIN;
    if (asNobody) {
      const probe = spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8", uid: 65534, gid: 65534 });
      if (probe.status !== 0) ctx.skip(`user nobody cannot run ${process.execPath} here (${probe.error?.message ?? probe.stderr.trim()}); permissions untested`);
    }
    const dir = workspace();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, "a.dossier.yaml"), CLEAN, { mode: 0o644 });
    writeFileSync(join(dir, "lukket.dossier.yaml"), CLEAN, { mode: 0o000 });
    mkdirSync(join(dir, "sperret"), { mode: 0o000 });
    const r = spawnSync(process.execPath, [bin, "check", "--format", "json", "a.dossier.yaml", "lukket.dossier.yaml", "sperret"], {
      cwd: dir,
      encoding: "utf8",
      ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(2);
    const files = JSON.parse(r.stdout).files as Array<{ path: string; status: string; findings: Array<{ rule: string; message: string }> }>;
    expect(files.map((f) => [f.path, f.status])).toEqual([
      ["a.dossier.yaml", "checked"],
      ["lukket.dossier.yaml", "fatal"],
      ["sperret", "fatal"],
    ]);
    expect(files[1]!.findings[0]!.message).toMatch(/lesetilgang/);
  });
});
