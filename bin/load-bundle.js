"use strict";
// Loads the bundled CLI (dist/cli/portvokter.cjs) the way Node loads a CommonJS module, but
// through vm.Script so that V8 can start from the code cache that the build recorded beside it
// (scripts/code-cache.mjs) instead of compiling ~1 MB of JavaScript on every cold start. Node 20
// has no built-in compile cache; this file is the whole of ours.
//
// V8 checks only that a cache was made for a source of the same length, and does not checksum
// the cache's body in release builds: a same-length edit of the bundle would run the old code,
// and a flipped bit in the cache could run wrong code or crash. So the cache's header names the
// CRC-32 and length of the exact bundle bytes it was made from and the CRC-32 of its own body;
// the cache is used only when all three match (and V8 accepts it). Otherwise the bundle is
// compiled as usual: slower, never wrong. Nothing here ever writes a file.
//
// CRC-32 (zlib's, ~0.5 ms for both files) guards against accidents: stale builds, truncation,
// corrupted bytes. Anyone who can write dist/ can change the bundle itself, so a cryptographic
// hash would buy nothing here and node:crypto costs a cold start more.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");

const BUNDLE = join(__dirname, "..", "dist", "cli", "portvokter.cjs");
const CACHE = `${BUNDLE}.cache`;
const CACHE_MAGIC = "portvokter-code-cache 2";
// The same wrapper as Node's for CommonJS modules, on a line of its own (lineOffset keeps stack
// traces' line numbers those of the file).
const HEAD = "(function (exports, require, module, __filename, __dirname) {\n";
const TAIL = "\n})";

/** zlib's CRC-32 (Node ≥ 20.15), or undefined where this Node lacks it: then no cache is used. */
function crc32Function() {
  const { crc32 } = require("node:zlib");
  return typeof crc32 === "function" ? crc32 : undefined;
}

const hex = (n) => n.toString(16).padStart(8, "0");

/** The cache file's first line (written by scripts/code-cache.mjs, checked here); undefined without CRC-32. */
function cacheHeader(bundle, body) {
  const crc32 = crc32Function();
  return crc32 && `${CACHE_MAGIC} ${hex(crc32(bundle))} ${bundle.length} ${hex(crc32(body))}`;
}

/**
 * The cache's data for these bundle bytes, or why there is none: "stale" (missing, or made for
 * other bytes), "damaged" (its body is not what was written), "unverifiable" (no CRC-32 here).
 */
function cacheFor(bundle) {
  let file;
  try {
    file = readFileSync(CACHE);
  } catch {
    return { status: "stale" };
  }
  const newline = file.indexOf(10);
  const header = newline < 0 ? "" : file.toString("latin1", 0, newline);
  const fields = header.split(" ");
  // Cheap checks first: the magic and the bundle's length.
  if (!header.startsWith(`${CACHE_MAGIC} `) || fields.length !== 5 || fields[3] !== String(bundle.length)) return { status: "stale" };
  const crc32 = crc32Function();
  if (!crc32) return { status: "unverifiable" };
  if (fields[2] !== hex(crc32(bundle))) return { status: "stale" };
  const body = file.subarray(newline + 1);
  if (fields[4] !== hex(crc32(body))) return { status: "damaged" };
  return { status: "ok", data: body };
}

/**
 * Runs the bundle and returns its exports, with how its code was obtained:
 * cache "accepted", "rejected" (by V8: another Node version or other V8 flags), "stale" (made
 * for other bundle bytes, or missing), "damaged" (the cache's body fails its checksum),
 * "unverifiable" (this Node has no zlib.crc32), or "none" (asked not to use one, as the cache
 * builder does). `script` is kept for scripts/code-cache.mjs, which asks it for the cache after
 * a training run.
 */
function loadBundle({ useCache = true } = {}) {
  const bytes = readFileSync(BUNDLE);
  // The build keeps the bundle ASCII (esbuild escapes the rest), so latin1 reads it the same as
  // UTF-8 would, without the decoder's ~2 ms.
  const source = bytes.latin1Slice(0, bytes.length);
  const found = useCache ? cacheFor(bytes) : { status: "none" };
  const script = new Script(HEAD + source + TAIL, { filename: BUNDLE, lineOffset: -1, cachedData: found.data });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, require, module, BUNDLE, join(BUNDLE, ".."));
  const cache = found.status !== "ok" ? found.status : script.cachedDataRejected ? "rejected" : "accepted";
  return { exports: module.exports, cache, script };
}

module.exports = { loadBundle, cacheHeader, BUNDLE, CACHE };
