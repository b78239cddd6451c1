#!/usr/bin/env node
// CPU profile of one portvokter check over a corpus (default: the 10 000-file one), and where the
// time goes: the top functions by self time, and self time per area (YAML parser, schema
// validator, rules, …).
//
//   npm run bench -- --profile                     10 000 files
//   node bench/profile.mjs --corpus n1000          another corpus (n1, n1000, n10000, s4k, s40k)
//   node bench/profile.mjs --top 40 -- --jobs 2    more rows; arguments after -- (and any unknown
//                                                  argument) go to `portvokter check` verbatim
//   node bench/profile.mjs --bundled               profile bin/portvokter.js (dist/cli/, the bundle) instead
//   node bench/profile.mjs --summarize FILE.cpuprofile…   only summarise existing profiles
//
// Runs `node --cpu-prof --cpu-prof-dir=bench/results/profile bench/unbundled-cli.mjs check
// <corpus> --format json --no-config` with stdout to /dev/null. The unbundled build (dist/src/,
// one module per source file, the same code as the bundle) is the default so that self time can
// be attributed to modules: in the bundle, yaml, the rules and src/ share a few chunk files.
// Worker threads write profiles of their own; all the profiles the run wrote are summed (their
// files and wall times are listed first).
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCorpora } from "./generate.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(HERE);
const PROFILE_DIR = join(HERE, "results", "profile");

function parseArgs(argv) {
  const o = { corpus: "n10000", top: 25, passthrough: [], summarize: null, bundled: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      o.passthrough.push(...argv.slice(i + 1));
      break;
    } else if (a === "--corpus") o.corpus = argv[++i];
    else if (a === "--top") o.top = Number(argv[++i]);
    else if (a === "--bundled") o.bundled = true;
    else if (a === "--summarize") o.summarize = [];
    else if (o.summarize) o.summarize.push(a);
    else o.passthrough.push(a);
  }
  return o;
}

/** Where a function lives, in words a maintainer recognises. */
function area(url, functionName) {
  if (!url) {
    if (/^\((garbage collector|program|idle|root)\)$/.test(functionName)) return functionName;
    return "(native / V8 builtins)";
  }
  const u = url.replace(/^file:\/\//, "");
  const nm = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u);
  if (nm) return `node_modules/${nm[1]}`;
  if (u.startsWith("node:")) return `node internals (${u.replace(/^node:(internal\/)?/, "").split("/")[0]})`;
  const rel = relative(ROOT, u);
  let m;
  if ((m = /^dist\/src\/generated\/([^/.]+)/.exec(rel))) return `src/generated/${m[1]}`;
  if ((m = /^dist\/cli\/(.+)$/.exec(rel))) return `bundle/${m[1]}`;
  if ((m = /^dist\/src\/([^/]+)\//.exec(rel))) return `src/${m[1]}`;
  if ((m = /^dist\/rules\/([^/]+)\//.exec(rel))) return `rules/${m[1]}`;
  if (/^dist\/rules\//.test(rel)) return "rules (helpers)";
  if (/^dist\/src\//.test(rel)) return "src";
  if (/^bin\//.test(rel)) return "bin";
  return rel.startsWith("..") ? u : rel;
}

function shortUrl(url) {
  if (!url) return "";
  const u = url.replace(/^file:\/\//, "");
  const nm = u.lastIndexOf("/node_modules/");
  if (nm >= 0) return u.slice(nm + 1);
  const rel = relative(ROOT, u);
  return rel.startsWith("..") ? u : rel;
}

/** Self time per node: hitCount × the profile's mean sampling interval. */
function summarize(profile) {
  const interval = profile.samples?.length ? (profile.endTime - profile.startTime) / profile.samples.length : 1000; // µs
  const byFn = new Map();
  const byArea = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    if (!node.hitCount) continue;
    const cf = node.callFrame;
    const self = node.hitCount * interval;
    total += self;
    const name = cf.functionName || "(anonymous)";
    const key = `${name}\u0000${shortUrl(cf.url)}:${cf.lineNumber + 1}`;
    const e = byFn.get(key) ?? { name, where: cf.url ? `${shortUrl(cf.url)}:${cf.lineNumber + 1}` : "", area: area(cf.url, name), self: 0 };
    e.self += self;
    byFn.set(key, e);
    const a = area(cf.url, name);
    byArea.set(a, (byArea.get(a) ?? 0) + self);
  }
  return { interval, total, wall: profile.endTime - profile.startTime, byFn, byArea };
}

function merge(summaries) {
  const byFn = new Map();
  const byArea = new Map();
  let total = 0;
  for (const s of summaries) {
    total += s.total;
    for (const [k, e] of s.byFn) {
      const m = byFn.get(k) ?? { ...e, self: 0 };
      m.self += e.self;
      byFn.set(k, m);
    }
    for (const [a, t] of s.byArea) byArea.set(a, (byArea.get(a) ?? 0) + t);
  }
  return { total, byFn, byArea };
}

/** CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile: thread 0 is the main thread. */
function threadOf(file) {
  const m = /^CPU\.\d+\.\d+\.\d+\.(\d+)\.\d+\.cpuprofile$/.exec(basename(file));
  return m ? (m[1] === "0" ? "main thread" : `worker ${m[1]}`) : basename(file);
}

const IDLE = "(idle)";

function report(files, top) {
  const summaries = files
    .map((f) => ({ file: f, thread: threadOf(f), ...summarize(JSON.parse(readFileSync(f, "utf8"))) }))
    .sort((a, b) => a.thread.localeCompare(b.thread));
  const all = merge(summaries);
  // Idle time (a thread waiting: the main thread while workers lint, a worker between files) is
  // not work; percentages are of busy time, summed over threads.
  const busyOf = (s) => s.total - (s.byArea.get(IDLE) ?? 0);
  const busy = busyOf(all);
  const ms = (us) => (us / 1000).toFixed(0).padStart(7);
  const pct = (us) => ((100 * us) / busy).toFixed(1).padStart(5);
  const lines = [];
  lines.push(`${files.length} profile(s), ${(busy / 1e6).toFixed(1)} s busy in all (idle excluded; percentages are of busy time)`);
  for (const s of summaries) {
    const areas = [...s.byArea.entries()].filter(([a]) => a !== IDLE).sort((x, y) => y[1] - x[1]).slice(0, 4);
    lines.push(
      `  ${s.thread.padEnd(11)} wall ${(s.wall / 1e6).toFixed(1)} s, busy ${(busyOf(s) / 1e6).toFixed(1)} s, idle ${((s.byArea.get(IDLE) ?? 0) / 1e6).toFixed(1)} s` +
        `  (${areas.map(([a, t]) => `${a} ${(t / 1e6).toFixed(1)} s`).join(", ")})`,
    );
  }
  lines.push("");
  lines.push(`top ${top} functions by self time`);
  lines.push(`${"self ms".padStart(7)}  ${"%".padStart(5)}  function  (file:line)  [area]`);
  const fns = [...all.byFn.values()].filter((e) => e.area !== IDLE).sort((a, b) => b.self - a.self).slice(0, top);
  for (const e of fns) lines.push(`${ms(e.self)}  ${pct(e.self)}  ${e.name}  ${e.where ? `(${e.where})` : ""}  [${e.area}]`);
  lines.push("");
  lines.push("self time by area");
  for (const [a, t] of [...all.byArea.entries()].sort((x, y) => y[1] - x[1])) {
    if (a === IDLE || t / busy < 0.002) continue;
    lines.push(`${ms(t)}  ${pct(t)}  ${a}`);
  }
  return lines.join("\n");
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.summarize) {
    process.stdout.write(report(o.summarize, o.top) + "\n");
    return 0;
  }
  const corpora = ensureCorpora({ names: [o.corpus] });
  const dir = corpora[o.corpus].dir;
  mkdirSync(PROFILE_DIR, { recursive: true });
  const before = new Set(readdirSync(PROFILE_DIR));
  const entry = o.bundled || !existsSync(join(ROOT, "dist", "src", "cli", "main.js")) ? "bin/portvokter.js" : "bench/unbundled-cli.mjs";
  const args = ["--cpu-prof", `--cpu-prof-dir=${relative(ROOT, PROFILE_DIR)}`, entry, "check", relative(ROOT, dir), "--format", "json", "--no-config", ...o.passthrough];
  process.stderr.write(`profiling: node ${args.join(" ")} > /dev/null\n`);
  const devnull = openSync("/dev/null", "w");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", devnull, "inherit"] });
  closeSync(devnull);
  const wall = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(`portvokter exited with ${r.status ?? r.signal}\n`);
    return 2;
  }
  const fresh = readdirSync(PROFILE_DIR)
    .filter((f) => f.endsWith(".cpuprofile") && !before.has(f))
    .map((f) => join(PROFILE_DIR, f))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  if (fresh.length === 0) {
    process.stderr.write("no .cpuprofile was written\n");
    return 2;
  }
  const text = `corpus ${o.corpus} (${corpora[o.corpus].files} files), wall ${(wall / 1000).toFixed(1)} s under the profiler\n` + report(fresh, o.top);
  writeFileSync(join(PROFILE_DIR, "latest-summary.txt"), text + "\n");
  process.stdout.write(text + `\n\nprofiles in ${relative(ROOT, PROFILE_DIR)}/ (open in Chrome DevTools › Performance, or speedscope); summary in latest-summary.txt\n`);
  return 0;
}

process.exitCode = main();
