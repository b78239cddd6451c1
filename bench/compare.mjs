#!/usr/bin/env node
// Compares bench results between commits: `npm run bench -- --compare OLD.json NEW.json` (or
// `node bench/compare.mjs OLD NEW`; a bare commit or "latest" names bench/results/*-<commit>.json).
//
// Ratios to the floor are what carry from one run to the next (the machine drifts; a ratio is
// measured side by side); wall medians and peak RSS are shown too. A ratio is called better or
// worse only when the two results' ranges (each run's fastest and slowest over its floor's
// median) do not overlap; otherwise the medians moved, but within what a rerun could show.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), "results");

/** A path, "latest", or a commit whose result file is in bench/results/. */
export function resolveResult(name) {
  if (existsSync(name)) return name;
  if (name === "latest") return join(RESULTS, "latest.json");
  const matches = existsSync(RESULTS) ? readdirSync(RESULTS).filter((f) => f.endsWith(".json") && f.includes(`-${name}`)).sort() : [];
  if (matches.length === 0) throw new Error(`no result named ${name} (a file, "latest", or a commit with a file in bench/results/)`);
  return join(RESULTS, matches.at(-1));
}

const ms = (v) => (v == null ? "–" : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const ratio = (v) => (v == null ? "–" : `${v.toFixed(2)}×`);
const change = (a, b) => (a == null || b == null || a === 0 ? "" : `${b >= a ? "+" : ""}${(((b - a) / a) * 100).toFixed(0)} %`);

/** [fastest, slowest] run of a series over its floor's median, or undefined. */
function ratioRange(result, s) {
  const floor = s?.floor ? result.series[s.floor] : undefined;
  if (!floor?.median_wall_ms || s.min_wall_ms == null || s.max_wall_ms == null) return undefined;
  return [s.min_wall_ms / floor.median_wall_ms, s.max_wall_ms / floor.median_wall_ms];
}

export function compare(a, b) {
  const out = [];
  const head = (r) => `${r.commit}${r.dirty ? "+" : ""} (${r.date}, node ${r.machine?.node}, load ${r.machine?.loadavg_start?.[0] ?? "?"})`;
  out.push(`old: ${head(a)}`, `new: ${head(b)}`, "");
  const rows = [["figure", "old wall", "new wall", "Δ wall", "old ratio", "new ratio", "Δ ratio", "old RSS", "new RSS", ""]];
  for (const key of Object.keys({ ...a.series, ...b.series })) {
    const x = a.series[key];
    const y = b.series[key];
    if (!x?.median_wall_ms && !y?.median_wall_ms) continue;
    let note = "";
    const [p, q] = [ratioRange(a, x), ratioRange(b, y)];
    if (p && q) note = q[1] < p[0] ? "better" : q[0] > p[1] ? "worse" : "ranges overlap";
    rows.push([
      (y ?? x).label,
      ms(x?.median_wall_ms),
      ms(y?.median_wall_ms),
      change(x?.median_wall_ms, y?.median_wall_ms),
      ratio(x?.ratio_to_floor),
      ratio(y?.ratio_to_floor),
      change(x?.ratio_to_floor, y?.ratio_to_floor),
      x?.median_rss_kb ? `${Math.round(x.median_rss_kb / 1024)} MB` : "–",
      y?.median_rss_kb ? `${Math.round(y.median_rss_kb / 1024)} MB` : "–",
      note,
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const [i, r] of rows.entries()) {
    out.push(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ").trimEnd());
    if (i === 0) out.push(widths.map((w) => "-".repeat(w)).join("  "));
  }
  out.push("", "targets:");
  for (const t of b.targets ?? []) {
    const before = (a.targets ?? []).find((u) => u.id === t.id);
    const show = (u) => (u?.value == null ? "–" : `${u.value}${u.also != null ? ` / ${u.also}` : ""}${u.holds === true ? " holds" : u.holds === false ? " does not hold" : ""}`);
    out.push(`  ${t.id}. ${t.what}: ${show(before)} → ${show(t)}`);
  }
  return out.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [oldName, newName = "latest"] = process.argv.slice(2);
  if (!oldName) {
    process.stderr.write("usage: node bench/compare.mjs OLD [NEW]   (a result file, a commit, or latest; NEW defaults to latest)\n");
    process.exit(2);
  }
  try {
    const load = (n) => JSON.parse(readFileSync(resolveResult(n), "utf8"));
    process.stdout.write(compare(load(oldName), load(newName)) + "\n");
  } catch (err) {
    process.stderr.write(`compare: ${err.message}\n`);
    process.exit(2);
  }
}
