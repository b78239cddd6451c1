// Build step (called by scripts/bundle.mjs): records V8's code cache for dist/cli/portvokter.cjs.
//
// The bundle is loaded as bin/portvokter.js loads it, then does the work a cold start usually
// does (check the shipped examples: a folder and a file, stylish and json output), and only then
// is V8 asked for the cache: it then holds the bytecode of every function that ran, not just the
// top level, which is what saves a cold start its compiling. Output goes to a temporary folder; the
// header ties the cache to the bundle's bytes and checksums its body (see bin/load-bundle.js).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);

export async function writeCodeCache() {
  const { loadBundle, cacheHeader, BUNDLE, CACHE } = require("../bin/load-bundle.js");
  const { exports, script } = loadBundle({ useCache: false });
  const out = mkdtempSync(join(tmpdir(), "portvokter-code-cache-"));
  try {
    const examples = join(root, "examples");
    // An explicit config of our own: a config found above the build folder must not change (or
    // fail) the build, and reading one is part of what a cold start usually does.
    const config = join(out, "portvokter.config.yaml");
    writeFileSync(config, "lang: nb\nrules:\n  dossier/placeholder-value: warning\n");
    for (const args of [
      ["check", examples, "--config", config, "--format", `stylish=${join(out, "a.txt")}`, "--format", `json=${join(out, "a.json")}`],
      ["check", join(examples, "kommune-velferd-bp2.dossier.yaml"), "--config", config, "--format", `json=${join(out, "b.json")}`],
    ]) {
      const code = await exports.run(args);
      if (code !== 0 && code !== 1) throw new Error(`code cache training run failed (exit ${code}): portvokter ${args.join(" ")}`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const body = script.createCachedData();
  const header = cacheHeader(readFileSync(BUNDLE), body);
  // A Node without zlib.crc32 (before 20.15) could not verify a cache either: none is written.
  if (header === undefined) return;
  writeFileSync(CACHE, Buffer.concat([Buffer.from(`${header}\n`, "latin1"), body]));
}
