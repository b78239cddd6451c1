import { describe, expect, it } from "vitest";
import { loadRule } from "../../src/evaluate/registry.js";
import type { Gate } from "../../src/types.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

// minimalProject() gives lines 1–7 (version, project: and five keys); the next line is 8.
const P = minimalProject();

async function run(rule: string, yaml: string, gate?: Gate, lang: "nb" | "en" = "nb") {
  return findingsOf(await lintText(yaml, { only: [rule], gate, lang }), rule);
}

/** The rule's own `example`, placed under a minimal project, must not fire the rule. */
async function exampleIsClean(rule: string, gate: Gate, project = P) {
  const mod = await loadRule(rule);
  expect(mod).toBeDefined();
  expect(await run(rule, project + mod!.example + "\n", gate)).toEqual([]);
}

describe("needs/users-missing", () => {
  const id = "needs/users-missing";
  it("fires on an empty list, at the key", async () => {
    const f = await run(id, P + "needs:\n  users: []\n", "BP1");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/needs/users", line: 9, column: 3 });
    expect(f[0]!.message).toContain("needs.users");
  });
  it("fires when needs is absent, at the nearest existing parent (the document)", async () => {
    const f = await run(id, P, "BP1");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/needs/users", line: 1, column: 1 });
  });
  it("fires when users is null, and when needs is null", async () => {
    expect(await run(id, P + "needs:\n  users:\n", "BP1")).toHaveLength(1);
    expect(await run(id, P + "needs:\n", "BP1")).toHaveLength(1);
  });
  it("is an error at every gate from BP1", async () => {
    for (const gate of ["BP1", "BP3", "BP6"] as Gate[]) {
      expect((await run(id, P, gate))[0]!.severity).toBe("error");
    }
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP1"));
});

describe("needs/user-involvement-missing", () => {
  const id = "needs/user-involvement-missing";
  it("fires on a placeholder, at the key", async () => {
    const f = await run(id, P + "needs:\n  user_involvement: TBD\n");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/needs/user_involvement", line: 9, column: 3 });
  });
  it("treats «ikke avklart» in any case and padded as missing, but a longer text as an answer", async () => {
    expect(await run(id, P + 'needs:\n  user_involvement: "  Ikke Avklart "\n')).toHaveLength(1);
    expect(await run(id, P + 'needs:\n  user_involvement: "mangler ennå; brukerpanel etableres i mars"\n')).toEqual([]);
  });
  it("points at needs when the key is absent", async () => {
    const f = await run(id, P + "needs:\n  users: [a]\n");
    expect(f[0]).toMatchObject({ pointer: "/needs/user_involvement", line: 8, column: 1 });
  });
  it("does not apply at BP1, is a warning from BP2 on", async () => {
    expect(await run(id, P, "BP1")).toEqual([]);
    expect((await run(id, P, "BP2"))[0]!.severity).toBe("warning");
    expect((await run(id, P, "BP5"))[0]!.severity).toBe("warning");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("needs/problem-missing", () => {
  const id = "needs/problem-missing";
  it("fires on an empty string, at the key", async () => {
    const f = await run(id, P + 'needs:\n  users: [a]\n  problem_statement: ""\n', "BP1");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/needs/problem_statement", line: 10, column: 3 });
  });
  it('treats "?" and "-" as missing', async () => {
    expect(await run(id, P + 'needs:\n  problem_statement: "?"\n', "BP1")).toHaveLength(1);
    expect(await run(id, P + 'needs:\n  problem_statement: "-"\n', "BP1")).toHaveLength(1);
  });
  it("is an error from BP1", async () => {
    expect((await run(id, P, "BP1"))[0]!.severity).toBe("error");
    expect((await run(id, P, "BP4"))[0]!.severity).toBe("error");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP1"));
});

describe("needs/goals-missing", () => {
  const id = "needs/goals-missing";
  it("fires on an empty list, at the key", async () => {
    const f = await run(id, P + "needs:\n  goals: []\n");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/needs/goals", line: 9, column: 3 });
  });
  it("fires when goals are absent or null, and when every goal is an empty {}", async () => {
    expect(await run(id, P)).toHaveLength(1);
    expect(await run(id, P + "needs:\n  goals:\n")).toHaveLength(1);
    expect(await run(id, P + "needs:\n  goals: [{}]\n")).toHaveLength(1);
  });
  it("does not fire when one goal has any content", async () => {
    expect(await run(id, P + "needs:\n  goals: [{}, { id: g1 }]\n")).toEqual([]);
  });
  it("does not apply at BP1, is an error from BP2", async () => {
    expect(await run(id, P, "BP1")).toEqual([]);
    expect((await run(id, P, "BP2"))[0]!.severity).toBe("error");
    expect((await run(id, P, "BP6"))[0]!.severity).toBe("error");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("needs/goal-not-measurable", () => {
  const id = "needs/goal-not-measurable";
  const yaml =
    P +
    `needs:
  goals:
    - { id: g1, indicator: "andel", target: "100 %" }
    - { id: g2, text: "Bedre tjenester" }
    - { id: g3, indicator: "andel", target: TBD }
    - { id: g4, indicator: "", target: 100 }
    - text: "uten id"
      target: 0
`;
  it("gives one finding per offending goal, pointing at it or at its missing key", async () => {
    const f = await run(id, yaml);
    expect(f.map((x) => [x.pointer, x.line, x.column])).toEqual([
      ["/needs/goals/1", 11, 7],
      ["/needs/goals/2/target", 12, 37], // only the target is missing (a placeholder): its key
      ["/needs/goals/3/indicator", 13, 17], // only the indicator is missing (""): its key
      ["/needs/goals/4/indicator", 14, 7], // absent key: shown at the item
    ]);
  });
  it("names the goal by id, else by position, and says what is missing", async () => {
    const f = await run(id, yaml);
    expect(f[0]!.message).toContain("g2");
    expect(f[0]!.message).toContain("indikator og målverdi");
    expect(f[1]!.message).toContain("målverdi");
    expect(f[3]!.message).toContain("#5");
    const en = await run(id, yaml, "BP2", "en");
    expect(en[0]!.message).toContain("neither an indicator nor a target");
  });
  it("points at the key when it is present but a placeholder", async () => {
    const f = await run(id, P + 'needs:\n  goals:\n    - id: g1\n      indicator: "x"\n      target: "TBA"\n');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/needs/goals/0/target", line: 12, column: 7 });
  });
  it("counts a number, 0 included, as a target", async () => {
    expect(await run(id, P + 'needs:\n  goals: [{ id: g1, indicator: "x", target: 0 }]\n')).toEqual([]);
  });
  it("does not apply at BP1, is a warning at BP2 and an error from BP3", async () => {
    expect(await run(id, yaml, "BP1")).toEqual([]);
    expect((await run(id, yaml, "BP2"))[0]!.severity).toBe("warning");
    expect((await run(id, yaml, "BP3"))[0]!.severity).toBe("error");
    expect((await run(id, yaml, "BP6"))[0]!.severity).toBe("error");
  });
  it("does not fire when goals are missing (that is needs/goals-missing)", async () => {
    expect(await run(id, P + "needs:\n  goals:\n")).toEqual([]);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("needs/goal-without-baseline", () => {
  const id = "needs/goal-without-baseline";
  const yaml =
    P +
    `needs:
  goals:
    - { id: g1, baseline: "0" }
    - { id: g2, baseline: 0 }
    - { id: g3 }
    - id: g4
      baseline: mangler
`;
  it("gives one finding per goal without baseline", async () => {
    const f = await run(id, yaml, "BP3");
    expect(f.map((x) => [x.pointer, x.line, x.column, x.severity])).toEqual([
      ["/needs/goals/2/baseline", 12, 7, "warning"],
      ["/needs/goals/3/baseline", 14, 7, "warning"],
    ]);
    expect(f[0]!.message).toContain("g3");
  });
  it("does not apply before BP3", async () => {
    expect(await run(id, yaml, "BP2")).toEqual([]);
    expect(await run(id, yaml, "BP4")).toHaveLength(2);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("needs/goal-status-missing", () => {
  const id = "needs/goal-status-missing";
  const yaml =
    P +
    `needs:
  goals:
    - { id: g1, status: ikke-nådd }
    - { id: g2, status: ikke-målt }
    - { id: g3, status: null }
    - { id: g4 }
`;
  it("fires per goal without status; ikke-nådd and ikke-målt are answers", async () => {
    const f = await run(id, yaml, "BP4");
    expect(f.map((x) => [x.pointer, x.line, x.column, x.severity])).toEqual([
      ["/needs/goals/2/status", 12, 17, "warning"],
      ["/needs/goals/3/status", 13, 7, "warning"],
    ]);
    expect(f[1]!.message).toContain("g4");
  });
  it("does not apply before BP4", async () => {
    expect(await run(id, yaml, "BP3")).toEqual([]);
    expect(await run(id, yaml, "BP6")).toHaveLength(2);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP4"));
});

const ALT = (lines: string[]) => P + "needs:\n  alternatives:\n" + lines.map((l) => `    - ${l}\n`).join("");

describe("needs/alternatives-missing", () => {
  const id = "needs/alternatives-missing";
  it("fires when there is only the zero alternative", async () => {
    const f = await run(id, ALT(["{ id: null-alternativ }"]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/needs/alternatives", line: 9, column: 3 });
    expect(f[0]!.message).toContain("bare nullalternativet");
  });
  it("fires once when two alternatives lack the zero alternative", async () => {
    const f = await run(id, ALT(["{ id: a }", "{ id: b }", "{ id: c }"]));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("null-alternativ");
  });
  it("fires once when alternatives are absent, at needs (nearest parent)", async () => {
    const f = await run(id, P + "needs:\n  users: [a]\n");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/needs/alternatives", line: 8, column: 1 });
    expect(f[0]!.message).toContain("færre enn to");
  });
  it("does not count an empty {} as an alternative", async () => {
    expect(await run(id, ALT(["{ id: null-alternativ }", "{}"]))).toHaveLength(1);
  });
  it("does not take an id that merely contains null-alternativ for the zero alternative", async () => {
    expect(await run(id, ALT(["{ id: null-alternativ-2 }", "{ id: a }"]))).toHaveLength(1);
  });
  it("does not apply at BP1, is an error from BP2", async () => {
    expect(await run(id, P, "BP1")).toEqual([]);
    expect((await run(id, P, "BP3"))[0]!.severity).toBe("error");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("needs/alternatives-too-few", () => {
  const id = "needs/alternatives-too-few";
  it("fires with two alternatives, the zero alternative counted", async () => {
    const f = await run(id, ALT(["{ id: null-alternativ }", "{ id: a }"]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/needs/alternatives", line: 9, column: 3 });
    expect(f[0]!.message).toContain("2 alternativ");
  });
  it("fires with none", async () => {
    expect((await run(id, P))[0]!.message).toContain("0 alternativ");
  });
  it("does not fire with three, whatever their ids", async () => {
    expect(await run(id, ALT(["{ id: a }", "{ id: b }", "{ id: c }"]))).toEqual([]);
  });
  it("does not apply at BP1, is a warning from BP2", async () => {
    expect(await run(id, P, "BP1")).toEqual([]);
    expect((await run(id, P, "BP4"))[0]!.severity).toBe("warning");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("needs/no-chosen-alternative", () => {
  const id = "needs/no-chosen-alternative";
  it("fires when alternatives are listed but none is chosen", async () => {
    const f = await run(id, ALT(["{ id: null-alternativ, chosen: false }", "{ id: a }", "{ id: b, chosen: null }"]));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/needs/alternatives", line: 9, column: 3 });
  });
  it("does not fire when no alternatives are listed", async () => {
    expect(await run(id, P)).toEqual([]);
    expect(await run(id, P + "needs:\n  alternatives: []\n")).toEqual([]);
  });
  it("does not fire when one is chosen", async () => {
    expect(await run(id, ALT(["{ id: null-alternativ }", "{ id: a, chosen: true }"]))).toEqual([]);
  });
  it("does not apply at BP1", async () => {
    expect(await run(id, ALT(["{ id: a }"]), "BP1")).toEqual([]);
    expect(await run(id, ALT(["{ id: a }"]), "BP3")).toHaveLength(1);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("needs/alternatives-not-compared", () => {
  const id = "needs/alternatives-not-compared";
  const yaml = ALT([
    "{ id: null-alternativ, cost_mnok: 180 }", // 10: zero alternative needs no benefit
    "{ id: a, cost_mnok: 0, benefit_mnok: 0 }", // 11: zeros are answers
    "{ id: b, cost_mnok: 250 }", // 12: no benefit
    "{ id: c, benefit_assessment: \"bedre kvalitet\" }", // 13: no cost
    "{ id: d }", // 14: neither
    "{ id: null-alternativ-2, cost_mnok: 1, benefit_assessment: TBD }", // 15: placeholder assessment
    "{ id: null-alternativ }", // 16: zero alternative without cost
  ]);
  it("gives one finding per alternative that cannot be compared", async () => {
    const f = await run(id, yaml);
    expect(f.map((x) => [x.pointer, x.line, x.column, x.severity])).toEqual([
      ["/needs/alternatives/2", 12, 7, "warning"],
      ["/needs/alternatives/3/cost_mnok", 13, 7, "warning"],
      ["/needs/alternatives/4", 14, 7, "warning"],
      ["/needs/alternatives/5", 15, 7, "warning"],
      ["/needs/alternatives/6/cost_mnok", 16, 7, "warning"],
    ]);
    expect(f[0]!.message).toContain("Alternativet b har verken prissatt nytte");
    expect(f[1]!.message).toContain("Alternativet c har ingen kostnad");
    expect(f[2]!.message).toContain("verken kostnad");
  });
  it("does not apply at BP1", async () => {
    expect(await run(id, yaml, "BP1")).toEqual([]);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("needs/story-incomplete", () => {
  const id = "needs/story-incomplete";
  it("points at the one missing key", async () => {
    const f = await run(id, P + 'needs:\n  story:\n    why: "x"\n    for_users: "y"\n    for_employees: TBD\n');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/needs/story/for_employees", line: 12, column: 5 });
    expect(f[0]!.message).toContain("story.for_employees");
  });
  it("gives one finding at story when several keys are missing", async () => {
    const f = await run(id, P + 'needs:\n  story:\n    why_now: "nå"\n');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/needs/story", line: 9, column: 3 });
    expect(f[0]!.message).toContain("story.why, story.for_users, story.for_employees");
  });
  it("fires at the document when needs is absent", async () => {
    expect((await run(id, P))[0]).toMatchObject({ pointer: "/needs/story", line: 1, column: 1 });
  });
  it("does not apply at BP1, is a warning from BP2", async () => {
    expect(await run(id, P, "BP1")).toEqual([]);
    expect((await run(id, P, "BP3"))[0]!.severity).toBe("warning");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("needs/story-no-urgency", () => {
  const id = "needs/story-no-urgency";
  it("fires when why_now is missing", async () => {
    const f = await run(id, P + 'needs:\n  story:\n    why: "x"\n    why_now: uavklart\n');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "info", pointer: "/needs/story/why_now", line: 11, column: 5 });
  });
  it("does not apply at BP1, is info from BP2", async () => {
    expect(await run(id, P, "BP1")).toEqual([]);
    expect((await run(id, P, "BP2"))[0]!.severity).toBe("info");
    expect((await run(id, P, "BP6"))[0]!.severity).toBe("info");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("needs/strategy-link-missing", () => {
  const id = "needs/strategy-link-missing";
  it("fires when both strategy_link and story.societal_mission are missing", async () => {
    const f = await run(id, P + 'needs:\n  strategy_link: "-"\n  story:\n    societal_mission: ""\n');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/needs/strategy_link", line: 9, column: 3 });
  });
  it("is satisfied by either key", async () => {
    expect(await run(id, P + 'needs:\n  strategy_link: "Strategi 2030"\n')).toEqual([]);
    expect(await run(id, P + 'needs:\n  story:\n    societal_mission: "Trygge barn"\n')).toEqual([]);
  });
  it("is info at BP1 and a warning from BP2", async () => {
    expect((await run(id, P, "BP1"))[0]).toMatchObject({ severity: "info", line: 1, column: 1 });
    expect((await run(id, P, "BP2"))[0]!.severity).toBe("warning");
    expect((await run(id, P, "BP5"))[0]!.severity).toBe("warning");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("needs/legal-dependency-not-raised", () => {
  const id = "needs/legal-dependency-not-raised";
  const LEGAL = 'needs:\n  legal_changes_needed: ["Endring i barnevernsloven"]\n';
  it("fires when no ministry stakeholder has involvement", async () => {
    const yaml = P + LEGAL + 'stakeholders:\n  - { id: ks, name: KS, involvement: "styringsgruppe" }\n  - { id: bfd, name: Barne- og familiedepartementet }\n';
    const f = await run(id, yaml);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/needs/legal_changes_needed", line: 9, column: 3 });
    expect(f[0]!.message).toContain("1 regelverksendring");
  });
  it("names project.ministry when given", async () => {
    const p = minimalProject({ ministry: "Kommunal- og distriktsdepartementet" });
    const f = await run(id, p + LEGAL);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("Kommunal- og distriktsdepartementet");
    expect(f[0]).toMatchObject({ line: 10, column: 3 });
  });
  it("accepts a stakeholder named project.ministry (any case) with involvement", async () => {
    const p = minimalProject({ ministry: "Digitaliseringsministeren" });
    const yaml = p + LEGAL + 'stakeholders:\n  - { id: dm, name: DIGITALISERINGSMINISTEREN, involvement: "møter" }\n';
    expect(await run(id, yaml)).toEqual([]);
  });
  it("accepts a stakeholder whose name contains «departement», case-insensitively", async () => {
    const yaml = P + LEGAL + 'stakeholders:\n  - { id: jd, name: "Justis- og beredskapsDEPARTEMENTET", involvement: "dialogmøter" }\n';
    expect(await run(id, yaml)).toEqual([]);
  });
  it("does not accept a ministry stakeholder whose involvement is a placeholder", async () => {
    const yaml = P + LEGAL + 'stakeholders:\n  - { id: jd, name: Justisdepartementet, involvement: TBD }\n';
    expect(await run(id, yaml)).toHaveLength(1);
  });
  it("does not fire when no legal changes are needed (absent, empty or placeholders only)", async () => {
    expect(await run(id, P)).toEqual([]);
    expect(await run(id, P + "needs:\n  legal_changes_needed: []\n")).toEqual([]);
    expect(await run(id, P + 'needs:\n  legal_changes_needed: ["TBD", ""]\n')).toEqual([]);
  });
  it("does not apply at BP1", async () => {
    expect(await run(id, P + LEGAL, "BP1")).toEqual([]);
    expect((await run(id, P + LEGAL, "BP4"))[0]!.severity).toBe("warning");
  });
  it("does not fire on its example", async () => {
    const p = minimalProject({ ministry: "Barne- og familiedepartementet" });
    const mod = await loadRule(id);
    const body = mod!.example.split("\n").slice(2).join("\n"); // the example's project lines are in p
    expect(await run(id, p + body + "\n")).toEqual([]);
  });
});

describe("needs theme", () => {
  it("a complete needs section gives no needs finding at BP4", async () => {
    const yaml =
      minimalProject({ phase: "gjennomføre" }) +
      `needs:
  users: ["barnevernstjenestene"]
  user_involvement: "brukerpanel"
  problem_statement: "papirbasert mottak"
  strategy_link: "strategi 2030"
  story: { why: "a", why_now: "b", for_users: "c", for_employees: "d" }
  goals:
    - { id: g1, indicator: "andel", baseline: "0", target: "100 %", status: delvis }
  alternatives:
    - { id: null-alternativ, cost_mnok: 180 }
    - { id: a, chosen: true, cost_mnok: 250, benefit_mnok: 900 }
    - { id: b, cost_mnok: 610, benefit_assessment: "x" }
  legal_changes_needed: []
`;
    const r = await lintText(yaml);
    expect(r.status).toBe("checked");
    expect(r.findings.filter((f) => f.rule.startsWith("needs/"))).toEqual([]);
  });
});
