// ../shared (external test material) beside the checkout. Outside CI a suite that needs it is
// skipped with a message when it is absent; under CI=true its absence fails the suite instead,
// so that a CI that lost ../shared cannot pass by skipping.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "./cli.js";

export const SHARED = resolve(ROOT, "..", "shared");

/** Whether `path` (under ../shared) is present; under CI=true, absent is an error. */
export function sharedPresent(path: string, what: string): boolean {
  if (existsSync(path)) return true;
  if (process.env.CI) throw new Error(`${what}: ${path} is missing, and CI must have ../shared beside the checkout`);
  console.warn(`SKIPPED: ${what}: ${path} is absent (../shared is not checked out)`);
  return false;
}
