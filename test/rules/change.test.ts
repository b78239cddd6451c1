import { describe, expect, it } from "vitest";
import type { Gate } from "../../src/types.js";
import capacityCost from "../../rules/change/capacity-cost-missing.js";
import communicationPlan from "../../rules/change/communication-plan-missing.js";
import employeeInvolvement from "../../rules/change/employee-involvement-missing.js";
import planNotCarriedOut from "../../rules/change/plan-not-carried-out.js";
import processChanges from "../../rules/change/process-changes-missing.js";
import rolloutPlan from "../../rules/change/rollout-plan-missing.js";
import strategyMissing from "../../rules/change/strategy-missing.js";
import trainingMissing from "../../rules/change/training-missing.js";
import unionNotInvolved from "../../rules/change/union-not-involved.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

// minimalProject() is 7 lines; the first extra line of a dossier below is line 8.
const P = minimalProject();

async function run(yaml: string, rule: string, gate: Gate, today?: string) {
  return findingsOf(await lintText(yaml, { only: [rule], gate, ...(today ? { today } : {}) }), rule);
}

const ALL = [
  strategyMissing,
  employeeInvolvement,
  communicationPlan,
  unionNotInvolved,
  processChanges,
  trainingMissing,
  planNotCarriedOut,
  rolloutPlan,
  capacityCost,
];

describe("change theme: metadata", () => {
  it("its rules belong to the change theme (ids and gates: test/catalogue/rules.*.json)", () => {
    for (const r of ALL) expect(r.theme).toBe("change");
  });
});

describe("change/strategy-missing", () => {
  const id = "change/strategy-missing";
  it("fires when change is absent (at the document root)", async () => {
    const f = await run(P, id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/change", line: 1, column: 1 });
  });
  it("fires on change: null and change: {} at the key", async () => {
    for (const v of ["change:\n", "change: {}\n"]) {
      const f = await run(P + v, id, "BP3");
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: "error", pointer: "/change", line: 8, column: 1 });
    }
  });
  it("is not active at BP1, warning at BP2, error from BP3 on", async () => {
    expect(await run(P, id, "BP1")).toEqual([]);
    expect((await run(P, id, "BP2"))[0]!.severity).toBe("warning");
    expect((await run(P, id, "BP3"))[0]!.severity).toBe("error");
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("error");
  });
  it("does not fire when change has any key", async () => {
    expect(await run(P + "change:\n  status: planlagt\n", id, "BP3")).toEqual([]);
  });
});

describe("change/employee-involvement-missing", () => {
  const id = "change/employee-involvement-missing";
  it("fires on a placeholder, pointing at the key", async () => {
    const f = await run(P + "change:\n  employee_involvement: TBD\n", id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "info", pointer: "/change/employee_involvement", line: 9, column: 3 });
  });
  it("fires when the key is absent, at the nearest existing parent", async () => {
    const f = await run(P + "change:\n  training_plan: Kurs\n", id, "BP3");
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/change/employee_involvement", line: 8, column: 1 });
  });
  it("fires when the whole change section is missing", async () => {
    expect(await run(P, id, "BP3")).toHaveLength(1);
  });
  it("is not active at BP1; info at BP2; warning from BP3", async () => {
    const yaml = P + "change:\n  employee_involvement: \"\"\n";
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect((await run(yaml, id, "BP2"))[0]!.severity).toBe("info");
    expect((await run(yaml, id, "BP3"))[0]!.severity).toBe("warning");
    expect((await run(yaml, id, "BP5"))[0]!.severity).toBe("warning");
  });
  it("takes a longer text that merely contains «mangler» as an answer", async () => {
    const yaml = P + "change:\n  employee_involvement: Opplæring mangler ennå, men ansatte deltar i verksteder.\n";
    expect(await run(yaml, id, "BP3")).toEqual([]);
  });
});

describe("change/communication-plan-missing", () => {
  const id = "change/communication-plan-missing";
  it("fires on a quoted \"?\" placeholder", async () => {
    const f = await run(P + "change:\n  employee_involvement: Verksteder\n  communication_plan: \"?\"\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/change/communication_plan", line: 10, column: 3 });
  });
  it("treats placeholders case-insensitively («Ikke avklart»)", async () => {
    expect(await run(P + "change:\n  communication_plan: \"  Ikke Avklart \"\n", id, "BP2")).toHaveLength(1);
  });
  it("is not active at BP1; info at BP2; warning from BP3", async () => {
    expect(await run(P, id, "BP1")).toEqual([]);
    expect((await run(P, id, "BP2"))[0]!.severity).toBe("info");
    expect((await run(P, id, "BP4"))[0]!.severity).toBe("warning");
  });
  it("does not fire with a plan", async () => {
    expect(await run(P + "change:\n  communication_plan: Nyhetsbrev hver måned.\n", id, "BP3")).toEqual([]);
  });
});

describe("change/union-not-involved", () => {
  const id = "change/union-not-involved";
  it("fires on false, pointing at the key", async () => {
    const f = await run(P + "change:\n  union_representatives_involved: false\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/change/union_representatives_involved", line: 9, column: 3 });
  });
  it("fires on null and when absent", async () => {
    expect(await run(P + "change:\n  union_representatives_involved:\n", id, "BP3")).toHaveLength(1);
    expect(await run(P, id, "BP3")).toHaveLength(1);
  });
  it("is not active before BP3; warning from BP3", async () => {
    expect(await run(P, id, "BP2")).toEqual([]);
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("warning");
  });
  it("does not fire on true", async () => {
    expect(await run(P + "change:\n  union_representatives_involved: true\n", id, "BP3")).toEqual([]);
  });
});

describe("change/process-changes-missing", () => {
  const id = "change/process-changes-missing";
  it("fires on a quoted \"-\"", async () => {
    const f = await run(P + "change:\n  process_changes: \"-\"\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/change/process_changes", line: 9, column: 3 });
  });
  it("is not active before BP3", async () => {
    expect(await run(P, id, "BP2")).toEqual([]);
    expect((await run(P, id, "BP4"))[0]!.severity).toBe("warning");
  });
  it("does not fire with a description", async () => {
    expect(await run(P + "change:\n  process_changes: Ny avviksbehandling.\n", id, "BP3")).toEqual([]);
  });
});

describe("change/training-missing", () => {
  const id = "change/training-missing";
  it("fires on an empty string", async () => {
    const f = await run(P + "change:\n  union_representatives_involved: true\n  training_plan: \"\"\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/change/training_plan", line: 10, column: 3 });
  });
  it("is not active at BP2; warning at BP3; error from BP4", async () => {
    expect(await run(P, id, "BP2")).toEqual([]);
    expect((await run(P, id, "BP3"))[0]!.severity).toBe("warning");
    expect((await run(P, id, "BP4"))[0]!.severity).toBe("error");
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("error");
  });
  it("does not fire with a plan", async () => {
    expect(await run(P + "change:\n  training_plan: E-læring før hver pulje.\n", id, "BP4")).toEqual([]);
  });
});

describe("change/plan-not-carried-out", () => {
  const id = "change/plan-not-carried-out";
  it("fires on pågår, naming the status", async () => {
    const f = await run(P + "change:\n  status: pågår\n", id, "BP4");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/change/status", line: 9, column: 3 });
    expect(f[0]!.message).toContain("pågår");
  });
  it("fires on planlagt", async () => {
    const f = await run(P + "change:\n  status: planlagt\n", id, "BP4");
    expect(f[0]!.message).toContain("planlagt");
  });
  it("fires when status is null or absent, and when the whole change section is missing", async () => {
    for (const yaml of [P + "change:\n  status:\n", P + "change:\n  training_plan: Kurs\n", P, P + "change:\n"]) {
      const f = await run(yaml, id, "BP4");
      expect(f).toHaveLength(1);
      expect(f[0]!.pointer).toBe("/change/status");
      expect(f[0]!.message).toContain("planlagt, pågår eller gjennomført");
    }
  });
  it("is not active before BP4; warning from BP4 on", async () => {
    expect(await run(P, id, "BP3")).toEqual([]);
    expect((await run(P, id, "BP5"))[0]!.severity).toBe("warning");
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("warning");
  });
  it("does not fire on gjennomført", async () => {
    expect(await run(P + "change:\n  status: gjennomført\n", id, "BP4")).toEqual([]);
  });
});

describe("change/rollout-plan-missing", () => {
  const id = "change/rollout-plan-missing";
  it("fires when the project does not depend on municipal decisions and has no rollout plan", async () => {
    const f = await run(P + "change:\n  rollout_plan: TBD\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/change/rollout_plan", line: 9, column: 3 });
  });
  it("fires when depends_on_municipal_decisions is false or null", async () => {
    expect(await run(P + "municipal:\n  depends_on_municipal_decisions: false\n", id, "BP3")).toHaveLength(1);
    expect(await run(P + "municipal:\n  depends_on_municipal_decisions:\n", id, "BP3")).toHaveLength(1);
  });
  it("leaves a project that depends on municipal decisions to municipal/rollout-plan-missing", async () => {
    expect(await run(P + "municipal:\n  depends_on_municipal_decisions: true\n", id, "BP4")).toEqual([]);
  });
  it("is not active at BP2; warning at BP3; error from BP4", async () => {
    expect(await run(P, id, "BP2")).toEqual([]);
    expect((await run(P, id, "BP3"))[0]!.severity).toBe("warning");
    expect((await run(P, id, "BP4"))[0]!.severity).toBe("error");
    expect((await run(P, id, "BP5"))[0]!.severity).toBe("error");
  });
  it("does not fire with a rollout plan", async () => {
    expect(await run(P + "change:\n  rollout_plan: Pilot i to soner, så to puljer.\n", id, "BP4")).toEqual([]);
  });
});

describe("change/capacity-cost-missing", () => {
  const id = "change/capacity-cost-missing";
  it("fires on TBA", async () => {
    const f = await run(P + "change:\n  capacity_cost: tba\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "info", pointer: "/change/capacity_cost", line: 9, column: 3 });
  });
  it("is not active at BP2; info from BP3 on", async () => {
    expect(await run(P, id, "BP2")).toEqual([]);
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("info");
  });
  it("does not fire with an estimate", async () => {
    expect(await run(P + "change:\n  capacity_cost: 12 timer per ansatt.\n", id, "BP3")).toEqual([]);
  });
});
