#!/usr/bin/env node
"use strict";
// Thin shim: all behaviour lives in src/ (src/cli/main.ts), bundled to dist/cli/ by the build and
// loaded by ./load-bundle.js. (CommonJS, per bin/package.json: it starts faster than an ES module.)
let bundle;
try {
  bundle = require("./load-bundle.js").loadBundle().exports;
} catch (err) {
  if (err && err.code === "ENOENT") {
    process.stderr.write("portvokter: the build is missing (dist/cli/portvokter.cjs); run `npm run build` in the package folder\n");
    process.exit(2);
  }
  throw err;
}
bundle.run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
