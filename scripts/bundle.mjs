// Build step, after tsc: bundles the CLI (and its dependencies) into a few ES modules under
// dist/bundle/. A cold start then reads a handful of files instead of a few hundred modules,
// which is most of what a one-file run costs. Commands import their own chunk lazily, as in src/.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// Chunk names carry content hashes: clear the old ones so they do not pile up.
rmSync(join(root, "dist/bundle"), { recursive: true, force: true });

await build({
  // The worker is its own entry: the pool starts it by file name (./lint-worker.js beside the pool).
  entryPoints: { main: join(root, "dist/src/cli/main.js"), "lint-worker": join(root, "dist/src/cli/lint-worker.js") },
  outdir: join(root, "dist/bundle"),
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: "none",
  // yaml's ES-module build (the same code as its CommonJS one) lets esbuild drop what we never
  // call (stringify and friends), which a cold start would otherwise compile.
  alias: { yaml: join(root, "node_modules/yaml/browser/index.js") },
  logLevel: "warning",
  // Bundled CommonJS dependencies (commander, yaml) call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __portvokterRequire } from "node:module"; const require = __portvokterRequire(import.meta.url);' },
});
