#!/usr/bin/env node
// Thin shim: all behaviour lives in src/cli/main.ts (built to dist/).
import { run } from "../dist/src/cli/main.js";

process.exitCode = await run(process.argv.slice(2));
