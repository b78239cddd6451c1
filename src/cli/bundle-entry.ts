// Entry of the bundle (dist/cli/portvokter.cjs, see scripts/bundle.mjs). bin/portvokter.js calls
// `run`; the lint pool starts worker threads on this same file, marked by an argument, and there
// it becomes a lint worker instead. The marker is an argv entry rather than workerData so that a
// plain CLI start does not pay for loading node:worker_threads.
import { LINT_WORKER_ARG } from "./lint-worker-script.js";

export { run } from "./main.js";

if (process.argv[2] === LINT_WORKER_ARG) void import("./lint-worker.js");
