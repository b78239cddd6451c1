// `npm run docs`: writes docs/rules/ and the rules table in README.md from the rule metadata (see
// scripts/docs-render.mjs). Reads the tsc output in dist/, which `npm run docs` builds first.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderDocsFrom, withReadmeTable } from "./docs-render.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = (p) => import(new URL(`../dist/src/${p}`, import.meta.url).href);
const { files, readmeTable } = await renderDocsFrom({
  registry: await dist("evaluate/registry.js"),
  sources: await dist("evaluate/sources.js"),
  inputProblems: await dist("input-problems/registry.js"),
  ruleText: await dist("report/rule-text.js"),
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
