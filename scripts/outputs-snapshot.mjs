#!/usr/bin/env node
// Every user-visible output of the built CLI, written to one folder, so that a restructuring can
// prove it changed nothing: run it before and after, then `diff -r BEFORE AFTER`.
//   node scripts/outputs-snapshot.mjs OUT_DIR [--corpus bench/corpus/n1000] [--bin bin/portvokter.js]
// Runs from the repository root with relative paths, a fixed --today and --no-config, so that
// nothing but the code can make two snapshots differ. Exit codes and stderr are recorded too.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const bin = resolve(opt("--bin", join(ROOT, "bin", "portvokter.js")));
const corpus = opt("--corpus", "bench/corpus/n1000");
const out = args[0];
if (!out) {
  console.error("usage: node scripts/outputs-snapshot.mjs OUT_DIR [--corpus DIR] [--bin FILE]");
  process.exit(2);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const COMMON = ["--no-config", "--today", "2026-06-15"];
let n = 0;
function run(name, argv, { withCommon = true } = {}) {
  const file = join(out, name);
  const r = spawnSync(process.execPath, [bin, ...argv, ...(withCommon ? COMMON : [])], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1", CI: "", GITHUB_ACTIONS: "" },
  });
  writeFileSync(file, r.stdout ?? "");
  writeFileSync(`${file}.meta`, `exit ${r.status}\n--- stderr\n${r.stderr}`);
  n++;
}

const targets = [["examples", "examples"]];
if (existsSync(join(ROOT, corpus))) targets.push(["corpus", corpus]);
else console.error(`(no ${corpus}: run node bench/generate.mjs for the 1 000-file comparison)`);

for (const [label, path] of targets) {
  for (const lang of ["nb", "en"]) {
    for (const format of ["stylish", "json", "sarif", "junit", "github", "markdown"]) {
      run(`${label}.check.${format}.${lang}`, ["check", path, "--format", format, "--lang", lang, "--jobs", "1"]);
    }
    run(`${label}.report.html.${lang}`, ["report", path, "--lang", lang]);
    run(`${label}.report.markdown.${lang}`, ["report", path, "--format", "markdown", "--lang", lang]);
  }
  run(`${label}.check.json.bp4`, ["check", path, "--format", "json", "--gate", "BP4"]);
  run(`${label}.check.quiet`, ["check", path, "--quiet"]);
  run(`${label}.check.json.workers`, ["check", path, "--format", "json", "--jobs", "2"]);
}
// The shipped input fixtures: every fatal and schema path.
run("fixtures.check.json", ["check", "test/fixtures", "--format", "json"]);
run("fixtures.check.stylish", ["check", "test/fixtures"]);
run("fixtures.check.sarif", ["check", "test/fixtures", "--format", "sarif"]);

for (const lang of ["nb", "en"]) {
  run(`rules.table.${lang}`, ["rules", "--lang", lang], { withCommon: false });
  run(`rules.json.${lang}`, ["rules", "--format", "json", "--lang", lang], { withCommon: false });
  run(`rules.bp3.${lang}`, ["rules", "--gate", "BP3", "--lang", lang], { withCommon: false });
  const ids = JSON.parse(readFileSync(join(out, `rules.json.${lang}`), "utf8"));
  const list = Array.isArray(ids) ? ids : (ids.rules ?? []);
  for (const r of list) run(`explain.${r.id.replace("/", "~")}.${lang}`, ["explain", r.id, "--lang", lang], { withCommon: false });
  run(`explain.unknown.${lang}`, ["explain", "governance/nei", "--lang", lang], { withCommon: false });
  for (const phase of ["idé", "konsept", "planlegge", "gjennomføre", "avslutte", "realisere"]) {
    run(`init.${phase}.${lang}`, ["init", "--phase", phase, "--lang", lang, "--stdout"], { withCommon: false });
  }
}
run("schema", ["schema"], { withCommon: false });
for (const cmd of [[], ["check"], ["report"], ["rules"], ["explain"], ["init"], ["schema"]]) {
  run(`help.${cmd[0] ?? "main"}`, [...cmd, "--help"], { withCommon: false });
}
run("usage.bad-format", ["check", "examples", "--format", "nope"]);
run("usage.bad-gate", ["check", "examples", "--gate", "BP9"]);
run("usage.bad-today", ["check", "examples", "--today", "2026-02-31"], { withCommon: false });
run("version", ["--version"], { withCommon: false });
console.log(`${n} outputs in ${out}`);
