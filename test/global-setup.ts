// Runs the generator (rule index, validators, dossier types) before any suite, so that a rule
// file just added under rules/ is seen by `npx vitest run test/rules/...` without a manual build.
// (Suites that spawn the CLI need the bundle: `npm test` builds it first, in pretest.)
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./helpers/cli.js";

export default function setup(): void {
  execFileSync(process.execPath, [join(ROOT, "scripts", "generate.mjs")], { cwd: ROOT, stdio: "inherit" });
}
