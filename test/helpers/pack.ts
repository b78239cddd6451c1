// The release tarball as `npm pack` makes it, from the build that is already there (npm test
// builds first), in a folder under the OS temp dir; and a shell runner for the install tests.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tempDir } from "./cli.js";

export const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** npm flags for installs in tests: offline, from npm's cache (filled by `npm ci` of this checkout). */
export const NPM_FLAGS = ["--offline", "--no-audit", "--no-fund", "--loglevel=error"];

export function sh(cmd: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, timeout: 240_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, out: `${r.stdout}\n${r.stderr}` };
}

export function packTarball(): string {
  const dest = tempDir("portvokter-pack-");
  const r = sh("npm", ["pack", "--ignore-scripts", "--pack-destination", dest, "--loglevel=error"], ROOT);
  if (r.code !== 0) throw new Error(`npm pack failed:\n${r.out}`);
  return join(dest, readdirSync(dest).find((f) => f.endsWith(".tgz"))!);
}
