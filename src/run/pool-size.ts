// When worker threads pay: each costs a start-up (about a cold single-file run), so they are
// used only for runs with at least this many files per worker.
import { availableParallelism } from "node:os";

export const MIN_FILES_PER_WORKER = 100;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}
