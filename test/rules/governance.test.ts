import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/evaluate/registry.js";
import type { Gate } from "../../src/types.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

// minimalProject() is 7 lines (version, project:, id, name, organisation, level, phase);
// the first line after it is line 8.
const P = minimalProject();
const GATES: Gate[] = ["BP1", "BP2", "BP3", "BP4", "BP5", "BP6"];

async function run(yaml: string, rule: string, gate: Gate, only: string[] = [rule]) {
  return findingsOf(await lintText(yaml, { only, gate }), rule);
}

/** `governance:` with the given body lines (each indented by two), after the minimal project. */
function gov(body: string, project: Record<string, unknown> = {}): string {
  return minimalProject(project) + "governance:\n" + body;
}

describe("governance theme", () => {
  it("has one rule that escalates: escalation-missing (the rest keep their severity at every gate)", async () => {
    const rules = (await loadRules()).filter((r) => r.id.startsWith("governance/"));
    expect(rules.filter((r) => r.escalation).map((r) => r.id)).toEqual(["governance/escalation-missing"]);
  });
});

describe("governance/owner-missing", () => {
  const id = "governance/owner-missing";

  it("fires when there is no owner, at the governance key", async () => {
    const f = await run(gov("  mandate: x\n"), id, "BP1");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/governance/owner", line: 8, column: 1 });
  });

  it("fires when the owner has no name, or a placeholder name, pointing at the owner", async () => {
    const f = await run(gov('  owner: { role: direktør }\n'), id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/governance/owner/name", line: 9, column: 3, severity: "error" });
    const tbd = await run(gov('  owner: { name: "TBD" }\n'), id, "BP2");
    expect(tbd.map((x) => x.pointer)).toEqual(["/governance/owner/name"]);
  });

  it("does not fire for a named owner, and applies from BP1 to BP6", async () => {
    expect(await run(gov('  owner: { name: "Kari Nordmann" }\n'), id, "BP6")).toEqual([]);
    for (const gate of GATES) expect((await run(P, id, gate))[0]?.severity).toBe("error");
  });
});

describe("governance/owner-is-manager", () => {
  const id = "governance/owner-is-manager";
  const same = gov('  owner: { name: "Kari Nordmann" }\n  project_manager: { name: "kari nordmann " }\n');

  it("fires when owner and project manager have the same name (any case)", async () => {
    const f = await run(same, id, "BP2");
    expect(f).toHaveLength(1);
    // line 10: `  project_manager: { name: …`, `name` at column 22
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/governance/project_manager/name", line: 10, column: 22 });
    expect(f[0]!.message).toContain("kari nordmann");
  });

  it("applies from BP2 and stays a warning", async () => {
    expect(await run(same, id, "BP1")).toEqual([]);
    expect((await run(same, id, "BP4"))[0]?.severity).toBe("warning");
  });

  it("does not fire for different names or when either name is missing or a placeholder", async () => {
    expect(await run(gov('  owner: { name: "Kari Nordmann" }\n  project_manager: { name: "Ola Hansen" }\n'), id, "BP2")).toEqual([]);
    expect(await run(gov('  owner: { name: "TBD" }\n  project_manager: { name: "tbd" }\n'), id, "BP2")).toEqual([]);
    expect(await run(gov('  owner: { name: "Kari" }\n  project_manager:\n'), id, "BP2")).toEqual([]);
  });
});

describe("governance/steering-group-no-user", () => {
  const id = "governance/steering-group-no-user";
  const noUser = gov("  steering_group:\n    - { name: A, represents: eier }\n    - { name: B, represents: leverandør }\n");

  it("fires when no member represents bruker, at the steering group", async () => {
    const f = await run(noUser, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/steering_group", line: 9, column: 3 });
  });

  it("fires when there is no steering group at all (no member represents bruker)", async () => {
    const f = await run(gov("  mandate: x\n"), id, "BP3");
    expect(f.map((x) => [x.pointer, x.line])).toEqual([["/governance/steering_group", 8]]);
  });

  it("is not active before BP3 and stays a warning", async () => {
    expect(await run(noUser, id, "BP2")).toEqual([]);
    expect((await run(noUser, id, "BP6"))[0]?.severity).toBe("warning");
  });

  it("does not fire when a senior user is in the group", async () => {
    expect(await run(gov("  steering_group:\n    - { name: A, represents: eier }\n    - { name: B, represents: bruker }\n"), id, "BP3")).toEqual([]);
  });
});

describe("governance/steering-group-no-line", () => {
  const id = "governance/steering-group-no-line";

  it("fires when nobody represents linje and nobody is from the receiving unit", async () => {
    const yaml = gov(
      '  steering_group:\n    - { name: A, organisation: Bufdir, represents: eier }\n  handover:\n    receiving_unit: "Seksjon for drift"\n',
    );
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/steering_group", line: 9, column: 3 });
    expect(f[0]!.message).toContain("Seksjon for drift");
  });

  it("does not fire when a member represents linje", async () => {
    const yaml = gov("  steering_group:\n    - { name: A, represents: linje }\n");
    expect(await run(yaml, id, "BP3")).toEqual([]);
  });

  it("does not fire when a member's organisation is the receiving unit (case-insensitive)", async () => {
    const yaml = gov(
      '  steering_group:\n    - { name: A, organisation: "seksjon for DRIFT", represents: annet }\n  handover:\n    receiving_unit: "Seksjon for drift"\n',
    );
    expect(await run(yaml, id, "BP3")).toEqual([]);
  });

  it("a missing receiving unit equals nothing, not even a member's placeholder organisation", async () => {
    const yaml = gov('  steering_group:\n    - { name: A, organisation: "TBD", represents: annet }\n  handover:\n    receiving_unit: "tbd"\n');
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("ikke oppgitt");
  });

  it("is not active before BP3", async () => {
    expect(await run(gov("  steering_group:\n    - { name: A }\n"), id, "BP2")).toEqual([]);
    expect((await run(gov("  steering_group:\n    - { name: A }\n"), id, "BP5"))[0]?.severity).toBe("warning");
  });
});

describe("governance/state-project-model-required", () => {
  const id = "governance/state-project-model-required";

  it("fires for a state project over 300 MNOK without KS1, at the nearest existing key", async () => {
    const f = await run(minimalProject({ cost_estimate_mnok: 450 }), id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", pointer: "/project/external_qa/ks1", line: 2, column: 1 });
    expect(f[0]!.message).toContain("450");
    const withQa = await run(minimalProject({ cost_estimate_mnok: 301, external_qa: { ks2: "planned" } }), id, "BP2");
    // line 9: `  external_qa: {"ks2":"planned"}`
    expect(withQa[0]).toMatchObject({ pointer: "/project/external_qa/ks1", line: 9, column: 3 });
  });

  it("is not active at BP1 and stays an error", async () => {
    const yaml = minimalProject({ cost_estimate_mnok: 450 });
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect((await run(yaml, id, "BP5"))[0]?.severity).toBe("error");
  });

  it("does not fire at 300 MNOK, for other levels, or when KS1 is answered", async () => {
    expect(await run(minimalProject({ cost_estimate_mnok: 300 }), id, "BP2")).toEqual([]);
    expect(await run(minimalProject({ level: "kommune", cost_estimate_mnok: 900 }), id, "BP2")).toEqual([]);
    expect(await run(minimalProject({ cost_estimate_mnok: 900, external_qa: { ks1: "not-required" } }), id, "BP2")).toEqual([]);
    expect(await run(minimalProject({ cost_estimate_mnok: null }), id, "BP2")).toEqual([]);
  });
});

describe("governance/project-manager-missing", () => {
  const id = "governance/project-manager-missing";

  it("is a warning at BP2 and an error from BP3, not active at BP1", async () => {
    const yaml = gov("  mandate: x\n");
    expect(await run(yaml, id, "BP1")).toEqual([]);
    const bp2 = await run(yaml, id, "BP2");
    expect(bp2).toHaveLength(1);
    expect(bp2[0]).toMatchObject({ severity: "warning", pointer: "/governance/project_manager", line: 8, column: 1 });
    expect((await run(yaml, id, "BP3"))[0]?.severity).toBe("error");
    expect((await run(yaml, id, "BP6"))[0]?.severity).toBe("error");
  });

  it("fires for a project manager without a name", async () => {
    const f = await run(gov('  project_manager: { organisation: Bufdir, name: "?" }\n'), id, "BP3");
    expect(f[0]).toMatchObject({ pointer: "/governance/project_manager/name", line: 9, column: 44 });
  });

  it("does not fire for a named project manager", async () => {
    expect(await run(gov('  project_manager: { name: "Ola Hansen" }\n'), id, "BP3")).toEqual([]);
  });
});

describe("governance/key-resources-unassigned", () => {
  const id = "governance/key-resources-unassigned";

  it("fires once when team is missing or empty", async () => {
    const f = await run(gov("  mandate: x\n"), id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/team", line: 8, column: 1 });
    expect((await run(gov("  team: []\n"), id, "BP2")).map((x) => x.pointer)).toEqual(["/governance/team"]);
  });

  it("fires once per member without a name, pointing at it", async () => {
    const yaml = gov(
      "  team:\n" +
        '    - { role: "løsningsarkitekt", name: "Ingrid Lie" }\n' + // line 10
        '    - { role: "innføringsleder", allocation_pct: 50 }\n' + // line 11
        '    - { role: "testleder", name: "TBD" }\n' + // line 12
        "    - role: tjenestedesigner\n" + // line 13
        "      name:\n",
    );
    const f = await run(yaml, id, "BP2");
    expect(f.map((x) => [x.pointer, x.line, x.column])).toEqual([
      ["/governance/team/1/name", 11, 7],
      ["/governance/team/2/name", 12, 28],
      ["/governance/team/3/name", 14, 7],
    ]);
    expect(f[0]!.message).toContain("innføringsleder");
  });

  it("does not read role, organisation or allocation", async () => {
    expect(await run(gov("  team:\n    - { name: Ingrid Lie }\n"), id, "BP2")).toEqual([]);
  });

  it("is not active at BP1 and stays a warning", async () => {
    expect(await run(P, id, "BP1")).toEqual([]);
    expect((await run(P, id, "BP4"))[0]?.severity).toBe("warning");
  });
});

describe("governance/project-manager-not-dedicated", () => {
  const id = "governance/project-manager-not-dedicated";
  const notDedicated = gov('  project_manager: { name: "Ola Hansen", dedicated: false }\n');

  it("fires when dedicated is false", async () => {
    const f = await run(notDedicated, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/project_manager/dedicated", line: 9, column: 42 });
    expect(f[0]!.message).toContain("Ola Hansen");
  });

  it("does not fire when dedicated is true, null or absent", async () => {
    expect(await run(gov("  project_manager: { name: A, dedicated: true }\n"), id, "BP3")).toEqual([]);
    expect(await run(gov("  project_manager: { name: A, dedicated: }\n"), id, "BP3")).toEqual([]);
    expect(await run(gov("  project_manager: { name: A }\n"), id, "BP3")).toEqual([]);
    expect(await run(P, id, "BP3")).toEqual([]);
  });

  it("is not active before BP3", async () => {
    expect(await run(notDedicated, id, "BP2")).toEqual([]);
    expect((await run(notDedicated, id, "BP4"))[0]?.severity).toBe("warning");
  });
});

describe("governance/steering-group-missing", () => {
  const id = "governance/steering-group-missing";

  it("fires without a steering group: warning at BP2, error from BP3, not at BP1", async () => {
    const yaml = gov("  mandate: x\n");
    expect(await run(yaml, id, "BP1")).toEqual([]);
    const bp2 = await run(yaml, id, "BP2");
    expect(bp2).toHaveLength(1);
    expect(bp2[0]).toMatchObject({ severity: "warning", pointer: "/governance/steering_group", line: 8, column: 1 });
    expect((await run(yaml, id, "BP3"))[0]?.severity).toBe("error");
    expect((await run(gov("  steering_group: []\n"), id, "BP3")).map((x) => x.line)).toEqual([9]);
  });

  it("fires when every member has the owner's name (any case)", async () => {
    const yaml = gov(
      '  owner: { name: "Kari Nordmann" }\n  steering_group:\n    - { name: "KARI NORDMANN", represents: eier }\n',
    );
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", pointer: "/governance/steering_group", line: 10, column: 3 });
    expect(f[0]!.message).toContain("Kari Nordmann");
  });

  it("does not fire with more members than the owner, or without an owner name", async () => {
    expect(
      await run(gov('  owner: { name: "Kari" }\n  steering_group:\n    - { name: "Kari" }\n    - { name: "Per" }\n'), id, "BP3"),
    ).toEqual([]);
    expect(await run(gov('  steering_group:\n    - { name: "Kari" }\n'), id, "BP3")).toEqual([]);
  });
});

describe("governance/steering-member-without-authority", () => {
  const id = "governance/steering-member-without-authority";
  const yaml = gov(
    "  steering_group:\n" +
      "    - { name: A, decision_authority: true }\n" + // line 10
      "    - { name: B, decision_authority: false }\n" + // line 11
      "    - { name: C }\n" + // line 12
      "    - { name: D, decision_authority: }\n", // line 13
  );

  it("fires once per member whose decision_authority is not true", async () => {
    const f = await run(yaml, id, "BP3");
    expect(f.map((x) => [x.pointer, x.line, x.column, x.severity])).toEqual([
      ["/governance/steering_group/1/decision_authority", 11, 18, "warning"],
      ["/governance/steering_group/2/decision_authority", 12, 7, "warning"],
      ["/governance/steering_group/3/decision_authority", 13, 18, "warning"],
    ]);
    expect(f[0]!.message).toContain("«B»");
  });

  it("is not active before BP3 and does not fire when all have authority", async () => {
    expect(await run(yaml, id, "BP2")).toEqual([]);
    expect(await run(gov("  steering_group:\n    - { name: A, decision_authority: true }\n"), id, "BP3")).toEqual([]);
  });
});

describe("governance/mandate-missing", () => {
  const id = "governance/mandate-missing";

  it("fires without a mandate, as an error from BP3", async () => {
    const f = await run(gov("  mandate: mangler\n"), id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", pointer: "/governance/mandate", line: 9, column: 3 });
    expect(await run(gov("  mandate: mangler\n"), id, "BP2")).toEqual([]);
    expect((await run(P, id, "BP6"))[0]).toMatchObject({ severity: "error", line: 1, column: 1 });
  });

  it("a longer text that merely contains «mangler» is an answer", async () => {
    expect(await run(gov('  mandate: "Mandat for eksterne mangler ennå, resten er vedtatt."\n'), id, "BP3")).toEqual([]);
  });
});

describe("governance/decision-criteria-missing", () => {
  const id = "governance/decision-criteria-missing";

  it("fires without decision criteria, as a warning from BP3", async () => {
    const f = await run(gov('  decision_criteria: "  "\n'), id, "BP3");
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/decision_criteria", line: 9, column: 3 });
    expect(await run(gov('  decision_criteria: "  "\n'), id, "BP2")).toEqual([]);
    expect((await run(P, id, "BP5"))[0]?.severity).toBe("warning");
  });

  it("does not fire with criteria", async () => {
    expect(await run(gov("  decision_criteria: Nytte og kost\n"), id, "BP3")).toEqual([]);
  });
});

describe("governance/escalation-missing", () => {
  const id = "governance/escalation-missing";

  it("is a warning at BP3 for a single-level project, not active at BP2", async () => {
    const yaml = gov("  escalation: TBA\n") + "stakeholders:\n  - { id: leverandor, name: Leverandør AS, level: privat }\n";
    expect(await run(yaml, id, "BP2")).toEqual([]);
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/escalation", line: 9, column: 3 });
  });

  it("is raised to error when the project is multi-level", async () => {
    const other = P + "stakeholders:\n  - { id: kommunene, name: Kommunene, level: kommune }\n";
    expect((await run(other, id, "BP3"))[0]?.severity).toBe("error");
    expect((await run(other, id, "BP5"))[0]?.severity).toBe("error");
    const depends = P + "municipal:\n  depends_on_municipal_decisions: true\n";
    expect((await run(depends, id, "BP4"))[0]?.severity).toBe("error");
    // a stakeholder at the project's own level does not make it multi-level
    const same = P + "stakeholders:\n  - { id: nav, name: NAV, level: stat }\n";
    expect((await run(same, id, "BP3"))[0]?.severity).toBe("warning");
  });

  it("does not fire with escalation rules", async () => {
    expect(await run(gov("  escalation: Til eiermøtet\n"), id, "BP3")).toEqual([]);
  });
});

describe("governance/delivery-model-missing", () => {
  const id = "governance/delivery-model-missing";

  it("is info at BP2, a warning from BP3, not active at BP1", async () => {
    const yaml = gov("  delivery_model:\n");
    expect(await run(yaml, id, "BP1")).toEqual([]);
    const bp2 = await run(yaml, id, "BP2");
    expect(bp2[0]).toMatchObject({ severity: "info", pointer: "/governance/delivery_model", line: 9, column: 3 });
    expect((await run(yaml, id, "BP3"))[0]?.severity).toBe("warning");
  });

  it("does not fire with a delivery model", async () => {
    expect(await run(gov("  delivery_model: hybrid\n"), id, "BP3")).toEqual([]);
  });
});

describe("governance/board-overlap", () => {
  const id = "governance/board-overlap";
  const yaml = gov(
    "  steering_group:\n    - { name: A, also_in_portfolio_board: false }\n    - { name: B, also_in_portfolio_board: true }\n",
  );

  it("fires once per member also in the portfolio board, as info from BP2", async () => {
    const f = await run(yaml, id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", pointer: "/governance/steering_group/1/also_in_portfolio_board", line: 11, column: 18 });
    expect(f[0]!.message).toContain("«B»");
    expect((await run(yaml, id, "BP6"))[0]?.severity).toBe("info");
  });

  it("is not active at BP1 and ignores false and null", async () => {
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect(await run(gov("  steering_group:\n    - { name: A, also_in_portfolio_board: }\n"), id, "BP2")).toEqual([]);
  });
});

describe("governance/anchoring-missing", () => {
  const id = "governance/anchoring-missing";

  it("is a warning from BP1 and an error from BP3", async () => {
    const yaml = gov("  anchoring:\n    top_management: false\n");
    const bp1 = await run(yaml, id, "BP1");
    expect(bp1).toHaveLength(1);
    expect(bp1[0]).toMatchObject({ severity: "warning", pointer: "/governance/anchoring/top_management", line: 10, column: 5 });
    expect((await run(yaml, id, "BP2"))[0]?.severity).toBe("warning");
    expect((await run(yaml, id, "BP3"))[0]?.severity).toBe("error");
  });

  it("points at the nearest existing key when anchoring is absent", async () => {
    expect((await run(gov("  mandate: x\n"), id, "BP1"))[0]).toMatchObject({ line: 8, column: 1 });
  });

  it("does not fire when top management is true", async () => {
    expect(await run(gov("  anchoring: { top_management: true }\n"), id, "BP3")).toEqual([]);
  });
});

describe("governance/line-managers-not-involved", () => {
  const id = "governance/line-managers-not-involved";

  it("fires as a warning from BP3 when not true", async () => {
    const yaml = gov("  anchoring:\n    top_management: true\n    line_managers_involved:\n");
    expect(await run(yaml, id, "BP2")).toEqual([]);
    const f = await run(yaml, id, "BP3");
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/anchoring/line_managers_involved", line: 11, column: 5 });
  });

  it("does not fire when true", async () => {
    expect(await run(gov("  anchoring: { line_managers_involved: true }\n"), id, "BP3")).toEqual([]);
  });
});

describe("governance/political-anchoring-missing", () => {
  const id = "governance/political-anchoring-missing";

  it("fires for a municipal project without political anchoring, from BP2", async () => {
    const yaml = gov("  anchoring:\n    top_management: true\n", { level: "kommune" });
    expect(await run(yaml, id, "BP1")).toEqual([]);
    const f = await run(yaml, id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/anchoring/political", line: 9, column: 3 });
    expect((await run(gov("  anchoring: { political: false }\n", { level: "fylkeskommune" }), id, "BP3"))[0]?.severity).toBe("warning");
    expect(await run(minimalProject({ level: "interkommunalt" }), id, "BP2")).toHaveLength(1);
  });

  it("does not fire for state projects or with political anchoring", async () => {
    expect(await run(minimalProject({ level: "stat" }), id, "BP2")).toEqual([]);
    expect(await run(gov("  anchoring: { political: true }\n", { level: "interkommunalt" }), id, "BP2")).toEqual([]);
  });
});

describe("governance/partner-leaders-not-in-steering-group", () => {
  const id = "governance/partner-leaders-not-in-steering-group";
  const stakeholdersYaml =
    "stakeholders:\n" +
    "  - { id: bufdir, name: Bufdir, level: stat, importance: høy, replaceability: lav, strategy: samarbeid }\n" +
    "  - { id: ks, name: KS, level: kommune, importance: høy, replaceability: lav, strategy: samarbeid }\n" +
    "  - { id: lev, name: Leverandøren, level: privat, importance: høy, replaceability: høy, strategy: samarbeid }\n" +
    "  - { id: fylket, name: Fylket, level: fylkeskommune, importance: høy, replaceability: lav, strategy: fasilitering }\n";

  it("fires per key partner without a steering-group member that belongs to it", async () => {
    const yaml =
      gov('  owner: { name: Kari, organisation: bufdir }\n  steering_group:\n    - { name: Kari, organisation: Bufdir }\n') +
      stakeholdersYaml;
    // governance 8–11, stakeholders: 12, items 13–16
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/stakeholders/1", line: 14, column: 5 });
    expect(f[0]!.message).toContain("«KS»");
  });

  it("is satisfied by a member whose organisation is the stakeholder's id or name (any case)", async () => {
    for (const org of ["ks", "KS", " Ks "]) {
      const yaml =
        gov(`  owner: { name: Kari, organisation: Bufdir }\n  steering_group:\n    - { name: Anne, organisation: "${org}" }\n`) +
        stakeholdersYaml;
      expect(await run(yaml, id, "BP3"), org).toEqual([]);
    }
  });

  it("skips a partner the owner belongs to", async () => {
    const yaml = gov("  owner: { name: Kari, organisation: KS }\n") + stakeholdersYaml;
    expect((await run(yaml, id, "BP3")).map((x) => x.pointer)).toEqual(["/stakeholders/0"]);
  });

  it("is not active before BP3", async () => {
    expect(await run(P + stakeholdersYaml, id, "BP2")).toEqual([]);
    expect((await run(P + stakeholdersYaml, id, "BP4")).map((x) => [x.pointer, x.severity])).toEqual([
      ["/stakeholders/0", "warning"],
      ["/stakeholders/1", "warning"],
    ]);
  });
});

describe("governance/handover-missing", () => {
  const id = "governance/handover-missing";

  it("is a warning at BP3 and an error from BP4", async () => {
    const yaml = gov('  handover:\n    receiving_unit: "-"\n');
    expect(await run(yaml, id, "BP2")).toEqual([]);
    const f = await run(yaml, id, "BP3");
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/handover/receiving_unit", line: 10, column: 5 });
    expect((await run(yaml, id, "BP4"))[0]?.severity).toBe("error");
    expect((await run(yaml, id, "BP6"))[0]?.severity).toBe("error");
  });

  it("does not fire with a receiving unit", async () => {
    expect(await run(gov("  handover: { receiving_unit: Driftsseksjonen }\n"), id, "BP4")).toEqual([]);
  });
});

describe("governance/handover-no-continuity", () => {
  const id = "governance/handover-no-continuity";

  it("is a warning at BP3 and an error from BP4", async () => {
    const yaml = gov("  handover:\n    receiving_unit: Drift\n    continuing_people: []\n");
    expect(await run(yaml, id, "BP2")).toEqual([]);
    const f = await run(yaml, id, "BP3");
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/governance/handover/continuing_people", line: 11, column: 5 });
    expect((await run(yaml, id, "BP4"))[0]?.severity).toBe("error");
  });

  it("does not fire when people are named", async () => {
    expect(await run(gov('  handover: { continuing_people: ["Ingrid Lie"] }\n'), id, "BP4")).toEqual([]);
  });
});

describe("governance/forvaltning-roles-missing", () => {
  const id = "governance/forvaltning-roles-missing";

  it("gives one finding at handover when both roles are missing: info at BP3, error from BP4", async () => {
    const yaml = gov("  handover:\n    receiving_unit: Drift\n");
    expect(await run(yaml, id, "BP2")).toEqual([]);
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "info", pointer: "/governance/handover", line: 9, column: 3 });
    expect(f[0]!.message).toContain("verken systemeier eller prosesseier");
    expect((await run(yaml, id, "BP4"))[0]?.severity).toBe("error");
  });

  it("points at the one role that is missing or has no name", async () => {
    const noProcess = gov('  handover:\n    system_owner: { name: "Siri Dahl" }\n');
    const f = await run(noProcess, id, "BP4");
    expect(f.map((x) => [x.pointer, x.line])).toEqual([["/governance/handover/process_owner", 9]]);
    expect(f[0]!.message).toContain("prosesseier");
    const unnamedSystem = gov('  handover:\n    system_owner: { role: "avdelingsdirektør" }\n    process_owner: { name: "Per" }\n');
    const g = await run(unnamedSystem, id, "BP4");
    expect(g.map((x) => [x.pointer, x.line, x.column])).toEqual([["/governance/handover/system_owner/name", 10, 5]]);
    expect(g[0]!.message).toContain("systemeier");
  });

  it("does not fire when both are named", async () => {
    const yaml = gov('  handover:\n    system_owner: { name: "Siri" }\n    process_owner: { name: "Per" }\n');
    expect(await run(yaml, id, "BP4")).toEqual([]);
  });
});
