import { describe, expect, it } from "vitest";
import { findingsOf, lintText, minimalProject, type LintTextOptions } from "../helpers/lint.js";

const MISSING = "uncertainty/missing";
const HIGH = "uncertainty/high-risk-unowned";
const FIN = "uncertainty/financing-risk-unassessed";

async function run(yaml: string, rule: string, opts: LintTextOptions = {}) {
  return findingsOf(await lintText(yaml, { only: [rule], ...opts }), rule);
}

describe("uncertainty/missing", () => {
  it("fires when the register is absent, at the document root", async () => {
    const f = await run(minimalProject(), MISSING, { gate: "BP2" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: MISSING, pointer: "/uncertainty", severity: "warning", line: 1, column: 1, theme: "uncertainty" });
    expect(f[0]!.message).toContain("(uncertainty)");
  });

  it("fires on an empty list and on null, at the key", async () => {
    for (const value of ["[]", "null", ""]) {
      const f = await run(minimalProject() + `uncertainty: ${value}\n`, MISSING, { gate: "BP3" });
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ pointer: "/uncertainty", severity: "error", line: 8, column: 1 });
    }
  });

  it("is silent when a risk is listed", async () => {
    expect(await run(minimalProject() + "uncertainty:\n  - { id: r1, description: x }\n", MISSING, { gate: "BP3" })).toEqual([]);
  });

  it("does not apply at BP1, warns at BP2 and blocks from BP3 on", async () => {
    expect(await run(minimalProject(), MISSING, { gate: "BP1" })).toEqual([]);
    expect((await run(minimalProject(), MISSING, { gate: "BP2" }))[0]!.severity).toBe("warning");
    for (const gate of ["BP3", "BP4", "BP5", "BP6"] as const) {
      expect((await run(minimalProject(), MISSING, { gate }))[0]!.severity).toBe("error");
    }
  });

  it("uses the dossier's own gate when none is given (phase planlegge → BP3)", async () => {
    const f = await run(minimalProject({ phase: "planlegge" }), MISSING);
    expect(f[0]!.severity).toBe("error");
  });
});

describe("uncertainty/high-risk-unowned", () => {
  const yaml =
    minimalProject() +
    [
      "uncertainty:", // 8
      "  - id: r1", // 9: high probability, no mitigation
      "    description: Leverandøren leverer sent", // 10
      "    probability: høy", // 11
      "    consequence: lav", // 12
      "    owner: Kari Nordmann", // 13
      "  - { id: r2, probability: lav, consequence: høy, mitigation: Tett oppfølging }", // 14: no owner
      "  - { id: r3, probability: middels, consequence: middels }", // 15: not high
      '  - { id: r4, probability: høy, owner: TBD, mitigation: "?" }', // 16: neither
      "  - { id: r5, probability: høy, consequence: høy, owner: Eier mangler fortsatt, mitigation: Tiltak }", // 17: answered
      "  - { id: r6, probability: null, consequence: null, owner: null }", // 18: not rated
      "  - { probability: høy, owner: Per, mitigation: '' }", // 19: no id, no mitigation
      "",
    ].join("\n");

  it("gives one finding per high risk without owner or mitigation, at the missing key or the item", async () => {
    const f = await run(yaml, HIGH, { gate: "BP3" });
    expect(f.map((x) => x.pointer)).toEqual([
      "/uncertainty/0/mitigation",
      "/uncertainty/1/owner",
      "/uncertainty/3",
      "/uncertainty/6/mitigation",
    ]);
    expect(f.every((x) => x.severity === "warning")).toBe(true);
    // r1's mitigation is absent: the finding shows at the item.
    expect(f[0]).toMatchObject({ line: 9, column: 5 });
    expect(f[0]!.message).toContain("r1");
    expect(f[0]!.message).toContain("(uncertainty.mitigation)");
    expect(f[1]).toMatchObject({ line: 14, column: 5 });
    expect(f[1]!.message).toContain("r2");
    // r4: both are placeholders, so both are missing; the finding points at the item.
    expect(f[2]).toMatchObject({ line: 16, column: 5 });
    expect(f[2]!.message).toContain("uncertainty.owner, uncertainty.mitigation");
    // an item without id is named by its position; '' is missing and present as a key.
    expect(f[3]!.message).toContain("#7");
    expect(f[3]).toMatchObject({ line: 19, column: 37 });
  });

  it("writes English messages", async () => {
    const f = await run(yaml, HIGH, { gate: "BP3", lang: "en" });
    expect(f[1]!.message).toBe("The risk r2 is rated high but nobody owns it (uncertainty.owner).");
  });

  it("does not apply before BP3 and stays a warning after", async () => {
    expect(await run(yaml, HIGH, { gate: "BP2" })).toEqual([]);
    expect((await run(yaml, HIGH, { gate: "BP6" })).map((x) => x.severity)).toEqual(["warning", "warning", "warning", "warning"]);
  });

  it("does not throw on a null register", async () => {
    expect(await run(minimalProject() + "uncertainty: null\n", HIGH, { gate: "BP3" })).toEqual([]);
  });
});

describe("uncertainty/financing-risk-unassessed", () => {
  it("fires when financing is not assessed and no risk mentions it, at the register", async () => {
    const yaml = minimalProject() + "uncertainty:\n  - { id: r1, description: Leverandøren leverer sent }\n";
    const f = await run(yaml, FIN, { gate: "BP3" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: FIN, pointer: "/uncertainty", severity: "warning", line: 8, column: 1 });
    expect(f[0]!.message).toContain("(instruments.financing.assessed)");
  });

  it("fires when the implementation funding is a placeholder, even though financing is assessed", async () => {
    const yaml = minimalProject() + "instruments:\n  financing:\n    assessed: true\n    implementation_funding: TBD\n";
    const f = await run(yaml, FIN, { gate: "BP4" });
    expect(f).toHaveLength(1);
    // no register at all: the nearest existing parent of /uncertainty is the document.
    expect(f[0]).toMatchObject({ pointer: "/uncertainty", severity: "warning", line: 1, column: 1 });
    expect(f[0]!.message).toContain("(instruments.financing.implementation_funding)");
  });

  it("is silent when a risk description contains «finansier», in any case", async () => {
    for (const text of ["FINANSIERINGEN av innføringen er usikker", "Kommunene er ikke finansiert", "Usikker finansiering"]) {
      const yaml = minimalProject() + `uncertainty:\n  - { id: r1, description: ${text} }\n`;
      expect(await run(yaml, FIN, { gate: "BP3" })).toEqual([]);
    }
  });

  it("is silent when financing is assessed and implementation is funded", async () => {
    const yaml =
      minimalProject() + "instruments:\n  financing:\n    assessed: true\n    implementation_funding: Midler til kommunene via KS\n";
    expect(await run(yaml, FIN, { gate: "BP3" })).toEqual([]);
  });

  it("does not apply before BP3", async () => {
    expect(await run(minimalProject(), FIN, { gate: "BP2" })).toEqual([]);
    expect((await run(minimalProject(), FIN, { gate: "BP6" }))[0]!.severity).toBe("warning");
  });

});
