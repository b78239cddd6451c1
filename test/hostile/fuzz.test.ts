// Property-based fuzzing of the loader, the schema step, every rule and every output format.
// CI runs a fixed seed; `npm run fuzz` runs many more cases with a fresh seed (printed, so that
// a failure can be replayed with FUZZ_SEED=… FUZZ_RUNS=…).
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { lintBytes, DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_FILE_SIZE } from "../../src/pipeline/lint-bytes.js";
import { loadReferenceData } from "../../src/evaluate/reference-data.js";
import { loadRules } from "../../src/evaluate/registry.js";
import type { FormatContext } from "../../src/report/format-types.js";
import { FORMAT_NAMES, loadFormatter } from "../../src/report/formatters/index.js";
import { SEVERITIES, type FileResult } from "../../src/types.js";
import { corruptedBytes, mutatedExample, schemaDossier, wildDossier } from "../fuzz/arbitraries.js";

const SEED = process.env.FUZZ_SEED === "random" ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
const TIMEOUT = 30_000 + RUNS * 60;
console.log(`fuzz: seed ${SEED}, ${RUNS} runs per property (replay: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npm run fuzz)`);

const rules = await loadRules();
const formatters = await Promise.all(FORMAT_NAMES.map(async (name) => [name, (await loadFormatter(name))!] as const));
const options = {
  lang: "nb" as const,
  today: "2026-11-28",
  overrides: new Map(),
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  maxAliasCount: DEFAULT_MAX_ALIAS_COUNT,
  data: loadReferenceData(),
};
const ctx: FormatContext = { lang: "nb", color: false, tool: { name: "portvokter", version: "0.0.0-fuzz" }, failSeverity: "error", rules, today: "2026-11-28" };

function lintAll(bytes: Uint8Array): { result: FileResult; outputs: string[] } {
  const result = lintBytes("fuzz.dossier.yaml", bytes, rules, options);
  const outputs = formatters.map(([, format]) => format([result], ctx));
  return { result, outputs };
}

/** The properties every input must have, whatever it is. */
function holds(bytes: Uint8Array): void {
  const first = lintAll(bytes);
  const again = lintAll(bytes);
  expect(again.outputs).toEqual(first.outputs); // deterministic, byte for byte
  const text = Buffer.from(bytes).toString("utf8");
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of [...first.result.findings, ...first.result.suppressed]) {
    expect(f.rule).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(SEVERITIES).toContain(f.severity);
    expect(typeof f.message).toBe("string");
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.line).toBeLessThanOrEqual(lines.length + 1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeLessThanOrEqual((lines[f.line - 1]?.length ?? 0) + 2);
  }
  const json = first.outputs[FORMAT_NAMES.indexOf("json")]!;
  expect(() => JSON.parse(json)).not.toThrow();
}

const encode = (value: unknown) => new TextEncoder().encode(stringify(value, { lineWidth: 0 }));

describe(`fuzzing (seed ${SEED})`, () => {
  it("dossiers generated from the schema", () => {
    fc.assert(fc.property(schemaDossier, (d) => holds(encode(d))), { seed: SEED, numRuns: RUNS });
  }, TIMEOUT);

  it("schema-generated dossiers with wrong kinds of values and unknown keys", () => {
    fc.assert(fc.property(wildDossier, (d) => holds(encode(d))), { seed: SEED, numRuns: RUNS });
  }, TIMEOUT);

  it("examples with keys deleted, wrong types, nulls, huge strings, deep nesting, odd dates", () => {
    fc.assert(fc.property(mutatedExample, (d) => holds(encode(d))), { seed: SEED, numRuns: RUNS });
  }, TIMEOUT);

  it("examples with corrupted bytes", () => {
    fc.assert(fc.property(corruptedBytes, (b) => holds(b)), { seed: SEED, numRuns: RUNS });
  }, TIMEOUT);

  it("a polluting key changes nothing outside its own file's report", () => {
    const clean = new TextEncoder().encode(stringify({ version: 1, project: { id: "a", name: "A", organisation: "O", level: "stat", phase: "konsept" } }));
    const before = JSON.stringify(lintAll(clean).result);
    fc.assert(
      fc.property(mutatedExample, fc.constantFrom("__proto__", "constructor", "prototype"), (d, key) => {
        const text = stringify(d) + `\n${key}:\n  polluted: true\n  toString: 1\n`;
        lintAll(new TextEncoder().encode(text));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(JSON.stringify(lintAll(clean).result)).toBe(before);
      }),
      { seed: SEED, numRuns: Math.max(10, Math.floor(RUNS / 4)) },
    );
  }, TIMEOUT);
});
