// Runs the built CLI as a user does: a separate node process on bin/portvokter.js.
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BIN = join(ROOT, "bin", "portvokter.js");
export const FIXTURES = join(ROOT, "test", "fixtures");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined>; timeout?: number } = {},
): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: options.timeout ?? 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder under the OS temp dir (tests never write into the repository or ../shared). */
export function tempDir(prefix = "portvokter-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function json(r: CliResult): {
  files: Array<{ path: string; gate: string | null; status: string; findings: Array<Record<string, unknown>>; suppressed: Array<Record<string, unknown>> }>;
  summary: Record<string, number>;
} {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}
