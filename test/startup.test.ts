// A cold start is most of what a one-file run costs (issue 5). These tests keep what makes it
// cheap from eroding unnoticed: the code cache the build records must be used, a wrong one must
// be ignored (never trusted), and a plain check must not load what it does not need. No timing
// is asserted here; bench/ measures time.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ROOT, tempDir } from "./helpers/cli.js";
import { shippedFiles } from "./helpers/fixtures.js";

const EXAMPLE = join(ROOT, "examples", "kommune-velferd-bp2.dossier.yaml");
const CHECK = ["check", EXAMPLE, "--format", "json", "--no-config", "--today", "2026-11-28"];

function node(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8", input: "", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** How bin/load-bundle.js in `root` obtained the bundle's code. */
function cacheStatus(root: string): string {
  const r = node(["-e", `process.stdout.write(require(${JSON.stringify(join(root, "bin", "load-bundle.js"))}).loadBundle().cache)`]);
  expect(r.stderr).toBe("");
  return r.stdout;
}

/** The files `npm pack` would ship (package.json "files"), without running the build again. */
const shipped = shippedFiles();

/** A copy of exactly what npm ships, with no node_modules: to run as installed and to damage. */
function packageCopy(): string {
  const dir = tempDir("portvokter-startup-");
  for (const p of shipped) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    cpSync(join(ROOT, p), join(dir, p));
  }
  return dir;
}

const crc = (bytes: Buffer) => crc32(bytes).toString(16).padStart(8, "0");
const cacheFile = (root: string) => join(root, "dist", "cli", "portvokter.cjs.cache");

describe("the bundle's code cache", () => {
  const reference = node([join(ROOT, "bin", "portvokter.js"), ...CHECK]);

  it("is recorded by the build and accepted by this Node", () => {
    expect(reference.code).toBe(1);
    expect(cacheStatus(ROOT)).toBe("accepted");
  });

  it("is ignored when it was made for another build, is missing, or is damaged; output is unchanged", () => {
    const dir = packageCopy();
    const bin = join(dir, "bin", "portvokter.js");
    const original = readFileSync(cacheFile(dir));
    const newline = original.indexOf(10);
    const header = original.subarray(0, newline).toString("latin1");
    const bundleBytes = readFileSync(join(dir, "dist", "cli", "portvokter.cjs"));
    expect(header).toBe(`portvokter-code-cache 2 ${crc(bundleBytes)} ${bundleBytes.length} ${crc(original.subarray(newline + 1))}`);

    // Made for another build: same length, other checksum.
    writeFileSync(cacheFile(dir), Buffer.concat([Buffer.from(header.replace(/ [0-9a-f]{8} /, (c) => (c[1] === "0" ? " 1" : " 0") + c.slice(2))), original.subarray(newline)]));
    expect(cacheStatus(dir)).toBe("stale");
    expect(node([bin, ...CHECK])).toEqual(reference);

    // Right header, truncated data: its checksum no longer matches, and V8 is never asked.
    writeFileSync(cacheFile(dir), original.subarray(0, newline + 1 + Math.floor((original.length - newline) / 2)));
    expect(cacheStatus(dir)).toBe("damaged");
    expect(node([bin, ...CHECK])).toEqual(reference);

    // Flipped bits in the body (V8 release builds do not checksum it: this ran wrong code or crashed).
    for (const at of [0.1, 0.5, 0.9]) {
      const flipped = Buffer.from(original);
      flipped[newline + 1 + Math.floor((original.length - newline - 1) * at)]! ^= 0x10;
      writeFileSync(cacheFile(dir), flipped);
      expect(cacheStatus(dir)).toBe("damaged");
      expect(node([bin, ...CHECK])).toEqual(reference);
    }

    rmSync(cacheFile(dir));
    expect(cacheStatus(dir)).toBe("stale");
    expect(node([bin, ...CHECK])).toEqual(reference);
  }, 60_000);

  it("is not used for a same-length edit of the bundle: the edited code runs", () => {
    const dir = packageCopy();
    const bundle = join(dir, "dist", "cli", "portvokter.cjs");
    const source = readFileSync(bundle, "latin1");
    // A message the check prints, changed without changing the bundle's length.
    const from = 'clean:"Ingen funn"';
    const to = 'clean:"INGEN FUNN"';
    expect(source.split(from).length).toBe(2);
    writeFileSync(bundle, source.replace(from, to), "latin1");
    expect(readFileSync(bundle).length).toBe(Buffer.byteLength(source, "latin1"));
    expect(cacheStatus(dir)).toBe("stale");
    const clean = join(ROOT, "examples", "ok-bp3-planlegge.dossier.yaml");
    const r = node([join(dir, "bin", "portvokter.js"), "check", clean, "--no-config", "--today", "2026-11-28"]);
    expect(r.stdout).toContain("✔ INGEN FUNN");
  }, 60_000);

  it("without a build, the command says how to make one (exit 2, no stack trace)", () => {
    const dir = packageCopy();
    rmSync(join(dir, "dist"), { recursive: true });
    const r = node([join(dir, "bin", "portvokter.js"), ...CHECK]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: the build is missing (dist/cli/portvokter.cjs); run `npm run build` in the package folder\n");
  });
});

describe("the package as npm ships it", () => {
  it("holds the bundle and its cache, the API's type declarations, and not the unbundled build", () => {
    expect(shipped).toEqual(
      expect.arrayContaining(["bin/portvokter.js", "bin/load-bundle.js", "bin/package.json", "dist/cli/portvokter.cjs", "dist/cli/portvokter.cjs.cache", "dist/src/api.d.ts", "schemas/dossier.v1.schema.json"]),
    );
    expect(shipped.filter((p) => p.startsWith("dist/") && !p.startsWith("dist/cli/") && !p.endsWith(".d.ts"))).toEqual([]);
  });

  it("serves `import { lint } from \"portvokter\"` from the bundle, with types a TypeScript user can check against", () => {
    const dir = packageCopy();
    writeFileSync(
      join(dir, "use.mjs"),
      `import { lint, UsageError } from "portvokter";\n` +
        `const run = await lint([${JSON.stringify(EXAMPLE)}], { config: false, today: "2026-06-15" });\n` +
        `let refused = false;\n` +
        `try { await lint([], { config: "finnes-ikke.yaml" }); } catch (e) { refused = e instanceof UsageError; }\n` +
        `console.log(JSON.stringify({ files: run.results.length, rules: run.rules.length, errors: run.results[0].findings.filter((f) => f.severity === "error").length, refused }));\n`,
    );
    const r = node([join(dir, "use.mjs")], dir);
    expect(r.stderr).toBe("");
    const cli = JSON.parse(node([join(ROOT, "bin", "portvokter.js"), "check", EXAMPLE, "--format", "json", "--no-config", "--today", "2026-06-15"]).stdout);
    expect(JSON.parse(r.stdout)).toEqual({ files: 1, rules: 116, errors: cli.files[0].findings.filter((f: { severity: string }) => f.severity === "error").length, refused: true });
    // The declarations resolve through package.json "exports" and reject a wrong option type.
    writeFileSync(join(dir, "use.ts"), `import { lint, type FileResult } from "portvokter";\nconst r: Promise<{ results: FileResult[] }> = lint(["x"], { gate: "BP3", jobs: 1 });\nvoid r;\nlint(["x"], { gate: 7 });\n`);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", strict: true, noEmit: true, types: [] }, files: ["use.ts"] }));
    const tsc = node([join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", dir], dir);
    expect(tsc.stdout.trim().split("\n")).toEqual([expect.stringMatching(/^use\.ts\(4,\d+\): error TS2322: Type 'number' is not assignable to type '(Gate \| undefined|"BP1" \| "BP2")/)]);
  }, 60_000);

  it("runs every command with no node_modules beside it", () => {
    const dir = packageCopy();
    const bin = join(dir, "bin", "portvokter.js");
    const out = join(tempDir(), "rapport.html");
    expect(node([bin, ...CHECK])).toEqual(node([join(ROOT, "bin", "portvokter.js"), ...CHECK]));
    expect(node([bin, "check", EXAMPLE, "--format", "sarif", "--no-config"]).code).toBe(1);
    expect(node([bin, "report", join(ROOT, "examples"), "--output", out, "--no-config"]).code).toBe(1);
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>/i);
    expect(node([bin, "rules", "--format", "json"]).code).toBe(0);
    expect(node([bin, "explain", "benefits/owner-not-in-line"]).stdout).toMatch(/^benefits\/owner-not-in-line\n/);
    expect(JSON.parse(node([bin, "schema"]).stdout).$id).toBe("urn:portvokter:schema:dossier:v1");
    expect(node([bin, "init", "--stdout"]).stdout).toMatch(/^# yaml-language-server/);
    expect(cacheStatus(dir)).toBe("accepted");
  }, 60_000);
});

describe("a cold one-file check", () => {
  it("loads none of the Node modules that only other commands, formats or large runs need", () => {
    const dir = tempDir();
    const list = join(dir, "modules.json");
    const hook = join(dir, "hook.cjs");
    writeFileSync(hook, `process.on("exit", () => require("node:fs").writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`);
    const r = node(["--require", hook, join(ROOT, "bin", "portvokter.js"), ...CHECK]);
    expect(r.code).toBe(1);
    const loaded = new Set(JSON.parse(readFileSync(list, "utf8")) as string[]);
    expect(loaded.has("NativeModule vm")).toBe(true); // the probe sees what the CLI loads
    // child_process: commander's, for executable subcommands; crypto: SARIF fingerprints and the
    // HTML report; worker_threads: the lint pool, for runs of hundreds of files; the ES module
    // loader: the CLI is one CommonJS bundle.
    for (const name of ["child_process", "crypto", "worker_threads", "internal/modules/esm/loader"]) {
      expect(loaded.has(`NativeModule ${name}`), name).toBe(false);
    }
  });
});
