// Where a lint worker thread starts. In the bundle (scripts/bundle.mjs defines PORTVOKTER_BUNDLE):
// the bundle itself, whose entry (bundle-entry.ts) becomes a lint worker when it sees
// LINT_WORKER_ARG in its argv. Unbundled (tsc's dist/src/, as bench/profile.mjs runs it): the
// worker module.
declare const PORTVOKTER_BUNDLE: boolean | undefined;

export const LINT_WORKER_ARG = "--portvokter-lint-worker";

export function lintWorkerScript(): URL {
  return typeof PORTVOKTER_BUNDLE === "boolean" ? new URL(import.meta.url) : new URL("./lint-worker.js", import.meta.url);
}
