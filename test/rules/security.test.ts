import { describe, expect, it } from "vitest";
import { severityAt } from "../../src/evaluate/rule.js";
import { GATES } from "../../src/types.js";
import assessmentNotDone from "../../rules/security/assessment-not-done.js";
import dpiaMissing from "../../rules/security/dpia-missing.js";
import riskAssessmentMissing from "../../rules/security/risk-assessment-missing.js";
import { findingsOf, lintText, minimalProject, type LintTextOptions } from "../helpers/lint.js";

async function run(yaml: string, rule: string, opts: LintTextOptions = {}) {
  return findingsOf(await lintText(yaml, { only: [rule], ...opts }), rule);
}

const security = (dpia: string, ros: string) => minimalProject() + `security:\n  dpia: ${dpia}\n  risk_assessment: ${ros}\n`;

describe("security examples", () => {
  for (const rule of [dpiaMissing, riskAssessmentMissing, assessmentNotDone]) {
    it(`${rule.id}: its own example satisfies it at every gate where it applies`, async () => {
      for (const gate of GATES.filter((g) => severityAt(rule.gates, g) !== undefined)) {
        expect(await run(minimalProject() + rule.example + "\n", rule.id, { gate })).toEqual([]);
      }
    });
  }
});

describe("security/dpia-missing", () => {
  const ID = "security/dpia-missing";

  it("fires when the status is `missing`, at the key", async () => {
    const f = await run(security("missing", "done"), ID, { gate: "BP2" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: ID, pointer: "/security/dpia", severity: "warning", line: 9, column: 3, theme: "security" });
    expect(f[0]!.message).toContain("(security.dpia)");
  });

  it("fires when dpia is null or absent, and when security is absent or null", async () => {
    expect((await run(security("null", "done"), ID, { gate: "BP3" }))[0]).toMatchObject({ severity: "error", line: 9 });
    expect((await run(minimalProject() + "security:\n  risk_assessment: done\n", ID, { gate: "BP3" }))[0]).toMatchObject({ line: 8, column: 1 });
    expect((await run(minimalProject() + "security: null\n", ID, { gate: "BP3" }))[0]).toMatchObject({ line: 8, column: 1 });
    expect((await run(minimalProject(), ID, { gate: "BP3" }))[0]).toMatchObject({ line: 1, column: 1 });
  });

  it("accepts done, planned and not-needed", async () => {
    for (const v of ["done", "planned", "not-needed"]) expect(await run(security(v, "missing"), ID, { gate: "BP3" })).toEqual([]);
  });

  it("does not apply at BP1, warns at BP2, blocks from BP3 on", async () => {
    const yaml = security("missing", "done");
    expect(await run(yaml, ID, { gate: "BP1" })).toEqual([]);
    expect((await run(yaml, ID, { gate: "BP2" }))[0]!.severity).toBe("warning");
    expect((await run(yaml, ID, { gate: "BP3" }))[0]!.severity).toBe("error");
    expect((await run(yaml, ID, { gate: "BP6" }))[0]!.severity).toBe("error");
  });
});

describe("security/risk-assessment-missing", () => {
  const ID = "security/risk-assessment-missing";

  it("fires when the status is `missing` or null, at the key", async () => {
    const f = await run(security("done", "missing"), ID, { gate: "BP3" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: ID, pointer: "/security/risk_assessment", severity: "error", line: 10, column: 3 });
    expect(f[0]!.message).toContain("(security.risk_assessment)");
    expect(await run(security("done", "null"), ID, { gate: "BP3" })).toHaveLength(1);
    expect((await run(minimalProject(), ID, { gate: "BP3" }))[0]).toMatchObject({ line: 1, column: 1 });
  });

  it("accepts done, planned and not-needed", async () => {
    for (const v of ["done", "planned", "not-needed"]) expect(await run(security("missing", v), ID, { gate: "BP3" })).toEqual([]);
  });

  it("does not apply before BP3 and stays an error", async () => {
    const yaml = security("done", "missing");
    expect(await run(yaml, ID, { gate: "BP2" })).toEqual([]);
    expect((await run(yaml, ID, { gate: "BP5" }))[0]!.severity).toBe("error");
  });
});

describe("security/assessment-not-done", () => {
  const ID = "security/assessment-not-done";

  it("points at the planned assessment", async () => {
    const dpia = await run(security("planned", "done"), ID, { gate: "BP3" });
    expect(dpia).toHaveLength(1);
    expect(dpia[0]).toMatchObject({ rule: ID, pointer: "/security/dpia", severity: "warning", line: 9, column: 3 });
    expect(dpia[0]!.message).toContain("(security.dpia)");
    const ros = await run(security("not-needed", "planned"), ID, { gate: "BP3" });
    expect(ros).toHaveLength(1);
    expect(ros[0]).toMatchObject({ pointer: "/security/risk_assessment", line: 10, column: 3 });
  });

  it("gives one finding, at the section, when both are planned", async () => {
    const f = await run(security("planned", "planned"), ID, { gate: "BP3", lang: "en" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/security", line: 8, column: 1 });
    expect(f[0]!.message).toContain("(security.dpia, security.risk_assessment)");
  });

  it("is silent for done, not-needed, missing and absent (other rules ask for those)", async () => {
    expect(await run(security("done", "not-needed"), ID, { gate: "BP4" })).toEqual([]);
    expect(await run(security("missing", "null"), ID, { gate: "BP4" })).toEqual([]);
    expect(await run(minimalProject() + "security: null\n", ID, { gate: "BP4" })).toEqual([]);
  });

  it("does not apply before BP3, warns at BP3, blocks from BP4 on", async () => {
    const yaml = security("planned", "done");
    expect(await run(yaml, ID, { gate: "BP2" })).toEqual([]);
    expect((await run(yaml, ID, { gate: "BP3" }))[0]!.severity).toBe("warning");
    expect((await run(yaml, ID, { gate: "BP4" }))[0]!.severity).toBe("error");
    expect((await run(yaml, ID, { gate: "BP6" }))[0]!.severity).toBe("error");
  });
});
