#!/usr/bin/env node
// Peak memory and time of every output format at portfolio scale, and of very large single
// dossiers (issue 10, items 3 and 9). One run of a fresh process per case; peak RSS from
// getrusage (bench/rusage-hook.mjs, all threads), wall and CPU time. Not part of `npm run bench`
// (about 10 minutes on the 2-core machine); figures in bench/README.md.
//
//   node bench/formats.mjs                      10 000 dossiers (bench/corpus/n10000) and the large files
//   node bench/formats.mjs --corpus n1000       another corpus of bench/corpus/
//   node bench/formats.mjs --only large         just the large single dossiers (or: --only corpus)
//   node bench/formats.mjs --bin DIR/bin/portvokter.js   another build (e.g. an older commit's)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CORPUS_ROOT, ensureCorpora } from "./generate.mjs";
import { benefitsDossier, stakeholdersDossier } from "./large.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const HOOK = pathToFileURL(join(HERE, "rusage-hook.mjs")).href;
const FLOOR = join(HERE, "parse-floor.mjs");

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const BIN = opt("--bin", join(dirname(HERE), "bin", "portvokter.js"));
const corpusName = opt("--corpus", "n10000");
const only = opt("--only", "all");
const TMP = mkdtempSync(join(os.tmpdir(), "portvokter-formats-"));

function run(script, argv, cwd = TMP) {
  const usage = join(TMP, "rusage.json");
  rmSync(usage, { force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", HOOK, script, ...argv], {
    cwd,
    env: { ...process.env, BENCH_RUSAGE_FILE: usage, NO_COLOR: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  let u = { maxrss_kb: NaN, user_ms: NaN, sys_ms: NaN };
  try {
    u = JSON.parse(readFileSync(usage, "utf8"));
  } catch {
    /* killed: no figures */
  }
  const err = r.stderr.trim().split("\n").pop() ?? "";
  return { code: r.status, wall, cpu: (u.user_ms + u.sys_ms) / 1000, rss: u.maxrss_kb / 1024, err };
}

function row(label, r, extra = "") {
  const fig = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–");
  console.log(
    `| ${label} | ${fig(r.wall)} s | ${fig(r.cpu)} s | ${fig(r.rss, 0)} MB | ${r.code}${r.err && r.code !== 0 && r.code !== 1 ? ` (${r.err.slice(0, 60)})` : ""} |${extra}`,
  );
}

const size = (p) => {
  try {
    return `${(statSync(p).size / 2 ** 20).toFixed(0)} MB`;
  } catch {
    return "–";
  }
};

const common = ["--no-config", "--today", "2026-06-15"];

if (only === "all" || only === "corpus") {
  ensureCorpora({ names: [corpusName] });
  const corpus = join(CORPUS_ROOT, corpusName);
  console.log(`\n${corpusName}: every format (one run each)\n`);
  console.log("| command | wall | CPU | peak RSS | exit | output |");
  console.log("|---|---|---|---|---|---|");
  for (const f of ["stylish", "json", "sarif", "junit", "github", "markdown"]) {
    const out = join(TMP, `out.${f}`);
    row(`check --format ${f}`, run(BIN, ["check", corpus, ...common, "--format", f, "-o", out]), ` ${size(out)} |`);
    rmSync(out, { force: true });
  }
  const multi = ["sarif", "junit", "markdown"].map((f) => `${f}=${join(TMP, `multi.${f}`)}`);
  row("check --format sarif=… junit=… markdown=… json", run(BIN, ["check", corpus, ...common, ...multi.flatMap((m) => ["--format", m]), "--format", "json", "-o", join(TMP, "multi.json")]), " |");
  for (const f of ["html", "markdown"]) {
    const out = join(TMP, `report.${f}`);
    row(`report --format ${f}`, run(BIN, ["report", corpus, ...common, "--format", f, "-o", out]), ` ${size(out)} |`);
    rmSync(out, { force: true });
  }
}

if (only === "all" || only === "large") {
  const cases = [
    // Just under the default --max-file-size (1 MB): the 3 s / 300 MB target holds here.
    ["9 000 stakeholders", "stakeholders-1mb.dossier.yaml", () => stakeholdersDossier(9_000)],
    ["11 000 benefits", "benefits-1mb.dossier.yaml", () => benefitsDossier(11_000)],
    // Above it, allowed only with --max-file-size / max_file_size: linear, not bounded by 3 s.
    ["40 000 stakeholders", "stakeholders.dossier.yaml", () => stakeholdersDossier(40_000)],
    ["20 000 benefits", "benefits.dossier.yaml", () => benefitsDossier(20_000)],
  ];
  for (const [label, name, make] of cases) {
    const file = join(TMP, name);
    writeFileSync(file, make());
    console.log(`\n${label} in one dossier (${size(file)})\n`);
    console.log("| command | wall | CPU | peak RSS | exit |");
    console.log("|---|---|---|---|---|");
    row("parse floor (YAML parse + toJS)", run(FLOOR, [file]));
    for (const cmd of [
      ["check", "--format", "json"],
      ["check", "--format", "sarif"],
      ["check", "--format", "junit"],
      ["check", "--format", "markdown"],
      ["report", "--format", "html"],
      ["report", "--format", "markdown"],
    ]) {
      row(cmd.join(" "), run(BIN, [...cmd, file, ...common, "--max-file-size", "10MB", "-o", join(TMP, "out")]));
    }
  }
}

rmSync(TMP, { recursive: true, force: true });
