import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Dossier } from "../../src/dossier.js";
import { loadReferenceData } from "../../src/evaluate/reference-data.js";
import { loadRule } from "../../src/evaluate/registry.js";
import type { Gate } from "../../src/types.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

// minimalProject() is 7 lines (version, project:, id, name, organisation, level, phase);
// the first line after it is line 8.
const P = minimalProject();
const GATES: Gate[] = ["BP1", "BP2", "BP3", "BP4", "BP5", "BP6"];

async function run(yaml: string, rule: string, gate: Gate, only: string[] = [rule]) {
  return findingsOf(await lintText(yaml, { only, gate }), rule);
}


describe("dossier/unknown-reference", () => {
  const id = "dossier/unknown-reference";
  const yaml =
    P +
    "stakeholders:\n" + // 8
    "  - { id: kommunene, name: Kommunene, level: kommune }\n" + // 9
    "  - { id: ks, name: KS, level: kommune }\n" + // 10
    "benefits:\n" + // 11
    "  - id: b1\n" + // 12
    "    recipient: kommunene\n" + // 13
    "  - id: b2\n" + // 14
    "    recipient: kommunen\n" + // 15
    "  - id: b3\n" + // 16
    '    recipient: "TBD"\n' + // 17
    "  - id: b4\n" + // 18
    "    recipient: KS\n" + // 19
    "  - id: b5\n" + // 20
    "  - { id: b6, recipient: Ks }\n"; // 21

  it("fires once per benefit whose recipient names no stakeholder id, at the recipient", async () => {
    const f = await run(yaml, id, "BP1");
    expect(f.map((x) => [x.pointer, x.line, x.column, x.severity])).toEqual([
      ["/benefits/1/recipient", 15, 5, "error"],
      ["/benefits/3/recipient", 19, 5, "error"],
      ["/benefits/5/recipient", 21, 15, "error"],
    ]);
    expect(f[0]!.message).toContain("«b2»");
    expect(f[0]!.message).toContain("«kommunen»");
  });

  it("suggests the id when the recipient is a stakeholder's name or id in another case", async () => {
    const f = await run(yaml, id, "BP1");
    expect(f[1]!.message).toContain("mente du «ks»");
    expect(f[2]!.message).toContain("mente du «ks»");
    const en = findingsOf(await lintText(yaml, { only: [id], gate: "BP1", lang: "en" }), id);
    expect(en[1]!.message).toContain("did you mean «ks»");
  });

  it("is an error at every gate", async () => {
    for (const gate of GATES) expect((await run(yaml, id, gate)).map((x) => x.severity)).toEqual(["error", "error", "error"]);
  });

  it("fires when there are no stakeholders at all", async () => {
    const f = await run(P + "benefits:\n  - { id: b1, recipient: kommunene }\n", id, "BP2");
    expect(f.map((x) => x.pointer)).toEqual(["/benefits/0/recipient"]);
  });

  it("does not fire for missing recipients or ids that resolve", async () => {
    const ok =
      P +
      "stakeholders:\n  - { id: kommunene, name: Kommunene }\nbenefits:\n  - { id: b1, recipient: kommunene }\n" +
      '  - { id: b2, recipient: "" }\n  - { id: b3, recipient: }\n  - { id: b4, recipient: "-" }\n  - { id: b5 }\n';
    expect(await run(ok, id, "BP3")).toEqual([]);
  });
});

describe("dossier/duplicate-id", () => {
  const id = "dossier/duplicate-id";
  const yaml =
    P +
    "needs:\n" + // 8
    "  goals:\n" + // 9
    "    - { id: g1, text: a }\n" + // 10
    "    - { id: g2, text: b }\n" + // 11
    "    - { id: g1, text: c }\n" + // 12
    "    - { id: g1, text: d }\n" + // 13
    "    - { text: e }\n" + // 14
    "    - { id: , text: f }\n" + // 15
    "    - { id: , text: g }\n" + // 16
    "  alternatives:\n" + // 17
    "    - { id: g1 }\n" + // 18
    "stakeholders:\n" + // 19
    "  - { id: ks, name: KS }\n" + // 20
    "  - id: ks\n" + // 21
    "    name: KS igjen\n" + // 22
    "benefits:\n" + // 23
    "  - { id: b1 }\n"; // 24

  it("fires once per item whose id repeats an earlier one in the same list, at its id", async () => {
    const f = await run(yaml, id, "BP1");
    expect(f.map((x) => [x.pointer, x.line, x.column, x.severity])).toEqual([
      ["/needs/goals/2/id", 12, 9, "error"],
      ["/needs/goals/3/id", 13, 9, "error"],
      ["/stakeholders/1/id", 21, 5, "error"],
    ]);
    expect(f[0]!.message).toContain("«g1»");
    expect(f[0]!.message).toContain("needs.goals");
    expect(f[0]!.message).toContain("nr. 1");
  });

  it("is an error at every gate", async () => {
    for (const gate of GATES) expect((await run(yaml, id, gate)).every((x) => x.severity === "error")).toBe(true);
  });

  it("walks every list at any depth: council recommendations, benefits, risks, x_ extensions", async () => {
    const dossier =
      minimalProject({ council: { recommendations: [{ id: "a1" }, { id: "a2" }, { id: "a1" }] } }) +
      "benefits:\n  - { id: b1 }\n  - { id: b1 }\n" +
      "uncertainty:\n  - { id: r1 }\n  - { id: r1 }\n" +
      'x_local:\n  levels:\n    - items: [{ id: 1 }, { id: 1 }, { id: "1" }, [{ id: 1 }]]\n';
    const f = await run(dossier, id, "BP2");
    expect(f.map((x) => x.pointer).sort()).toEqual(
      ["/benefits/1/id", "/project/council/recommendations/2/id", "/uncertainty/1/id", "/x_local/levels/0/items/1/id"].sort(),
    );
  });

  it("does not fire when ids are unique per list, or missing", async () => {
    const ok =
      P +
      "needs:\n  goals:\n    - { id: g1 }\n    - { id: g2 }\n    - { text: a }\n    - { text: b }\n  alternatives:\n    - { id: g1 }\n";
    expect(await run(ok, id, "BP4")).toEqual([]);
  });

  it("is linear in the size of the dossier", async () => {
    const rule = (await loadRule(id))!;
    const goals = Array.from({ length: 100_000 }, (_, i) => ({ id: `g${i % 50_000}` }));
    const dossier = { version: 1, project: parse(P).project, needs: { goals } } as unknown as Dossier;
    const start = performance.now();
    const reports = rule.check({ dossier, gate: "BP2", today: "2026-06-15", data: loadReferenceData() });
    expect(reports).toHaveLength(50_000);
    expect(reports[0]!.pointer).toBe("/needs/goals/50000/id");
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe("dossier/placeholder-value", () => {
  const id = "dossier/placeholder-value";
  const yaml =
    P +
    "governance:\n" + // 8
    "  mandate: TBD\n" + // 9
    '  decision_criteria: "Kriteriene mangler ennå for fase 2"\n' + // 10
    '  escalation: ""\n' + // 11
    '  owner: { name: " Ikke Avklart " }\n' + // 12
    "needs:\n" + // 13
    '  users: ["?", brukere, "-"]\n' + // 14
    "x_local:\n" + // 15
    "  TBD: fine\n" + // 16
    "  note: uavklart\n"; // 17

  it("fires once per placeholder string, pointing at it", async () => {
    const f = await run(yaml, id, "BP1");
    expect(f.map((x) => [x.pointer, x.line, x.column, x.severity])).toEqual([
      ["/governance/mandate", 9, 3, "warning"],
      ["/governance/owner/name", 12, 12, "warning"],
      ["/needs/users/0", 14, 11, "warning"],
      ["/needs/users/2", 14, 25, "warning"],
      ["/x_local/note", 17, 3, "warning"],
    ]);
    expect(f[0]!.message).toContain("«TBD»");
    expect(f[0]!.message).toContain("governance.mandate");
    expect(f[1]!.message).toContain("«Ikke Avklart»");
    expect(f[2]!.message).toContain("needs.users[0]");
  });

  it("matches every placeholder word in any case, and nothing longer", async () => {
    const words = ["tbd", "Tba", "?", "-", "IKKE AVKLART", "Uavklart", "MANGLER"];
    const dossier = P + `needs:\n  users: [${words.map((w) => JSON.stringify(w)).join(", ")}, "mangler noe", "TBD!", "- nei"]\n`;
    const f = await run(dossier, id, "BP2");
    expect(f.map((x) => x.pointer)).toEqual(words.map((_, i) => `/needs/users/${i}`));
  });

  it("is a warning at every gate and ignores keys and empty values", async () => {
    for (const gate of GATES) expect((await run(yaml, id, gate)).map((x) => x.severity)).toEqual(Array(5).fill("warning"));
    expect(await run(P + 'x_local:\n  TBD: fine\n  "?": ok\nneeds:\n  problem_statement: ""\n  users: []\n', id, "BP3")).toEqual([]);
  });

  it("is linear in the size of the dossier", async () => {
    const rule = (await loadRule(id))!;
    const users = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? "TBD" : `bruker ${i}`));
    const dossier = { version: 1, project: parse(P).project, needs: { users } } as unknown as Dossier;
    const start = performance.now();
    const reports = rule.check({ dossier, gate: "BP2", today: "2026-06-15", data: loadReferenceData() });
    expect(reports).toHaveLength(50_000);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it("walks deep nesting without recursion limits", async () => {
    const rule = (await loadRule(id))!;
    let deep: unknown = "TBD";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const dossier = { version: 1, project: parse(P).project, x_deep: deep } as unknown as Dossier;
    const reports = rule.check({ dossier, gate: "BP2", today: "2026-06-15", data: loadReferenceData() });
    expect(reports).toHaveLength(1);
    expect(reports[0]!.pointer).toBe("/x_deep" + "/0".repeat(100_000));
  });
});

describe("dossier/gate-phase-mismatch", () => {
  const id = "dossier/gate-phase-mismatch";

  it("fires when next_gate is not the gate that ends the phase", async () => {
    const yaml = minimalProject({ phase: "konsept", next_gate: "BP3" });
    const f = findingsOf(await lintText(yaml, { only: [id] }), id);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/project/next_gate", line: 8, column: 3 });
    expect(f[0]!.message).toContain("BP3");
    expect(f[0]!.message).toContain("BP2");
    const late = await run(minimalProject({ phase: "avslutte", next_gate: "BP4" }), id, "BP4");
    expect(late[0]!.message).toContain("BP5");
  });

  it("is an error at every gate", async () => {
    const yaml = minimalProject({ phase: "planlegge", next_gate: "BP2" });
    for (const gate of GATES) expect((await run(yaml, id, gate)).map((x) => x.severity)).toEqual(["error"]);
  });

  it("does not fire when next_gate matches the phase, or is absent or null", async () => {
    const pairs: Array<[string, string]> = [
      ["idé", "BP1"],
      ["ide\u0301", "BP1"], // decomposed é, as some editors store it
      ["konsept", "BP2"],
      ["planlegge", "BP3"],
      ["gjennomføre", "BP4"],
      ["avslutte", "BP5"],
      ["realisere", "BP6"],
    ];
    for (const [phase, gate] of pairs) {
      expect(await run(minimalProject({ phase, next_gate: gate }), id, "BP2"), phase).toEqual([]);
    }
    expect(await run(minimalProject({ next_gate: null }), id, "BP2")).toEqual([]);
    expect(await run(P, id, "BP2")).toEqual([]);
  });
});

describe("dossier/waiver-expired and waivers", () => {
  const expired =
    P +
    "governance:\n" + // 8
    "  mandate:\n" + // 9
    "waivers:\n" + // 10
    "  - rule: governance/mandate-missing\n" + // 11
    '    reason: "Vedtas i neste styremøte."\n' + // 12
    "    until: 2026-01-31\n"; // 13
  const only = ["governance/mandate-missing", "dossier/waiver-expired", "dossier/waiver-unused"];

  it("an expired waiver suppresses nothing and raises waiver-expired at its until", async () => {
    const r = await lintText(expired, { only, gate: "BP3", today: "2026-06-15" });
    expect(findingsOf(r, "governance/mandate-missing")).toHaveLength(1);
    expect(r.suppressed).toEqual([]);
    const f = findingsOf(r, "dossier/waiver-expired");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", pointer: "/waivers/0/until", line: 13, column: 5 });
    expect(f[0]!.message).toContain("governance/mandate-missing");
    expect(f[0]!.message).toContain("2026-01-31");
    // an expired waiver is not also reported as unused
    expect(findingsOf(r, "dossier/waiver-unused")).toEqual([]);
  });

  it("is an error at every gate, also where the waived rule does not apply", async () => {
    for (const gate of GATES) {
      const r = await lintText(expired, { only, gate, today: "2026-06-15" });
      expect(findingsOf(r, "dossier/waiver-expired").map((x) => x.severity), gate).toEqual(["error"]);
    }
  });

  it("a waiver valid through the run date suppresses, with its reason, and is not expired", async () => {
    const r = await lintText(expired, { only, gate: "BP3", today: "2026-01-31" });
    expect(findingsOf(r, "governance/mandate-missing")).toEqual([]);
    expect(findingsOf(r, "dossier/waiver-expired")).toEqual([]);
    expect(findingsOf(r, "dossier/waiver-unused")).toEqual([]);
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0]).toMatchObject({ rule: "governance/mandate-missing", pointer: "/governance/mandate", reason: "Vedtas i neste styremøte." });
  });

  it("a waiver dated more than five years ahead (9999-12-31) suppresses nothing and is reported as such", async () => {
    const forever = expired.replace("until: 2026-01-31", "until: 9999-12-31");
    const r = await lintText(forever, { only, gate: "BP3", today: "2026-06-15" });
    expect(findingsOf(r, "governance/mandate-missing")).toHaveLength(1);
    expect(r.suppressed).toEqual([]);
    const [f, ...more] = findingsOf(r, "dossier/waiver-expired");
    expect(more).toEqual([]);
    expect(f).toMatchObject({ severity: "error", pointer: "/waivers/0/until", line: 13, column: 5 });
    expect(f!.message).toContain("9999-12-31");
    expect(f!.message).toContain("2031-06-15"); // the latest date it may have
    expect(findingsOf(r, "dossier/waiver-unused")).toEqual([]);
  });

  it("five years ahead to the day is still within the horizon; a leap day maps to 28 February", async () => {
    const edge = expired.replace("until: 2026-01-31", "until: 2031-06-15");
    expect(findingsOf(await lintText(edge, { only, gate: "BP3", today: "2026-06-15" }), "dossier/waiver-expired")).toEqual([]);
    const past = expired.replace("until: 2026-01-31", "until: 2031-06-16");
    expect(findingsOf(await lintText(past, { only, gate: "BP3", today: "2026-06-15" }), "dossier/waiver-expired")).toHaveLength(1);
    const leap = expired.replace("until: 2026-01-31", "until: 2033-02-28");
    expect(findingsOf(await lintText(leap, { only, gate: "BP3", today: "2028-02-29" }), "dossier/waiver-expired")).toEqual([]);
    const leapPast = expired.replace("until: 2026-01-31", "until: 2033-03-01");
    expect(findingsOf(await lintText(leapPast, { only, gate: "BP3", today: "2028-02-29" }), "dossier/waiver-expired")).toHaveLength(1);
  });

  it("a waiver's reason must be visible text: empty, spaces, or only zero-width characters are schema errors at the reason", async () => {
    for (const reason of ['""', '"   "', '"\u200b\u200d"', '"\u00a0\t"', '"\ufeff\u2060\u00ad"']) {
      const r = await lintText(expired.replace('"Vedtas i neste styremøte."', reason), { gate: "BP3", today: "2026-01-01" });
      expect(r.status, reason).toBe("invalid");
      expect(r.findings.map((x) => [x.rule, x.pointer, x.line, x.column]), reason).toEqual([["schema/format", "/waivers/0/reason", 12, 13]]);
      expect(r.findings[0]!.message, reason).toMatch(/synlig tekst/);
    }
    for (const reason of ['"."', '"Vedtas\u200b i styret"', "ok"]) {
      const r = await lintText(expired.replace('"Vedtas i neste styremøte."', reason), { only, gate: "BP3", today: "2026-01-01" });
      expect(r.status, reason).toBe("checked");
      expect(r.suppressed, reason).toHaveLength(1);
    }
  });

  it("a waiver with path /municipal suppresses a finding under /municipal/decision_structures/1 only", async () => {
    const yaml =
      P +
      "governance:\n" + // 8
      "  mandate: TBD\n" + // 9
      "municipal:\n" + // 10
      "  depends_on_municipal_decisions: true\n" + // 11
      "  decision_structures:\n" + // 12
      "    - { model: egen-kommune, decision_makers: [IT-leder], mapped: true }\n" + // 13
      '    - { model: annet, decision_makers: ["TBD"], mapped: false }\n' + // 14
      "waivers:\n" + // 15
      "  - rule: dossier/placeholder-value\n" + // 16
      "    path: /municipal\n" + // 17
      '    reason: "Beslutningstakerne kartlegges av KS innen mars."\n'; // 18
    const r = await lintText(yaml, { only: ["dossier/placeholder-value", "dossier/waiver-unused"], gate: "BP3" });
    expect(findingsOf(r, "dossier/placeholder-value").map((x) => x.pointer)).toEqual(["/governance/mandate"]);
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0]).toMatchObject({
      rule: "dossier/placeholder-value",
      pointer: "/municipal/decision_structures/1/decision_makers/0",
      line: 14,
      reason: "Beslutningstakerne kartlegges av KS innen mars.",
    });
    expect(r.suppressed[0]!.pointer.startsWith("/municipal/decision_structures/1/")).toBe(true);
    expect(findingsOf(r, "dossier/waiver-unused")).toEqual([]);
  });

  it("a waiver with a path suppresses a governance finding at or under it, and not a sibling's", async () => {
    const yaml =
      P +
      "governance:\n" +
      "  steering_group:\n" +
      "    - { name: A }\n" +
      "    - { name: B }\n" +
      "waivers:\n" +
      "  - rule: governance/steering-member-without-authority\n" +
      "    path: /governance/steering_group/1\n" +
      '    reason: "B får fullmakt i neste styremøte."\n';
    const rule = "governance/steering-member-without-authority";
    const r = await lintText(yaml, { only: [rule, "dossier/waiver-unused"], gate: "BP3" });
    expect(findingsOf(r, rule).map((x) => x.pointer)).toEqual(["/governance/steering_group/0/decision_authority"]);
    expect(r.suppressed.map((x) => [x.rule, x.pointer, x.reason])).toEqual([
      [rule, "/governance/steering_group/1/decision_authority", "B får fullmakt i neste styremøte."],
    ]);
    expect(findingsOf(r, "dossier/waiver-unused")).toEqual([]);
  });
});

describe("dossier/waiver-unused", () => {
  const id = "dossier/waiver-unused";
  const yaml =
    P +
    "waivers:\n" + // 8
    "  - rule: governance/mandat-missing\n" + // 9
    "    reason: skrivefeil\n" + // 10
    "  - rule: governance/mandate-missing\n" + // 11
    "    reason: gjelder fra BP3\n" + // 12
    "  - rule: dossier/placeholder-value\n" + // 13
    "    reason: ingen plassholdere\n"; // 14
  const only = ["governance/mandate-missing", "dossier/placeholder-value", id];

  it("fires for an unknown rule id, a rule that does not apply at the gate, and a rule with no finding", async () => {
    const f = findingsOf(await lintText(yaml, { only, gate: "BP2" }), id);
    expect(f.map((x) => [x.pointer, x.line, x.column, x.severity])).toEqual([
      ["/waivers/0", 9, 5, "warning"],
      ["/waivers/1", 11, 5, "warning"],
      ["/waivers/2", 13, 5, "warning"],
    ]);
    expect(f[0]!.message).toContain("ikke er en kjent regel");
    expect(f[1]!.message).toContain("BP2");
    expect(f[1]!.message).not.toContain("ikke er en kjent regel");
  });

  it("is a warning at every gate; a waiver that matches a finding is used", async () => {
    for (const gate of GATES) {
      const f = findingsOf(await lintText(yaml, { only, gate }), id);
      // from BP3 on governance/mandate-missing fires and its waiver is used
      expect(f.map((x) => x.pointer), gate).toEqual(gate === "BP1" || gate === "BP2" ? ["/waivers/0", "/waivers/1", "/waivers/2"] : ["/waivers/0", "/waivers/2"]);
      expect(f.every((x) => x.severity === "warning")).toBe(true);
    }
  });

  it("a waiver whose path matches none of its rule's findings is unused", async () => {
    const dossier = P + "governance:\n  mandate:\nwaivers:\n  - rule: governance/mandate-missing\n    path: /needs\n    reason: x\n";
    const r = await lintText(dossier, { only, gate: "BP3" });
    expect(findingsOf(r, "governance/mandate-missing")).toHaveLength(1);
    expect(findingsOf(r, id).map((x) => x.pointer)).toEqual(["/waivers/0"]);
  });
});
