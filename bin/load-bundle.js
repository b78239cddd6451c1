"use strict";
// Loads the bundled CLI (dist/cli/portvokter.cjs) the way Node loads a CommonJS module, but
// through vm.Script so that V8 can start from the code cache that the build recorded beside it
// (scripts/code-cache.mjs) instead of compiling ~1 MB of JavaScript on every cold start. Node 20
// has no built-in compile cache; this file is the whole of ours.
//
// The cache is used only if it was made for this build of the bundle (V8 itself checks only the
// source's length, so the build writes a hash of the bundle at its end and in the cache's header)
// and V8 accepts it (same V8 version and flags). Otherwise the bundle is compiled as usual: slower,
// never wrong. Nothing here ever writes a file. (Hashing the bundle here instead would load
// node:crypto, which costs a cold start more than the check is worth.)
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = join(__dirname, "..", "dist", "cli", "portvokter.cjs");
const CACHE = `${BUNDLE}.cache`;
const CACHE_MAGIC = "portvokter-code-cache 1";
const BUILD_ID = /\/\/# portvokter-build ([0-9a-f]{40})\n?$/;
// The same wrapper as Node's for CommonJS modules, on a line of its own (lineOffset keeps stack
// traces' line numbers those of the file).
const HEAD = "(function (exports, require, module, __filename, __dirname) {\n";
const TAIL = "\n})";

/** The build id at the end of the bundle's source (see scripts/bundle.mjs), or undefined. */
function buildId(source) {
  return BUILD_ID.exec(source.slice(-80))?.[1];
}

/** The cache file's first line for a build: written by scripts/code-cache.mjs, checked here. */
function cacheHeader(id) {
  return `${CACHE_MAGIC} ${id}`;
}

/** The cache's data, if its header names this build. */
function cacheFor(source) {
  const id = buildId(source);
  if (!id) return undefined;
  let file;
  try {
    file = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const newline = file.indexOf(10);
  if (newline < 0 || file.toString("latin1", 0, newline) !== cacheHeader(id)) return undefined;
  return file.subarray(newline + 1);
}

/**
 * Runs the bundle and returns its exports, with how its code was obtained:
 * cache "accepted", "rejected" (by V8: another Node version or other V8 flags), "stale" (made
 * for another build, or missing), or "none" (asked not to use one, as the cache builder does).
 * `script` is kept for scripts/code-cache.mjs, which asks it for the cache after a training run.
 */
function loadBundle({ useCache = true } = {}) {
  // The build keeps the bundle ASCII (esbuild escapes the rest), so latin1 reads it the same as
  // UTF-8 would, without the decoder's ~2 ms.
  const source = readFileSync(BUNDLE, "latin1");
  const cachedData = useCache ? cacheFor(source) : undefined;
  const script = new Script(HEAD + source + TAIL, { filename: BUNDLE, lineOffset: -1, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, require, module, BUNDLE, join(BUNDLE, ".."));
  const cache = !useCache ? "none" : !cachedData ? "stale" : script.cachedDataRejected ? "rejected" : "accepted";
  return { exports: module.exports, cache, script };
}

module.exports = { loadBundle, buildId, cacheHeader, BUNDLE, CACHE };
