#!/usr/bin/env node
// `npm run bench`: portvokter against its physical floors, side by side on the same corpora
// (issue 5). See bench/README.md for what is measured and how.
//
//   npm run bench                         full run (~10 min on a 2-core machine)
//   npm run bench -- --quick              a minute or so: fewer runs, no 10 000-file corpus
//   npm run bench -- --jobs 2             any argument the harness does not know is passed to
//                                         `portvokter check` verbatim (so is everything after --)
//   npm run bench -- --profile            CPU profile of one 10 000-file check (bench/profile.mjs)
//   npm run bench -- --compare OLD [NEW]  two result files side by side (bench/compare.mjs);
//                                         OLD/NEW: a file, a commit in bench/results/, or latest
//
// Harness options: --quick, --runs N (1 000-file corpora), --runs-10k N, --runs-cold N,
// --runs-scaling-floor N (parse floor on the 4 KB / 40 KB corpora, default 1), --skip-10k,
// --only startup,n1000,scaling,n10000, --timeout-min N (per run, default 20), --no-write,
// --no-snapshot (run bin/ and dist/ in place instead of a private copy), --profile,
// --compare OLD [NEW], --help.
// Environment: BENCH_RUNS, BENCH_RUNS_10K, BENCH_RUNS_COLD, BENCH_RSS=gnu-time|hook.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { closeSync, cpSync, existsSync, symlinkSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CORPUS_ROOT, ensureCorpora } from "./generate.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(HERE);
let BIN = join(ROOT, "bin", "portvokter.js"); // replaced by the snapshot's copy (see snapshotBuild)
const PARSE_FLOOR = join(HERE, "parse-floor.mjs");
const HOOK = join(HERE, "rusage-hook.mjs");
const RESULTS = join(HERE, "results");
const GNU_TIME = "/usr/bin/time";

// ------------------------------------------------------------------------------------------------
// Arguments: the harness's own options; everything else goes to portvokter.

function parseArgs(argv) {
  const env = process.env;
  const o = {
    quick: false,
    runs: env.BENCH_RUNS ? Number(env.BENCH_RUNS) : undefined,
    runs10k: env.BENCH_RUNS_10K ? Number(env.BENCH_RUNS_10K) : undefined,
    runsCold: env.BENCH_RUNS_COLD ? Number(env.BENCH_RUNS_COLD) : undefined,
    runsScalingFloor: 1,
    skip10k: false,
    only: null,
    timeoutMin: 20,
    write: true,
    snapshot: true,
    profile: false,
    compare: null,
    help: false,
    passthrough: [],
  };
  const num = (flag, v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} wants a whole number ≥ 1, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      o.passthrough.push(...argv.slice(i + 1));
      break;
    } else if (a === "--quick") o.quick = true;
    else if (a === "--runs") o.runs = num(a, argv[++i]);
    else if (a === "--runs-10k") o.runs10k = num(a, argv[++i]);
    else if (a === "--runs-cold") o.runsCold = num(a, argv[++i]);
    else if (a === "--runs-scaling-floor") o.runsScalingFloor = num(a, argv[++i]);
    else if (a === "--skip-10k") o.skip10k = true;
    else if (a === "--only") o.only = new Set(argv[++i].split(","));
    else if (a === "--timeout-min") o.timeoutMin = num(a, argv[++i]);
    else if (a === "--no-write") o.write = false;
    else if (a === "--no-snapshot") o.snapshot = false;
    else if (a === "--profile") o.profile = true;
    else if (a === "--compare") {
      // --compare OLD [NEW]: NEW is optional (default: latest), so take it only if it is no flag.
      o.compare = [argv[++i]];
      if (argv[i + 1] !== undefined && !argv[i + 1].startsWith("-")) o.compare.push(argv[++i]);
      if (o.compare[0] === undefined) throw new Error("--compare wants a result: a file, a commit, or latest");
    }
    else if (a === "--help" || a === "-h") o.help = true;
    else o.passthrough.push(a);
  }
  o.runsCold ??= o.quick ? 5 : 10;
  o.runs ??= o.quick ? 1 : 3;
  o.runs10k ??= 3;
  if (o.quick) o.skip10k = true;
  return o;
}

// ------------------------------------------------------------------------------------------------
// Running one command: wall time from the parent (spawn → close), CPU and peak RSS from GNU time
// (or from the preloaded hook when GNU time is absent). stdout goes to /dev/null.

function rssMethod() {
  const forced = process.env.BENCH_RSS;
  if (forced === "hook" || forced === "gnu-time") return forced;
  if (existsSync(GNU_TIME)) {
    const probe = spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8" });
    if (probe.status === 0 && /^\d+\s*$/m.test(probe.stderr)) return "gnu-time";
  }
  return "hook";
}

let TMP;
let runCounter = 0;
let current = null;

function killGroup(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}

process.on("SIGINT", () => {
  if (current) killGroup(current);
  if (TMP) rmSync(TMP, { recursive: true, force: true });
  process.stderr.write("\nbench: interrupted\n");
  process.exit(130);
});

function runOnce(nodeArgs, { method, timeoutMs }, check) {
  const usageFile = join(TMP, `rusage-${++runCounter}`);
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  let cmd;
  let args;
  if (method === "gnu-time") {
    cmd = GNU_TIME;
    args = ["-f", "%e %U %S %M", "-o", usageFile, process.execPath, ...nodeArgs];
  } else {
    cmd = process.execPath;
    args = ["--import", pathToFileURL(HOOK).href, ...nodeArgs];
    env.BENCH_RUSAGE_FILE = usageFile;
  }
  const devnull = openSync("/dev/null", "w");
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    // Its own process group, so that a timeout or Ctrl-C stops node and not only GNU time.
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ["ignore", devnull, "pipe"], detached: true });
    current = child;
    let stderr = "";
    child.stderr.on("data", (b) => {
      if (stderr.length < 4000) stderr += b.toString();
    });
    const timer = setTimeout(() => killGroup(child), timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      closeSync(devnull);
      reject(err);
    });
    child.on("close", (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      current = null;
      clearTimeout(timer);
      closeSync(devnull);
      const run = { wall_ms: round(wallMs), exit: code, signal: signal ?? undefined, user_ms: null, sys_ms: null, rss_kb: null };
      try {
        const text = readFileSync(usageFile, "utf8");
        if (method === "gnu-time") {
          // GNU time may put "Command exited with non-zero status 1" before the figures.
          const last = text.trim().split("\n").pop().trim().split(/\s+/);
          run.user_ms = round(Number(last[1]) * 1000);
          run.sys_ms = round(Number(last[2]) * 1000);
          run.rss_kb = Number(last[3]);
        } else {
          const u = JSON.parse(text);
          run.user_ms = round(u.user_ms);
          run.sys_ms = round(u.sys_ms);
          run.rss_kb = u.maxrss_kb;
        }
      } catch {
        /* figures stay null */
      }
      // Exit 1 is both "findings" and "uncaught exception" (e.g. dist/ half rebuilt by someone
      // else), so each series also says what a good run looks like on stderr.
      const timedOut = /Command terminated by signal/.test(safeRead(usageFile));
      const problem = signal || timedOut ? `killed (timeout ${Math.round(timeoutMs / 60000)} min?)` : code !== 0 && code !== 1 ? `exit ${code}` : check ? check(stderr) : null;
      if (problem) {
        run.failed = problem;
        run.stderr = stderr.slice(0, 2000);
      }
      resolve(run);
    });
  });
}

function safeRead(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}

function round(x) {
  return Math.round(x * 10) / 10;
}

function median(xs) {
  const v = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// ------------------------------------------------------------------------------------------------
// Measurements. Each "series" is one command; series that are compared are run interleaved
// (floor, portvokter, floor, portvokter, …) so that drift on a noisy machine hits both alike.

/** portvokter writes nothing on stderr unless something went wrong (stderr is not a TTY here). */
function quietStderr(stderr) {
  return stderr.trim() === "" ? null : `unexpected stderr`;
}

/** The parse floor reports how many files it parsed; anything else means it did not do the work. */
function parsedFiles(n) {
  return (stderr) => {
    const m = /parse-floor: (\d+) files, \d+ top-level keys, (\d+) with errors/.exec(stderr);
    if (!m) return "no parse-floor summary";
    if (Number(m[1]) !== n) return `parsed ${m[1]} files, expected ${n}`;
    return Number(m[2]) > 0 ? `${m[2]} files with YAML errors` : null;
  };
}

function portvokterArgs(target, passthrough) {
  return [BIN, "check", target, "--format", "json", "--no-config", ...passthrough];
}

function warmCache(dir) {
  // Read every file once so that the first timed run does not pay for the disk.
  if (!statSync(dir).isDirectory()) return readFileSync(dir).length;
  let n = 0;
  for (const name of readdirSync(dir)) n += readFileSync(join(dir, name)).length;
  return n;
}

async function measureGroup(label, seriesList, runs, ctx) {
  const results = seriesList.map((s) => ({ ...s, runs: [] }));
  for (let i = 0; i < runs; i++) {
    for (const s of results) {
      if (s.maxRuns !== undefined && i >= s.maxRuns) continue;
      const run = await runOnce(s.args, ctx, s.check);
      s.runs.push(run);
      if (run.failed) {
        process.stderr.write(`\n  ! ${s.id}: ${run.failed}\n${(run.stderr ?? "").replace(/^/gm, "    ")}\n`);
        // A usage error (e.g. an option this build does not know yet) fails every run alike:
        // stop now rather than spend ten minutes measuring error messages.
        if (i === 0 && run.exit === 2 && s.id.startsWith("pv_")) {
          throw new Error(`portvokter exited with 2 (usage or fatal input) for: node ${s.args.map((a) => relative(ROOT, a) || a).join(" ")}`);
        }
      }
    }
    process.stderr.write(`  ${label}: run ${i + 1}/${runs} ${results.filter((s) => s.runs[i]).map((s) => `${s.id} ${fmtMs(s.runs[i].wall_ms)}`).join(", ")}\n`);
  }
  for (const s of results) {
    const good = s.runs.filter((r) => !r.failed); // a failed run's time is not a figure
    s.median_wall_ms = median(good.map((r) => r.wall_ms));
    s.median_cpu_ms = median(good.map((r) => (r.user_ms ?? NaN) + (r.sys_ms ?? NaN)));
    s.median_rss_kb = median(good.map((r) => r.rss_kb));
    s.min_wall_ms = good.length ? Math.min(...good.map((r) => r.wall_ms)) : null;
    s.max_wall_ms = good.length ? Math.max(...good.map((r) => r.wall_ms)) : null;
    s.failed_runs = s.runs.filter((r) => r.failed).length;
    if (s.files) s.files_per_s = s.median_wall_ms ? round((s.files * 1000) / s.median_wall_ms) : null;
    ctx.series[s.id] = s;
  }
  return results;
}

// ------------------------------------------------------------------------------------------------
// Formatting.

function fmtMs(ms) {
  if (ms == null) return "–";
  if (ms < 10000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}
function fmtMB(kb) {
  return kb == null ? "–" : `${Math.round(kb / 1024)} MB`;
}
function fmtRatio(r) {
  return r == null ? "–" : `${r.toFixed(2)}×`;
}
function ratio(a, b) {
  return a == null || b == null || b === 0 ? null : Math.round((a / b) * 100) / 100;
}

function table(rows, headers) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c ?? "").padEnd(widths[i]) : String(c ?? "").padStart(widths[i]))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

// ------------------------------------------------------------------------------------------------
// Context: git, machine, build.

function git(args) {
  try {
    return execFileSync("git", ["--no-optional-locks", ...args], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

function newestMtime(dir, re) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    if (!re.test(name)) continue;
    const m = statSync(join(dir, name)).mtimeMs;
    if (m > newest) newest = m;
  }
  return newest;
}

function ensureBuilt() {
  // What bin/portvokter.js runs (a build cut short can leave dist/src/ without it).
  const bundle = join(ROOT, "dist", "cli", "portvokter.cjs");
  if (!existsSync(bundle)) {
    process.stderr.write("dist/ is missing: running npm run build …\n");
    const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) throw new Error("npm run build failed");
  }
  const built = newestMtime(join(ROOT, "dist"), /\.js$/);
  const sources = Math.max(newestMtime(join(ROOT, "src"), /\.ts$/), newestMtime(join(ROOT, "rules"), /\.ts$/));
  return { stale: sources > built + 1000, fingerprint: distFingerprint() };
}

/**
 * A private copy of the package as built (bin/, dist/, package.json, schemas/, rules/data/, and
 * a link to node_modules), so that a `npm run build` elsewhere during the ~10 minutes (npm test
 * does one) cannot change the code between runs. Copied again if dist/ changed while copying.
 */
function snapshotBuild(tmp) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const before = distFingerprint();
    const dir = join(tmp, `build-${attempt}`);
    for (const p of ["bin", "dist", "schemas", join("rules", "data"), "package.json"]) {
      if (existsSync(join(ROOT, p))) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
    }
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    if (distFingerprint() === before && distFingerprint(dir) === before) return { dir, fingerprint: before };
    spawnSync("sleep", ["2"]);
  }
  throw new Error("dist/ keeps changing (a build is running?); try again, or use --no-snapshot");
}

/** A hash of what runs (dist/**\/*.{js,cjs,cache}): tells whether dist/ was rebuilt *differently* during a run. */
function distFingerprint(root = ROOT) {
  const dir = join(root, "dist");
  const h = createHash("sha256");
  for (const name of readdirSync(dir, { recursive: true }).filter((n) => /\.(c?js|cache)$/.test(n)).sort()) {
    h.update(name);
    h.update(readFileSync(join(dir, name)));
  }
  return h.digest("hex").slice(0, 12);
}

/** How bin/load-bundle.js of the package at `root` gets the bundle's code: accepted, rejected, stale. */
function codeCacheStatus(root) {
  const loader = join(root, "bin", "load-bundle.js");
  if (!existsSync(loader)) return "absent";
  const r = spawnSync(process.execPath, ["-e", `process.stdout.write(require(${JSON.stringify(loader)}).loadBundle().cache)`], { encoding: "utf8" });
  return r.status === 0 && r.stdout ? r.stdout : "unknown";
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu_model: cpus[0]?.model ?? "unknown",
    cpu_count: cpus.length,
    available_parallelism: os.availableParallelism?.() ?? cpus.length,
    total_memory_mb: Math.round(os.totalmem() / 1048576),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

// ------------------------------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.help) {
    process.stdout.write(headerComment(readFileSync(fileURLToPath(import.meta.url), "utf8")) + "\n");
    return 0;
  }
  if (o.profile) {
    const r = spawnSync(process.execPath, [join(HERE, "profile.mjs"), ...o.passthrough], { cwd: ROOT, stdio: "inherit" });
    return r.status ?? 1;
  }
  if (o.compare) {
    const r = spawnSync(process.execPath, [join(HERE, "compare.mjs"), ...o.compare], { cwd: ROOT, stdio: "inherit" });
    return r.status ?? 1;
  }

  const started = Date.now();
  const want = (part) => !o.only || o.only.has(part);
  const build = ensureBuilt();
  const corpusNames = ["n1"];
  if (want("n1000") || want("startup")) corpusNames.push("n1000");
  if (want("scaling")) corpusNames.push("s4k", "s40k");
  if (want("n10000") && !o.skip10k) corpusNames.push("n10000");
  process.stderr.write(`corpora: ${corpusNames.join(", ")} (bench/corpus/, generated when missing or stale)\n`);
  const corpora = ensureCorpora({ names: [...new Set(corpusNames)] });

  TMP = mkdtempSync(join(os.tmpdir(), "portvokter-bench-"));
  let snapshot = null;
  if (o.snapshot) {
    snapshot = snapshotBuild(TMP);
    BIN = join(snapshot.dir, "bin", "portvokter.js");
  }
  // A build whose code cache V8 refuses (another Node, other flags in NODE_OPTIONS) starts ~20 ms
  // slower: say so in the figures rather than measure it unawares.
  const codeCache = codeCacheStatus(dirname(dirname(BIN)));
  if (codeCache !== "accepted") process.stderr.write(`warning: the code cache is ${codeCache}; cold starts measure a compile (see bin/load-bundle.js)\n`);
  const method = rssMethod();
  const ctx = { method, timeoutMs: o.timeoutMin * 60_000, series: {} };
  const commit = git(["rev-parse", "--short", "HEAD"]) ?? "unknown";
  const dirty = git(["status", "--porcelain", "--untracked-files=no"]);
  const loadStart = os.loadavg();
  const pt = o.passthrough;
  const rel = (p) => relative(ROOT, p);
  const n1File = join(CORPUS_ROOT, "n1", readdirSync(join(CORPUS_ROOT, "n1")).find((f) => f.endsWith(".yaml")));

  process.stderr.write(`peak RSS via ${method === "gnu-time" ? "GNU time (%M)" : "process.resourceUsage() hook"}; runs: cold ${o.runsCold}, 1k ${o.runs}, 10k ${o.skip10k ? "skipped" : o.runs10k}${pt.length ? `; passed to portvokter: ${pt.join(" ")}` : ""}\n`);
  if (build.stale) process.stderr.write("warning: src/ or rules/ is newer than dist/; run `npm run build` to measure the current code\n");

  // 1. Start-up: node -e 0 vs one dossier in a cold process.
  if (want("startup")) {
    warmCache(n1File);
    await measureGroup("startup", [
      { id: "node_e0", label: "startup floor: node -e 0", args: ["-e", "0"], check: quietStderr },
      { id: "pv_1_file", label: "portvokter, 1 file (cold, file path)", args: portvokterArgs(rel(n1File), pt), files: 1, check: quietStderr },
      { id: "pv_1_dir", label: "portvokter, 1 file (cold, folder)", args: portvokterArgs(rel(join(CORPUS_ROOT, "n1")), pt), files: 1, check: quietStderr },
      { id: "parse_1", label: "parse floor, 1 file", args: [PARSE_FLOOR, rel(join(CORPUS_ROOT, "n1"))], files: 1, check: parsedFiles(1) },
    ], o.runsCold, ctx);
  }
  // 2. 1 000 files.
  if (want("n1000")) {
    warmCache(join(CORPUS_ROOT, "n1000"));
    await measureGroup("1 000 files", [
      { id: "parse_1k", label: "parse floor, 1 000 files", args: [PARSE_FLOOR, rel(join(CORPUS_ROOT, "n1000"))], files: 1000, check: parsedFiles(1000) },
      { id: "pv_1k", label: "portvokter, 1 000 files", args: portvokterArgs(rel(join(CORPUS_ROOT, "n1000")), pt), files: 1000, check: quietStderr },
    ], o.runs, ctx);
  }
  // 3. Size scaling: 1 000 small vs 1 000 large dossiers.
  if (want("scaling")) {
    for (const name of ["s4k", "s40k"]) {
      warmCache(join(CORPUS_ROOT, name));
      await measureGroup(`1 000 files of ${name === "s4k" ? "~4" : "~40"} KB`, [
        // One floor run is enough here: it only serves the per-MB comparison (saves ~40 s).
        { id: `parse_${name}`, label: `parse floor, 1 000 × ${(corpora[name].bytes / corpora[name].files / 1024).toFixed(1)} KB`, args: [PARSE_FLOOR, rel(join(CORPUS_ROOT, name))], files: 1000, check: parsedFiles(1000), maxRuns: o.runsScalingFloor },
        { id: `pv_${name}`, label: `portvokter, 1 000 × ${(corpora[name].bytes / corpora[name].files / 1024).toFixed(1)} KB`, args: portvokterArgs(rel(join(CORPUS_ROOT, name)), pt), files: 1000, check: quietStderr },
      ], o.runs, ctx);
    }
  }
  // 4. 10 000 files.
  if (want("n10000") && !o.skip10k) {
    warmCache(join(CORPUS_ROOT, "n10000"));
    await measureGroup("10 000 files", [
      { id: "parse_10k", label: "parse floor, 10 000 files", args: [PARSE_FLOOR, rel(join(CORPUS_ROOT, "n10000"))], files: 10000, check: parsedFiles(10000) },
      { id: "pv_10k", label: "portvokter, 10 000 files", args: portvokterArgs(rel(join(CORPUS_ROOT, "n10000")), pt), files: 10000, check: quietStderr },
    ], o.runs10k, ctx);
  }
  rmSync(TMP, { recursive: true, force: true });
  // Someone (npm test's pretest, an editor) may rebuild dist/ while the bench runs.
  const distEnd = distFingerprint();
  // With the snapshot, a rebuild elsewhere does not touch what was measured; say so only without it.
  const distChanged = !snapshot && distEnd !== build.fingerprint;

  // ---------------------------------------------------------------------------------------------
  // Figures, ratios, targets.
  const S = ctx.series;
  const w = (id) => S[id]?.median_wall_ms ?? null;
  const floorOf = {
    pv_1_file: ["node_e0", "node -e 0"],
    pv_1_dir: ["node_e0", "node -e 0"],
    pv_1k: ["parse_1k", "parse 1k"],
    pv_s4k: ["parse_s4k", "parse 1k×4KB"],
    pv_s40k: ["parse_s40k", "parse 1k×40KB"],
    pv_10k: ["parse_10k", "parse 10k"],
  };
  const rows = [];
  for (const s of Object.values(S)) {
    const f = floorOf[s.id];
    s.floor = f ? f[0] : null;
    s.ratio_to_floor = f ? ratio(s.median_wall_ms, w(f[0])) : null;
    // CPU time (user + sys, all threads) is less disturbed by other load than wall time; with
    // worker threads it exceeds wall time, so it is shown beside the wall ratio, never instead.
    s.cpu_ratio_to_floor = f ? ratio(s.median_cpu_ms, S[f[0]]?.median_cpu_ms ?? null) : null;
    rows.push([
      s.label,
      fmtMs(s.median_wall_ms),
      `${fmtMs(s.min_wall_ms)}–${fmtMs(s.max_wall_ms)}`,
      s.failed_runs ? `${s.runs.length - s.failed_runs} (+${s.failed_runs} failed)` : String(s.runs.length),
      f ? f[1] : "",
      f ? fmtRatio(s.ratio_to_floor) : "",
      s.median_cpu_ms != null ? fmtMs(s.median_cpu_ms) : "–",
      f ? fmtRatio(s.cpu_ratio_to_floor) : "",
      fmtMB(s.median_rss_kb),
      s.files_per_s != null && s.files > 1 ? String(Math.round(s.files_per_s)) : "",
    ]);
  }
  const bytes = (name) => corpora[name]?.bytes;
  const scaling = {
    per_file_10k_over_1k: S.pv_10k && S.pv_1k ? ratio(w("pv_10k") / 10000, w("pv_1k") / 1000) : null,
    parse_per_file_10k_over_1k: S.parse_10k && S.parse_1k ? ratio(w("parse_10k") / 10000, w("parse_1k") / 1000) : null,
    bytes_40k_over_4k: S.pv_s40k ? ratio(bytes("s40k"), bytes("s4k")) : null,
    time_40k_over_4k: S.pv_s40k && S.pv_s4k ? ratio(w("pv_s40k"), w("pv_s4k")) : null,
    per_mb_40k_over_4k: S.pv_s40k && S.pv_s4k ? ratio(w("pv_s40k") / bytes("s40k"), w("pv_s4k") / bytes("s4k")) : null,
    parse_per_mb_40k_over_4k: S.parse_s40k && S.parse_s4k ? ratio(w("parse_s40k") / bytes("s40k"), w("parse_s4k") / bytes("s4k")) : null,
  };
  const rss10k = S.pv_10k?.median_rss_kb ?? null;
  const targets = [
    { id: 1, what: "1 dossier, cold process ≤ 2.5 × node -e 0 (file path / folder)", value: S.pv_1_file?.ratio_to_floor ?? null, also: S.pv_1_dir?.ratio_to_floor ?? null, limit: 2.5 },
    { id: 2, what: "10 000 dossiers ≤ 1.0 × single-threaded parse floor", value: S.pv_10k?.ratio_to_floor ?? null, limit: 1.0 },
    { id: 3, what: "peak RSS for 10 000 dossiers ≤ 250 MB", value: rss10k == null ? null : Math.round(rss10k / 1024), limit: 250, unit: "MB" },
    { id: 4, what: "linear scaling (1.00 = linear): per-file time 10k/1k, per-MB time 40 KB/4 KB files", value: scaling.per_file_10k_over_1k, also: scaling.per_mb_40k_over_4k, limit: 1.25 },
  ];
  const anyFailed = Object.values(S).some((s) => s.failed_runs > 0);
  for (const t of targets) {
    const vals = [t.value, t.also].filter((v) => v != null);
    t.holds = vals.length === 0 || anyFailed ? null : vals.every((v) => v <= t.limit);
  }

  const m = machine();
  const loadEnd = os.loadavg();
  const today = new Date().toISOString().slice(0, 10);
  const result = {
    schema: 1,
    tool: "portvokter bench",
    date: new Date().toISOString(),
    commit,
    dirty: dirty === null ? null : dirty.length > 0,
    dist_stale: build.stale,
    dist_fingerprint: snapshot?.fingerprint ?? build.fingerprint,
    measured_snapshot: !!snapshot,
    code_cache: codeCache,
    dist_changed_during_run: distChanged ? distEnd : false,
    machine: { ...m, loadavg_start: loadStart.map((x) => round(x)), loadavg_end: loadEnd.map((x) => round(x)) },
    settings: { quick: o.quick, runs_cold: o.runsCold, runs_1k: o.runs, runs_scaling_floor: o.runsScalingFloor, runs_10k: o.skip10k ? 0 : o.runs10k, passthrough: pt, rss_method: method },
    corpora: Object.fromEntries(Object.entries(corpora).map(([k, v]) => [k, { files: v.files, bytes: v.bytes, min_size: v.min_size, max_size: v.max_size, gapped: v.gapped, seed: v.seed, generator_version: v.generator_version, source_sha: v.source_sha }])),
    series: Object.fromEntries(Object.entries(S).map(([k, s]) => [k, { label: s.label, command: ["node", ...s.args.map((a) => (snapshot && a.startsWith(snapshot.dir) ? relative(snapshot.dir, a) : a.startsWith(ROOT) ? rel(a) : a))].join(" "), files: s.files ?? null, median_wall_ms: s.median_wall_ms, min_wall_ms: s.min_wall_ms, max_wall_ms: s.max_wall_ms, median_cpu_ms: s.median_cpu_ms, median_rss_kb: s.median_rss_kb, files_per_s: s.files_per_s ?? null, floor: s.floor, ratio_to_floor: s.ratio_to_floor, cpu_ratio_to_floor: s.cpu_ratio_to_floor, failed_runs: s.failed_runs, runs: s.runs }])),
    scaling,
    targets,
    elapsed_s: Math.round((Date.now() - started) / 1000),
  };

  // ---------------------------------------------------------------------------------------------
  // Report.
  const out = [];
  out.push("");
  out.push(`portvokter bench · ${today} · commit ${commit}${result.dirty ? " (+ uncommitted changes)" : ""} · dist ${snapshot?.fingerprint ?? build.fingerprint}${snapshot ? " (snapshot)" : ""} · code cache ${codeCache}${pt.length ? ` · portvokter args: ${pt.join(" ")}` : ""}`);
  out.push(`${m.cpu_model} × ${m.cpu_count} · ${Math.round(m.total_memory_mb / 1024)} GB · node ${m.node} · load ${loadStart.map((x) => x.toFixed(1)).join(" ")} → ${loadEnd.map((x) => x.toFixed(1)).join(" ")}`);
  out.push("");
  out.push(table(rows, ["figure (median)", "wall", "min–max", "runs", "floor", "ratio", "cpu", "cpu ratio", "peak RSS", "files/s"]));
  out.push("");
  out.push("scaling (1.00 = linear):");
  if (scaling.per_file_10k_over_1k != null) out.push(`  per-file time, 10 000 vs 1 000 files: portvokter ${scaling.per_file_10k_over_1k.toFixed(2)}, parse floor ${scaling.parse_per_file_10k_over_1k?.toFixed(2) ?? "–"}`);
  if (scaling.per_mb_40k_over_4k != null) out.push(`  per-MB time, 1 000 × ~40 KB vs 1 000 × ~4 KB (${scaling.bytes_40k_over_4k}× the bytes, ${scaling.time_40k_over_4k}× the time): portvokter ${scaling.per_mb_40k_over_4k.toFixed(2)}, parse floor ${scaling.parse_per_mb_40k_over_4k?.toFixed(2) ?? "–"}`);
  out.push("");
  out.push("targets (issue 5):");
  for (const t of targets) {
    const f2 = (x) => (x == null ? "–" : x.toFixed(2));
    const v = t.value == null && t.also == null ? "not measured" : t.unit ? `${t.value} ${t.unit}` : t.also !== undefined ? `${f2(t.value)} / ${f2(t.also)}` : f2(t.value);
    out.push(`  ${t.id}. ${t.what}: ${v} → ${t.holds == null ? "–" : t.holds ? "holds" : "does not hold"}`);
  }
  out.push("  5. progress indicator on a TTY: not measured here (stdout/stderr are not TTYs in the harness)");
  if (build.stale) out.push("\nwarning: dist/ is older than src/ or rules/; these figures are for the last build");
  if (distChanged) out.push(`\nwarning: dist/ changed during the run (${build.fingerprint} → ${distEnd}); the figures may mix two builds`);
  if (Object.values(S).some((s) => s.failed_runs > 0)) out.push("\nwarning: some runs exited with a code other than 0 or 1 (see above)");

  if (o.write) {
    mkdirSync(RESULTS, { recursive: true });
    const suffix = [o.quick ? "quick" : "", ...pt.map((a) => a.replace(/^-+/, "").replace(/[^A-Za-z0-9]+/g, ""))].filter(Boolean).join("-");
    const file = join(RESULTS, `${today}-${commit}${suffix ? `-${suffix}` : ""}.json`);
    const json = JSON.stringify(result, null, 2) + "\n";
    writeFileSync(file, json);
    writeFileSync(join(RESULTS, "latest.json"), json);
    out.push(`\nwrote ${rel(file)} and bench/results/latest.json (${result.elapsed_s} s in all)`);
  }
  process.stdout.write(out.join("\n") + "\n");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`bench: ${process.env.BENCH_DEBUG ? (err?.stack ?? err) : (err?.message ?? err)}\n`);
    if (TMP) rmSync(TMP, { recursive: true, force: true });
    process.exitCode = 2;
  },
);

/** The comment block at the top of this file (after the shebang), as help text. */
function headerComment(source) {
  const lines = source.split("\n").slice(1);
  const end = lines.findIndex((l) => !l.startsWith("//"));
  return lines.slice(0, end === -1 ? lines.length : end).map((l) => l.replace(/^\/\/ ?/, "")).join("\n");
}
