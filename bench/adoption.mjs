#!/usr/bin/env node
// What the adoption features cost on a portfolio (issue 13): a check of the 1 000-dossier corpus
// plain, with the example municipal rule pack, with a baseline of every finding, and both; and
// `diff` of one dossier against its committed version. Median wall time of fresh processes.
// Not part of `npm run bench`; `npm run bench:adoption` (about two minutes on 2 cores).
//
//   node bench/adoption.mjs                 bench/corpus/n1000, 5 runs per case
//   node bench/adoption.mjs --runs 3 --corpus n1000
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_ROOT, ensureCorpora } from "./generate.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(HERE);
const BIN = join(ROOT, "bin", "portvokter.js");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(opt("--runs", "5"));
const corpus = opt("--corpus", "n1000");

ensureCorpora({ names: [corpus] });
const dir = mkdtempSync(join(os.tmpdir(), "portvokter-adoption-"));
try {
  // A repository of its own: the corpus, a config with the pack, and git for the diff.
  cpSync(join(CORPUS_ROOT, corpus), join(dir, "portefolje"), { recursive: true });
  copyFileSync(join(ROOT, "examples", "packs", "kommune.pack.yaml"), join(dir, "kommune.pack.yaml"));
  writeFileSync(join(dir, "plain.config.yaml"), "files:\n  - portefolje\n");
  writeFileSync(join(dir, "pack.config.yaml"), "files:\n  - portefolje\npacks:\n  - kommune.pack.yaml\n");
  const git = (...a) => execFileSync("git", ["-c", "user.name=b", "-c", "user.email=b@example.org", "-c", "commit.gpgsign=false", ...a], { cwd: dir, stdio: "ignore" });
  git("init", "-q");
  git("add", ".");
  git("commit", "-q", "-m", "corpus");

  const run = (argv) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: dir, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
    if (r.status === 2) throw new Error(`portvokter ${argv.join(" ")}: exit 2\n${r.stderr}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const time = (argv) => median(Array.from({ length: RUNS }, () => run(argv)));

  const today = ["--today", "2026-12-01", "--format", "json"];
  const cases = [];
  const add = (name, argv, setup) => {
    setup?.();
    cases.push([name, time(argv)]);
  };
  const base = ["--suppressions-location", "baseline.json"];
  run(["check", "-c", "plain.config.yaml", ...today]); // warms the page cache and the code cache
  add("check, plain", ["check", "-c", "plain.config.yaml", ...today]);
  add("check, with the kommune pack", ["check", "-c", "pack.config.yaml", ...today]);
  add("check --suppress-all (writes the baseline)", ["check", "-c", "pack.config.yaml", ...today, ...base, "--suppress-all"]);
  add("check, pack + baseline of every finding", ["check", "-c", "pack.config.yaml", ...today, ...base]);
  const one = execFileSync("git", ["ls-files", "portefolje"], { cwd: dir, encoding: "utf8" }).split("\n")[0];
  add("diff HEAD:one dossier against the file", ["diff", `HEAD:${one}`, one, "--format", "json", "--today", "2026-12-01", "-c", "pack.config.yaml"]);

  console.log(`adoption on ${corpus} (${RUNS} runs each, median wall time, ${os.cpus().length} cores)`);
  const plain = cases[0][1];
  for (const [name, ms] of cases) console.log(`  ${name.padEnd(46)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / plain).toFixed(2)}×`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
