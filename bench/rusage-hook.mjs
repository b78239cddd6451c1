// Fallback peak-RSS probe for bench/run.mjs, used only when GNU time (/usr/bin/time) is absent
// or BENCH_RSS=hook is set. Preloaded with `node --import ./bench/rusage-hook.mjs …`, it writes
// the process's own resource usage to $BENCH_RUSAGE_FILE when the process exits (also after
// process.exit() and an uncaught exception). getrusage(RUSAGE_SELF) covers every thread, so
// worker threads are included. It cannot see a process killed by a signal.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage(); // maxRSS in KB, CPU times in µs
    try {
      writeFileSync(file, JSON.stringify({ maxrss_kb: u.maxRSS, user_ms: u.userCPUTime / 1000, sys_ms: u.systemCPUTime / 1000 }));
    } catch {
      /* nothing to do: the harness reports the figure as missing */
    }
  });
}
