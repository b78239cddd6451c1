// The nesting estimate that runs before the YAML parser (src/load/parse.ts): it must count what
// nests and nothing that only looks like it, or it would either let hostile input through to the
// parser or refuse an honest dossier. Bound 3 here; the loader uses MAX_DEPTH.
import { describe, expect, it } from "vitest";
import { nestingExceeds } from "../../src/load/parse.js";

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
