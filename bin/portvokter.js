#!/usr/bin/env node
// Thin shim: all behaviour lives in src/cli/main.ts, built and bundled to dist/bundle/.
import { run } from "../dist/bundle/main.js";

process.exitCode = await run(process.argv.slice(2));
