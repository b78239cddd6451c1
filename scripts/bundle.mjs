// Build step, after tsc: bundles the CLI and its dependencies into one CommonJS file,
// dist/cli/portvokter.cjs, then records V8's code cache for it (scripts/code-cache.mjs).
//
// Why one CommonJS file: a cold one-file run is mostly start-up. One file is one read instead of
// a few hundred module resolutions, and a classic script (unlike an ES module on Node 20) can be
// compiled from a code cache by bin/load-bundle.js. Commands still run lazily: esbuild turns our
// dynamic import()s into calls that initialise a module only when first used.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeCodeCache } from "./code-cache.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outfile = join(root, "dist/cli/portvokter.cjs");

// Nothing stale survives a rebuild: neither an older layout nor a cache of an older bundle.
rmSync(join(root, "dist/bundle"), { recursive: true, force: true });
rmSync(join(root, "dist/cli"), { recursive: true, force: true });

/** commander requires node:child_process at load time (for executable subcommands, which we do
 * not use); loading it costs a cold start ~2 ms (it pulls in net, dgram, …). Hand commander a
 * stand-in that requires the real module on first use instead. */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(join("node_modules", "commander")) ? { path: "child_process", namespace: "lazy" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: 'let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};

await build({
  entryPoints: [join(root, "dist/src/cli/bundle-entry.js")],
  outfile,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
  // yaml's ES-module build (the same code as its CommonJS one) lets esbuild drop what we never
  // call (stringify and friends), which a cold start would otherwise have to load.
  alias: { yaml: join(root, "node_modules/yaml/browser/index.js") },
  // import.meta.url of every bundled module becomes the bundle's own URL (the file it runs as).
  inject: [join(root, "scripts/bundle-import-meta.js")],
  define: {
    "import.meta.url": "import_meta_url",
    PORTVOKTER_BUNDLE: "true",
    PORTVOKTER_VERSION: JSON.stringify(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version),
    PORTVOKTER_HOMEPAGE: JSON.stringify(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).homepage),
  },
  // (the default, said here because bin/load-bundle.js relies on it: it reads the bundle as latin1)
  charset: "ascii",
  plugins: [lazyChildProcess],
  logLevel: "warning",
});

const bundled = readFileSync(outfile, "utf8");
// bin/load-bundle.js reads the bundle as latin1, which is exact only for ASCII.
if (/[^\x00-\x7f]/.test(bundled)) throw new Error(`${outfile} is not ASCII; bin/load-bundle.js reads it as latin1`);
// It runs the bundle as a vm.Script without a dynamic-import callback: an import() left in it (of
// something esbuild could not bundle) would fail at run time, so fail the build.
if (/\bimport\(/.test(bundled)) {
  throw new Error(`${outfile} still contains import(): bundle that module or require() it`);
}

await writeCodeCache();
