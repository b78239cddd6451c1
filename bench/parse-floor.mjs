#!/usr/bin/env node
// The parse floor (issue 5): what any position-aware YAML linter must at least do for a corpus.
// Reads every dossier under the given folders (or the given files), single-threaded, and calls
// YAML.parseDocument(text) + doc.toJS() on each. Nothing else: no validation, no rules, no output
// beyond one summary line on stderr (so the work cannot be optimised away, it counts map keys).
//
//   node bench/parse-floor.mjs bench/corpus/n1000 [more folders or files...]
//
// It lists folders with readdirSync (recursive) and keeps *.dossier.yaml / *.dossier.yml, the
// same files `portvokter check DIR` finds in a generated corpus.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import YAML from "yaml";

function listDossiers(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .filter((name) => /\.dossier\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join(path, name));
}

const args = process.argv.slice(2);
if (args.length === 0) {
  process.stderr.write("usage: node bench/parse-floor.mjs DIR|FILE...\n");
  process.exit(2);
}
const files = args.flatMap(listDossiers);
let keys = 0;
let errors = 0;
for (const file of files) {
  const text = readFileSync(file, "utf8");
  const doc = YAML.parseDocument(text);
  if (doc.errors.length > 0) errors++;
  const value = doc.toJS();
  if (value && typeof value === "object") keys += Object.keys(value).length;
}
process.stderr.write(`parse-floor: ${files.length} files, ${keys} top-level keys, ${errors} with errors\n`);
