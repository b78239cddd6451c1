import { describe, expect, it } from "vitest";
import { findingsOf, lintText, minimalProject, type LintTextOptions } from "../helpers/lint.js";

async function run(yaml: string, rule: string, opts: LintTextOptions = {}) {
  return findingsOf(await lintText(yaml, { only: [rule], ...opts }), rule);
}

const market = (key: string, value: string) => minimalProject() + `instruments:\n  market:\n    assessed: true\n    ${key}: ${value}\n`;

describe.each([
  ["procurement/strategy-missing", "strategy", "BP3", "BP2"],
  ["procurement/no-early-market-dialogue", "dialogue", "BP2", "BP1"],
] as const)("%s", (id, key, first, before) => {
  it("fires on a placeholder, at the key", async () => {
    const f = await run(market(key, "TBA"), id, { gate: first });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, pointer: `/instruments/market/${key}`, severity: "warning", line: 11, column: 5, theme: "procurement" });
    expect(f[0]!.message).toContain(`(instruments.market.${key})`);
  });

  it("fires when the key, the market section or instruments is absent or null", async () => {
    expect((await run(minimalProject() + "instruments:\n  market:\n    assessed: true\n", id, { gate: first }))[0]).toMatchObject({ line: 9, column: 3 });
    expect((await run(minimalProject() + "instruments:\n  market: null\n", id, { gate: first }))[0]).toMatchObject({ line: 9, column: 3 });
    expect((await run(minimalProject(), id, { gate: first }))[0]).toMatchObject({ line: 1, column: 1 });
    for (const v of ['""', "null", "'   '", '"?"', "Ikke avklart"]) expect(await run(market(key, v), id, { gate: first }), v).toHaveLength(1);
  });

  it("accepts a longer text that merely contains a placeholder word", async () => {
    expect(await run(market(key, "Første møte er TBD, men leverandørene er varslet"), id, { gate: first })).toEqual([]);
  });

  it("applies from its first gate on, as a warning", async () => {
    expect(await run(minimalProject(), id, { gate: before })).toEqual([]);
    expect((await run(minimalProject(), id, { gate: first }))[0]!.severity).toBe("warning");
    expect((await run(minimalProject(), id, { gate: "BP6" }))[0]!.severity).toBe("warning");
  });
});
