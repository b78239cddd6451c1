// Exit codes and the tool's version, shared by the command modules.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** Set by scripts/bundle.mjs from package.json, which a bundled start then need not read. */
declare const PORTVOKTER_VERSION: string | undefined;
declare const PORTVOKTER_HOMEPAGE: string | undefined;

let version: string | undefined;
let homepage: string | undefined;

const packageJson = () => JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string; homepage: string };

export function toolVersion(): string {
  version ??= typeof PORTVOKTER_VERSION === "string" ? PORTVOKTER_VERSION : packageJson().version;
  return version;
}

/** package.json `homepage`: where the tool is documented (SARIF tool.driver.informationUri). */
export function toolHomepage(): string {
  homepage ??= typeof PORTVOKTER_HOMEPAGE === "string" ? PORTVOKTER_HOMEPAGE : packageJson().homepage;
  return homepage;
}

/** The tool as formats name it (FormatContext.tool). */
export function toolInfo(): { name: string; version: string; informationUri: string } {
  return { name: "portvokter", version: toolVersion(), informationUri: toolHomepage() };
}
