// Locates the installed package's root, the same from src/ (tests) and dist/src/ (built CLI).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) || !existsSync(join(dir, "schemas"))) {
    const up = dirname(dir);
    if (up === dir) throw new Error("portvokter: cannot find the package root");
    dir = up;
  }
  cached = dir;
  return dir;
}
