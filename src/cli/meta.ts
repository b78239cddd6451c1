// Exit codes and the tool's version, shared by the command modules.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export function toolVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}
