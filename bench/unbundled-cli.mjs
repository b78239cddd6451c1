#!/usr/bin/env node
// bin/portvokter.js, but on tsc's unbundled output (dist/src/) instead of the bundle (dist/cli/): the same
// code, one module per source file, so that a CPU profile can say which module the time is spent
// in (bench/profile.mjs uses it by default). Not for timing: start-up differs from the bundle.
import { run } from "../dist/src/cli/main.js";

process.exitCode = await run(process.argv.slice(2));
