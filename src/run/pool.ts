// Many dossiers over worker threads plus the main thread. Files are handed out a few at a time as
// lanes finish, so a slow file does not hold up the rest; results come back with their index,
// and the caller puts them in order, so output is the same whatever the timing.
import { Worker } from "node:worker_threads";
import type { LintOptions } from "../pipeline/lint-bytes.js";
import type { FileResult } from "../types.js";
import type { Target } from "./discover.js";
import { MIN_FILES_PER_WORKER } from "./pool-size.js";
import { lintTarget } from "./lint-target.js";
import { LINT_WORKER_ARG, lintWorkerScript } from "./worker-script.js";
import type { Rule } from "../evaluate/rule.js";
import type { PackData } from "../packs/types.js";

/** Messages between the pool and a worker. */
export type ToWorker = { index: number; target: Target };
export type FromWorker = { index: number; result: FileResult } | { index: number; error: string; stack?: string };

const IN_FLIGHT = 4; // per worker: enough to hide the message round trip

export async function lintInWorkers(
  targets: readonly Target[],
  options: LintOptions,
  settings: { rules: readonly Rule[]; packs: readonly PackData[]; jobs: number; debug: boolean; signal?: AbortSignal },
  onResult: (index: number, result: FileResult) => void,
): Promise<void> {
  // stdin and unreadable targets are handled here; files go to the workers.
  const files: number[] = [];
  const { rules } = settings;
  // Aborted (stdout closed, or the caller failed on a result): hand out nothing more, stop the workers.
  const stopped = () => settings.signal?.aborted === true;
  for (const [index, target] of targets.entries()) {
    if (target.kind === "file") files.push(index);
    else onResult(index, await lintTarget(target, rules, options, settings.debug));
  }
  const count = Math.max(1, Math.min(settings.jobs, Math.floor(files.length / MIN_FILES_PER_WORKER)));
  let next = 0;
  let failure: Error | undefined;

  // The main thread is one of the `count` lanes: one isolate fewer (memory), and it is idle
  // otherwise. It yields between files so that the workers' messages are handled promptly.
  const local = (async () => {
    while (next < files.length && !failure && !stopped()) {
      const index = files[next++]!;
      onResult(index, await lintTarget(targets[index]!, rules, options, settings.debug));
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();

  const remote = new Promise<void>((resolve, reject) => {
    let running = count - 1;
    if (running === 0) return resolve();
    const workers: Worker[] = [];
    settings.signal?.addEventListener("abort", () => workers.forEach((w) => void w.terminate()), { once: true });
    for (let w = 0; w < count - 1; w++) {
      const worker = new Worker(lintWorkerScript(), { argv: [LINT_WORKER_ARG], workerData: { options, debug: settings.debug, packs: settings.packs } });
      workers.push(worker);
      let inFlight = 0;
      const feed = () => {
        if (stopped()) return void worker.terminate();
        while (inFlight < IN_FLIGHT && next < files.length && !failure) {
          const index = files[next++]!;
          inFlight++;
          worker.postMessage({ index, target: targets[index]! } satisfies ToWorker);
        }
        if (inFlight === 0) void worker.terminate();
      };
      worker.on("message", (msg: FromWorker) => {
        inFlight--;
        if ("error" in msg) {
          failure ??= Object.assign(new Error(msg.error), { stack: msg.stack });
        } else if (!stopped()) {
          onResult(msg.index, msg.result);
        }
        feed();
      });
      worker.on("error", (err) => {
        failure ??= err;
      });
      worker.on("exit", () => {
        if (--running === 0) {
          if (failure) reject(failure);
          else resolve();
        }
      });
      feed();
    }
  });
  await Promise.all([local, remote]);
}
