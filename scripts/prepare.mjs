// npm's `prepare`: builds dist/ on `npm ci` in a checkout and when a git URL is installed.
//
// A GLOBAL install from git (`npm install -g git+…`, which is how pre-commit installs a
// `language: node` hook) runs this in a temporary clone whose dependencies were never installed:
// npm's inner "install the git dependency's deps" step inherits npm_config_global and so installs
// globally instead (npm/cli#8440), and the build fails on a missing `ajv`. So when the build's
// own dependencies are absent, install them here from the lockfile, as a local install. (The
// inner install still installs the clone globally, racing the outer install of the same folder;
// that is harmless only because the package has no dependencies for the two to write at once:
// the bundle carries them, so they are all devDependencies.)
//
// For any git install npm runs prepare twice on the clone: in that inner install (marked by
// pacote's _PACOTE_NO_PREPARE_) and again when it packs the clone. The second run keeps the
// first one's build (a marker in the clone's node_modules/, which is never packed).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.cwd();
const marker = join(root, "node_modules", ".portvokter-git-prepare");
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ["npm"];

/** Runs npm on this checkout, without the global install's settings. */
function npmHere(args) {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_config_(global|location|prefix)$/i.test(k)) delete env[k];
  const r = spawnSync(npm[0], [...npm.slice(1), ...args, `--prefix=${root}`], { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (existsSync(marker) && existsSync(join(root, "dist", "cli", "portvokter.cjs"))) process.exit(0);
const depsMissing = !existsSync(join(root, "node_modules", "typescript", "package.json"));
if (depsMissing) npmHere(["ci", "--include=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--global=false"]);
npmHere(["run", "build"]);
if (process.env._PACOTE_NO_PREPARE_) {
  mkdirSync(join(root, "node_modules"), { recursive: true });
  writeFileSync(marker, "built by scripts/prepare.mjs for an install from git\n");
}
