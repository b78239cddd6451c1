// Entry of the bundle (dist/cli/portvokter.cjs, see scripts/bundle.mjs). bin/portvokter.js calls
// `run`; the lint pool starts worker threads on this same file, marked by an argument, and there
// it becomes a lint worker instead. The marker is an argv entry rather than workerData so that a
// plain CLI start does not pay for loading node:worker_threads.
import { LINT_WORKER_ARG } from "../run/worker-script.js";

export { run } from "./main.js";
export { UsageError } from "../errors.js";

/**
 * The package's programmatic API (package.json "exports" → this bundle; types from
 * dist/src/api.d.ts). Loaded on first call, so a CLI start does not pay for it.
 */
export async function lint(...args: Parameters<typeof import("../api.js").lint>): ReturnType<typeof import("../api.js").lint> {
  const api = await import("../api.js");
  return api.lint(...args);
}

if (process.argv[2] === LINT_WORKER_ARG) void import("../run/worker.js");
