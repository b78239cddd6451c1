// A lint worker: loads the rules once, then lints the files the pool sends it.
import { parentPort, workerData } from "node:worker_threads";
import type { LintOptions } from "../evaluate/lint.js";
import { loadRules } from "../evaluate/registry.js";
import type { FromWorker, ToWorker } from "./lint-pool.js";
import { lintTarget } from "./lint-target.js";

const { options, debug } = workerData as { options: LintOptions; debug: boolean };
const rules = await loadRules();

parentPort!.on("message", async (msg: ToWorker) => {
  let reply: FromWorker;
  try {
    reply = { index: msg.index, result: await lintTarget(msg.target, rules, options, debug) };
  } catch (err) {
    reply = { index: msg.index, error: (err as Error)?.message ?? String(err), stack: (err as Error)?.stack };
  }
  parentPort!.postMessage(reply);
});
