// Fixtures shared across suites: the clean example dossier, one-gap variants of it, and a
// workspace folder in the OS temp dir (tests never write into the repository or ../shared).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, tempDir } from "./cli.js";

/** The BP2 example: clean at its gate, so a one-line change gives exactly one finding. */
export const CLEAN = readFileSync(join(ROOT, "examples", "ok-bp2-konsept.dossier.yaml"), "utf8");

/** A benefit (b1) whose recipient names no stakeholder: dossier/unknown-reference at /benefits/0/recipient. */
export const ONE_ERROR = CLEAN.replace(/recipient: \S+/, "recipient: finnes-ikke");

/** A folder under the OS temp dir with these files and a .git (so the config search stops there). */
export function workspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir();
  mkdirSync(join(dir, ".git"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

let shipped: string[] | undefined;

/** The files `npm pack` would ship (package.json "files"), without running the build again. */
export function shippedFiles(): string[] {
  shipped ??= (
    JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as Array<{
      files: Array<{ path: string }>;
    }>
  )[0]!.files.map((f) => f.path);
  return shipped;
}

/** `text` (a copy of CLEAN or a variant) under its own project id: copies checked in one run are not duplicates. */
export function withProjectId(text: string, id: string): string {
  return text.replace(/^ {2}id: \S+$/m, `  id: ${id}`);
}
