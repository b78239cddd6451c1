// A lint worker: loads the rules once, then lints the files the pool sends it. It starts when
// imported in a worker thread (elsewhere, e.g. a stray marker argument on the command line, it
// does nothing).
import { parentPort, workerData } from "node:worker_threads";
import type { LintOptions } from "../pipeline/lint-bytes.js";
import { workerRules } from "../packs/rule-set.js";
import type { PackData } from "../packs/types.js";
import type { FromWorker, ToWorker } from "./pool.js";
import { lintTarget } from "./lint-target.js";

function serve(port: NonNullable<typeof parentPort>): void {
  const { options, debug, packs } = workerData as { options: LintOptions; debug: boolean; packs: PackData[] };
  // The packs come as the main thread read and checked them; each worker compiles its own.
  const rules = workerRules(packs);
  rules.catch(() => undefined); // a failure is reported with the first file, as an error reply
  port.on("message", async (msg: ToWorker) => {
    let reply: FromWorker;
    try {
      reply = { index: msg.index, result: await lintTarget(msg.target, await rules, options, debug) };
    } catch (err) {
      reply = { index: msg.index, error: (err as Error)?.message ?? String(err), stack: (err as Error)?.stack };
    }
    port.postMessage(reply);
  });
}

if (parentPort) serve(parentPort); // null on the main thread
