// The generated docs (docs/rules/, README.md's rules table) are committed; this renders them again
// from the rule metadata and fails when the committed ones are stale.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as registry from "../src/evaluate/registry.js";
import * as sources from "../src/evaluate/sources.js";
import * as inputProblems from "../src/input-problems/registry.js";
import * as ruleText from "../src/report/rule-text.js";
import { renderDocsFrom, withReadmeTable } from "../scripts/docs-render.mjs";
import { ROOT } from "./helpers/cli.js";

const STALE = "docs are stale: run `npm run docs` and commit the result";
const DOCS = join(ROOT, "docs", "rules");

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(DOCS, path).split("\\").join("/")];
  });
}

describe("generated docs", async () => {
  const { files, readmeTable } = (await renderDocsFrom({ registry, sources, inputProblems, ruleText })) as { files: Map<string, string>; readmeTable: string };

  it("docs/rules/ holds exactly the pages the metadata gives, each up to date", () => {
    expect(listFiles(DOCS).sort(), STALE).toEqual([...files.keys()].sort());
    for (const [rel, text] of files) expect(readFileSync(join(DOCS, rel), "utf8"), `${STALE} (docs/rules/${rel})`).toBe(text);
  });

  it("README.md's rules table is up to date", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme, STALE).toBe(withReadmeTable(readme, readmeTable));
  });

  it("has a page per rule, the input problems and an index", async () => {
    expect(files.size).toBe((await registry.loadRules()).length + 2);
    expect(files.get("README.md")).toMatch(/\| \[`governance\/owner-missing`\]\(governance\/owner-missing\.md\) \|/);
    expect(files.get("governance/owner-missing.md")).toContain("[Prosjektveiviseren");
  });
});
