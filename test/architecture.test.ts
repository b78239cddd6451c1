// Rules about where code may live: language choices are made only in src/i18n/ (every other
// module asks the catalogue), src/i18n/ depends on nothing from the rule engine, and every
// catalogue text is used somewhere.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { en } from "../src/i18n/en.js";
import { nb } from "../src/i18n/nb.js";
import { ROOT } from "./helpers/cli.js";

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

const rel = (path: string) => relative(ROOT, path).split(sep).join("/");
const sources = [...tsFiles(join(ROOT, "src")), ...tsFiles(join(ROOT, "rules"))]
  .map((path) => ({ path: rel(path), text: readFileSync(path, "utf8") }))
  .filter((f) => !f.path.startsWith("src/generated/"));
const inI18n = (f: { path: string }) => f.path.startsWith("src/i18n/");

/** A comparison that picks text by language: `lang === …`, `… !== lang`, `=== "nb"`, `"en" ===`, `case "nb":`. */
const LANG_COMPARISON = [
  /\b(?:lang|language)\s*[!=]==?/,
  /[!=]==?\s*(?:[\w.]+\.)?(?:lang|language)\b/,
  /[!=]==?\s*["'`](?:nb|en)["'`]/,
  /["'`](?:nb|en)["'`]\s*[!=]==?/,
  /\bcase\s+["'`](?:nb|en)["'`]\s*:/,
];

describe("architecture", () => {
  it("scans the sources (sanity)", () => {
    expect(sources.some((f) => f.path === "src/i18n/index.ts")).toBe(true);
    expect(sources.some((f) => f.path.startsWith("rules/"))).toBe(true);
  });

  it("compares a language only in src/i18n/", () => {
    const found = sources
      .filter((f) => !inI18n(f))
      .flatMap((f) =>
        f.text.split("\n").flatMap((line, i) => (LANG_COMPARISON.some((re) => re.test(line)) ? [`${f.path}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it("src/i18n/ imports nothing from src/evaluate/", () => {
    const found = sources
      .filter(inI18n)
      .flatMap((f) => [...f.text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map((m) => ({ path: f.path, spec: m[1]! })))
      .filter(({ spec }) => /(^|\/)evaluate\//.test(spec));
    expect(found).toEqual([]);
  });

  it("no format imports the format registry (src/report/formatters/index.ts): it loads them, so that would be a cycle", () => {
    const found = sources
      .filter((f) => /^src\/report\/(formatters|html)\//.test(f.path) && f.path !== "src/report/formatters/index.ts")
      .filter((f) => /from\s+["'](?:\.\/|\.\.\/formatters\/)index\.js["']/.test(f.text))
      .map((f) => f.path);
    expect(found).toEqual([]);
  });
});

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix: string[] = []): string[][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [[...prefix, k]] : leaves(v, [...prefix, k])));
}

describe("the i18n catalogues", () => {
  it("en has exactly nb's keys (the type checks this; here for the record)", () => {
    expect(leaves(en as Tree).map((p) => p.join("."))).toEqual(leaves(nb as Tree).map((p) => p.join(".")));
  });

  // Everything but the catalogues themselves: where a text would be used.
  const users = sources.filter((f) => f.path !== "src/i18n/nb.ts" && f.path !== "src/i18n/en.ts").map((f) => f.text).join("\n");
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

  /**
   * A key is used when its last segment is read as a property (`.name`) or named as a string
   * ("name", for keys picked by a variable); a problem id ("yaml/syntax") when it appears as a
   * string or as the prefix of a template (`type/${…}`).
   */
  function used(path: string[]): boolean {
    const last = path[path.length - 1]!;
    const k = escape(last);
    if (last.includes("/")) {
      const prefix = escape(last.slice(0, last.indexOf("/") + 1));
      return new RegExp(`["'\`]${k}["'\`]|\`${prefix}\\$\\{`).test(users);
    }
    return new RegExp(`\\.${k}\\b|["'\`]${k}["'\`]|\\b${k}\\s*[,}]`).test(users);
  }

  it("has no key that no code uses", () => {
    expect(leaves(nb as Tree).filter((p) => !used(p)).map((p) => p.join("."))).toEqual([]);
  });
});
