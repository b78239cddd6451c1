// The input-problems registry lists every finding id that no rule raises, and only those.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INPUT_PROBLEMS, inputProblem } from "../src/input-problems/registry.js";
import { ruleIds } from "../src/evaluate/registry.js";
import { ROOT } from "./helpers/cli.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" || name === "i18n" ? [] : sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

describe("input-problems registry", () => {
  it("holds each id the code gives a finding as `rule`, and nothing else", () => {
    const emitted = new Set<string>();
    for (const file of sources(join(ROOT, "src"))) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\brule: "((?:yaml|schema|io|internal)\/[a-z-]+)"/g)) emitted.add(m[1]!);
      // make("schema/…", …) in the schema findings; registered("…") wherever a finding is built
      for (const m of text.matchAll(/\b(?:make|registered)\(\s*"((?:yaml|schema|io|internal|portfolio)\/[a-z-]+)"/g)) emitted.add(m[1]!);
    }
    // parse.ts names its outcomes in a type too.
    const parse = readFileSync(join(ROOT, "src", "load", "parse.ts"), "utf8");
    for (const m of /rule: ((?:"yaml\/[a-z-]+"(?: \| )?)+);/.exec(parse)![1]!.matchAll(/"(yaml\/[a-z-]+)"/g)) emitted.add(m[1]!);
    // lintBytes reports parse.ts's yaml/too-deep as yaml/too-large (one id for a size limit).
    expect(readFileSync(join(ROOT, "src", "pipeline", "lint-bytes.ts"), "utf8")).toContain('parsed.rule === "yaml/too-deep" ? "yaml/too-large"');
    emitted.delete("yaml/too-deep");
    expect([...emitted].sort()).toEqual(INPUT_PROBLEMS.map((p) => p.id).sort());
  });

  it("gives each id a theme, severity error (info for schema/rules-skipped, warning for portfolio/duplicate-project-id), both languages and a source; no id is also a rule", () => {
    const rules = new Set(ruleIds());
    for (const p of INPUT_PROBLEMS) {
      // schema/rules-skipped names rules that did not run; a duplicate project.id is about the portfolio, not either file.
      expect(p.severity, p.id).toBe(p.id === "schema/rules-skipped" ? "info" : p.id === "portfolio/duplicate-project-id" ? "warning" : "error");
      expect(p.theme, p.id).toMatch(/^(yaml|schema|io|dossier)$/);
      expect(p.description.nb.trim(), p.id).not.toBe("");
      expect(p.description.en.trim(), p.id).not.toBe("");
      expect(p.source.trim(), p.id).not.toBe("");
      expect(rules.has(p.id), p.id).toBe(false);
      expect(inputProblem(p.id)).toBe(p);
    }
    expect(inputProblem("governance/owner-missing")).toBeUndefined();
  });
});
