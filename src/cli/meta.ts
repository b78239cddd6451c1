// Exit codes and the tool's version, shared by the command modules.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Set by scripts/bundle.mjs from package.json, which a bundled start then need not read. */
declare const PORTVOKTER_VERSION: string | undefined;

let version: string | undefined;

export function toolVersion(): string {
  version ??=
    typeof PORTVOKTER_VERSION === "string"
      ? PORTVOKTER_VERSION
      : (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
  return version;
}
