// What the loader checks around the YAML parser (src/load/parse.ts). The nesting estimate before
// it must count what nests and nothing that only looks like it, or it would either let hostile
// input through to the parser or refuse an honest dossier (bound 3 here; the loader uses
// MAX_DEPTH). The duplicate-key check after it replaces the library's quadratic one, so it must
// find the same duplicates: keys equal as YAML values, not as text.
import { describe, expect, it } from "vitest";
import { nestingExceeds, parseYaml } from "../../src/load/parse.js";

describe("nestingExceeds", () => {
  it.each([
    ["flow collections", "a: [[{[x]}]]\n", true],
    ["flow collections that close before the next opens", "a: [x]\nb: {y: [z]}\nc: [[w]]\n", false],
    ["block indicators on one line", "- - - - x\n", true],
    ["block indicators plus flow", "- - [[x]]\n", true],
    ["brackets in single quotes, with '' inside", "a: '[[[['' [[[['\n", false],
    ['brackets in double quotes, with \\" inside', 'a: "[[[[\\" [[[["\n', false],
    ["brackets in a comment", "a: x # [[[[[[\n", false],
    ["# without a space before it starts no comment", "a: x#[[[[\n", true],
    ["a quote inside a plain scalar starts no quoted scalar", "a: it's [[[[\n", true],
    ["indentation alone (bounded by size instead)", "a:\n  b:\n    c:\n      d:\n        e: x\n", false],
  ])("%s", (_name, text, exceeds) => {
    expect(nestingExceeds(text, 3)).toBe(exceeds);
  });
});

describe("duplicate keys", () => {
  const failure = (text: string) => {
    const r = parseYaml(text, { maxAliasCount: 100 });
    return r.ok ? undefined : { rule: r.rule, offset: r.offset };
  };

  it.each([
    ["the same key twice", "a: 1\nb: 2\na: 3\n", 10],
    ["1 and 0x1 and 1.0 are one number", "1: x\n0x1: y\n", 5],
    ["null and ~ are one null", "null: x\n~: y\n", 8],
    ["true and True are one boolean", "true: 1\nTrue: 2\n", 8],
    ["the first of several, by position, in nested mappings", "a:\n  x: 1\n  x: 2\nb:\n  y: 1\n  y: 2\n", 12],
    ["in a mapping inside a list", "- a: 1\n  a: 2\n", 9],
  ])("%s", (_name, text, offset) => {
    expect(failure(text)).toEqual({ rule: "yaml/duplicate-key", offset });
  });

  it.each([
    ["1 and '1' differ (number, string)", "1: x\n'1': y\n"],
    ["true and 'true' differ", "true: x\n'true': y\n"],
    ["the same key in different mappings", "a:\n  x: 1\nb:\n  x: 2\n"],
  ])("%s", (_name, text) => {
    expect(failure(text)).toBeUndefined();
  });
});
