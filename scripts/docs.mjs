// `npm run docs`: writes docs/rules/ and the rules table in README.md from the rule metadata (see
// scripts/docs-render.mjs). Reads the tsc output in dist/, which `npm run docs` builds first.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocs, withReadmeTable } from "./docs-render.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => import(new URL(`../dist/src/${p}`, import.meta.url).href);
const { loadRules } = await dist("evaluate/registry.js");
const { sourceLegend, sourceText } = await dist("evaluate/sources.js");
const { INPUT_PROBLEMS, INPUT_NOTE } = await dist("input-problems/registry.js");
const { gatesText } = await dist("report/rule-text.js");

const { files, readmeTable } = renderDocs({
  rules: await loadRules(),
  legend: sourceLegend(),
  problems: INPUT_PROBLEMS,
  inputNote: INPUT_NOTE,
  gatesText,
  sourceText,
});

const out = join(root, "docs", "rules");
rmSync(out, { recursive: true, force: true }); // no page of a removed rule survives
for (const [rel, text] of files) {
  mkdirSync(dirname(join(out, rel)), { recursive: true });
  writeFileSync(join(out, rel), text);
}
const readme = join(root, "README.md");
writeFileSync(readme, withReadmeTable(readFileSync(readme, "utf8"), readmeTable));
console.log(`docs/rules: ${files.size} files; README.md rules table: updated`);
