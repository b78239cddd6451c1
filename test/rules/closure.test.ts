import { describe, expect, it } from "vitest";
import type { Gate } from "../../src/types.js";
import contractsOpen from "../../rules/closure/contracts-open.js";
import finalReportMissing from "../../rules/closure/final-report-missing.js";
import lessonsMissing from "../../rules/closure/lessons-missing.js";
import openWorkUntransferred from "../../rules/closure/open-work-untransferred.js";
import stakeholdersUninformed from "../../rules/closure/stakeholders-uninformed.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

// minimalProject() is 7 lines; the first extra line of a dossier below is line 8.
const P = minimalProject({ phase: "avslutte" });

async function run(yaml: string, rule: string, gate: Gate) {
  return findingsOf(await lintText(yaml, { only: [rule], gate }), rule);
}

const ALL = [finalReportMissing, lessonsMissing, openWorkUntransferred, contractsOpen, stakeholdersUninformed];

describe("closure theme: metadata", () => {
  it("its rules belong to the closure theme (ids and gates: test/catalogue/rules.*.json)", () => {
    for (const r of ALL) expect(r.theme).toBe("closure");
  });

  it("none of the rules applies before BP4, and only open-work-untransferred at BP4", async () => {
    const ids = ALL.map((r) => r.id);
    for (const gate of ["BP1", "BP2", "BP3"] as Gate[]) {
      expect((await lintText(P, { only: ids, gate })).findings).toEqual([]);
    }
    expect((await lintText(P, { only: ids, gate: "BP4" })).findings.map((f) => f.rule)).toEqual(["closure/open-work-untransferred"]);
  });
});

describe("closure/final-report-missing", () => {
  const id = "closure/final-report-missing";
  it("fires on final_report: missing, pointing at the key", async () => {
    const f = await run(P + "closure:\n  final_report: missing\n", id, "BP5");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/closure/final_report", line: 9, column: 3 });
  });
  it("fires on null, and when closure is absent (at the document root)", async () => {
    expect(await run(P + "closure:\n  final_report:\n", id, "BP5")).toHaveLength(1);
    const f = await run(P, id, "BP5");
    expect(f[0]).toMatchObject({ pointer: "/closure/final_report", line: 1, column: 1 });
  });
  it("is not active at BP4; error from BP5 on", async () => {
    expect(await run(P, id, "BP4")).toEqual([]);
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("error");
  });
  it("does not fire on done or planned", async () => {
    expect(await run(P + "closure:\n  final_report: done\n", id, "BP5")).toEqual([]);
    expect(await run(P + "closure:\n  final_report: planned\n", id, "BP5")).toEqual([]);
  });
});

describe("closure/lessons-missing", () => {
  const id = "closure/lessons-missing";
  it("fires on «Uavklart», pointing at the key", async () => {
    const f = await run(P + "closure:\n  final_report: done\n  lessons_learned: Uavklart\n", id, "BP5");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/closure/lessons_learned", line: 10, column: 3 });
  });
  it("fires when absent, at the nearest existing parent", async () => {
    const f = await run(P + "closure:\n  final_report: done\n", id, "BP5");
    expect(f[0]).toMatchObject({ pointer: "/closure/lessons_learned", line: 8, column: 1 });
  });
  it("is not active at BP4; warning from BP5", async () => {
    expect(await run(P, id, "BP4")).toEqual([]);
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("warning");
  });
  it("takes a longer text containing «mangler» as an answer", async () => {
    expect(await run(P + "closure:\n  lessons_learned: Opplæringen mangler i planen for neste pulje.\n", id, "BP5")).toEqual([]);
  });
});

describe("closure/open-work-untransferred", () => {
  const id = "closure/open-work-untransferred";
  it("fires on null, pointing at the key", async () => {
    const f = await run(P + "closure:\n  open_work_transferred:\n", id, "BP4");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/closure/open_work_transferred", line: 9, column: 3 });
  });
  it("is not active at BP3; warning at BP4; error from BP5", async () => {
    expect(await run(P, id, "BP3")).toEqual([]);
    expect((await run(P, id, "BP4"))[0]!.severity).toBe("warning");
    expect((await run(P, id, "BP5"))[0]!.severity).toBe("error");
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("error");
  });
  it("fires on a placeholder", async () => {
    expect(await run(P + "closure:\n  open_work_transferred: \"  tbd \"\n", id, "BP5")).toHaveLength(1);
  });
  it("does not fire with an answer", async () => {
    expect(await run(P + "closure:\n  open_work_transferred: Produktkøen er overført til forvaltning.\n", id, "BP5")).toEqual([]);
  });
});

describe("closure/contracts-open", () => {
  const id = "closure/contracts-open";
  it("fires on false, pointing at the key", async () => {
    const f = await run(P + "closure:\n  contracts_closed: false\n", id, "BP5");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/closure/contracts_closed", line: 9, column: 3 });
  });
  it("fires on null and when absent", async () => {
    expect(await run(P + "closure:\n  contracts_closed:\n", id, "BP5")).toHaveLength(1);
    expect(await run(P, id, "BP5")).toHaveLength(1);
  });
  it("is not active at BP4; warning from BP5", async () => {
    expect(await run(P, id, "BP4")).toEqual([]);
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("warning");
  });
  it("does not fire on true", async () => {
    expect(await run(P + "closure:\n  contracts_closed: true\n", id, "BP5")).toEqual([]);
  });
});

describe("closure/stakeholders-uninformed", () => {
  const id = "closure/stakeholders-uninformed";
  it("fires on false, pointing at the key", async () => {
    const f = await run(P + "closure:\n  contracts_closed: true\n  stakeholders_informed: false\n", id, "BP5");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/closure/stakeholders_informed", line: 10, column: 3 });
  });
  it("fires when absent", async () => {
    expect(await run(P + "closure:\n  contracts_closed: true\n", id, "BP5")).toHaveLength(1);
  });
  it("is not active at BP4; warning from BP5", async () => {
    expect(await run(P, id, "BP4")).toEqual([]);
    expect((await run(P, id, "BP6"))[0]!.severity).toBe("warning");
  });
  it("does not fire on true", async () => {
    expect(await run(P + "closure:\n  stakeholders_informed: true\n", id, "BP5")).toEqual([]);
  });
});

// Issue 12 item 5: Norwegian values are canonical (ferdig, planlagt, mangler); the English ones
// stay accepted aliases that mean the same. KS1/KS2 likewise (gjennomført, planlagt, ikke-påkrevd).
describe("closure.final_report and external_qa in Norwegian, English as aliases", () => {
  const id = "closure/final-report-missing";
  it("mangler fires like missing; ferdig and planlagt do not", async () => {
    const f = await run(P + "closure:\n  final_report: mangler\n", id, "BP5");
    expect(f).toEqual([expect.objectContaining({ pointer: "/closure/final_report", line: 9, column: 3 })]);
    for (const v of ["ferdig", "planlagt"]) expect(await run(P + `closure:\n  final_report: ${v}\n`, id, "BP5")).toEqual([]);
  });
  it("accepts KS1 and KS2 in either language", async () => {
    const qa = (v: string) => minimalProject() + `  external_qa:\n    ks1: ${v}\n    ks2: ${v}\n`;
    expect(minimalProject()).toMatch(/^project:/m);
    for (const v of ["gjennomført", "planlagt", "ikke-påkrevd", "done", "not-required"]) {
      expect((await lintText(qa(v), { gate: "BP2" })).status, v).toBe("checked");
    }
  });
});
