import { describe, expect, it } from "vitest";
import { loadRule } from "../../src/evaluate/registry.js";
import type { Gate } from "../../src/types.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

// minimalProject() gives lines 1–7; "stakeholders:" is line 8, the first item line 9.
const P = minimalProject();
const SH = (lines: string[]) => P + "stakeholders:\n" + lines.map((l) => `  - ${l}\n`).join("");

async function run(rule: string, yaml: string, gate: Gate = "BP3", lang: "nb" | "en" = "nb") {
  return findingsOf(await lintText(yaml, { only: [rule], gate, lang }), rule);
}

async function exampleIsClean(rule: string, gate: Gate) {
  const mod = await loadRule(rule);
  expect(mod).toBeDefined();
  expect(await run(rule, P + mod!.example + "\n", gate)).toEqual([]);
}

const rows = (f: Array<{ pointer: string; line: number; column: number; severity: string }>) =>
  f.map((x) => [x.pointer, x.line, x.column, x.severity]);

describe("stakeholders/missing", () => {
  const id = "stakeholders/missing";
  it("fires on an empty list, at the key", async () => {
    const f = await run(id, P + "stakeholders: []\n", "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/stakeholders", line: 8, column: 1 });
  });
  it("fires when absent (at the document), null, or only empty items", async () => {
    expect((await run(id, P, "BP2"))[0]).toMatchObject({ pointer: "/stakeholders", line: 1, column: 1 });
    expect(await run(id, P + "stakeholders:\n", "BP2")).toHaveLength(1);
    expect(await run(id, P + "stakeholders: [{}]\n", "BP2")).toHaveLength(1);
  });
  it("does not apply at BP1, is an error from BP2", async () => {
    expect(await run(id, P, "BP1")).toEqual([]);
    expect((await run(id, P, "BP6"))[0]!.severity).toBe("error");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP2"));
});

describe("stakeholders/unclassified", () => {
  const id = "stakeholders/unclassified";
  const yaml = SH([
    "{ id: ks, name: KS, importance: høy, replaceability: lav }", // 9: classified
    "{ id: bfd, name: Bufdir }", // 10: neither
    "{ id: kommunene, name: Kommunene, importance: høy }", // 11: no replaceability
    "{ id: visma, replaceability: null, importance: lav }", // 12: replaceability null
    "{ name: Statsforvalteren, replaceability: høy }", // 13: no importance
  ]);
  it("gives one finding per unclassified stakeholder", async () => {
    const f = await run(id, yaml);
    expect(rows(f)).toEqual([
      ["/stakeholders/1", 10, 5, "warning"],
      ["/stakeholders/2/replaceability", 11, 5, "warning"],
      ["/stakeholders/3/replaceability", 12, 18, "warning"],
      ["/stakeholders/4/importance", 13, 5, "warning"],
    ]);
  });
  it("names the stakeholder by name, else id", async () => {
    const f = await run(id, yaml);
    expect(f[0]!.message).toContain("Bufdir");
    expect(f[2]!.message).toContain("visma");
    expect(f[3]!.message).toContain("Statsforvalteren");
    expect((await run(id, yaml, "BP3", "en"))[0]!.message).toContain("Stakeholder Bufdir is not classified");
  });
  it("does not apply before BP3", async () => {
    expect(await run(id, yaml, "BP2")).toEqual([]);
    expect((await run(id, yaml, "BP5"))[0]!.severity).toBe("warning");
  });
  it("does not fire when there are no stakeholders", async () => {
    expect(await run(id, P)).toEqual([]);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("stakeholders/key-actor-without-involvement", () => {
  const id = "stakeholders/key-actor-without-involvement";
  const yaml = SH([
    "{ id: ks, name: KS, importance: høy, replaceability: lav }", // 9: key actor, no involvement
    '{ id: bfd, name: Bufdir, importance: høy, replaceability: lav, involvement: "styringsgruppe" }', // 10
    "{ id: visma, name: Visma, importance: høy, replaceability: høy }", // 11: not a key actor
    "{ id: kommunene, name: Kommunene, importance: lav, replaceability: lav }", // 12: not a key actor
    '{ id: dn, name: Diginettverk, importance: høy, replaceability: lav, involvement: "?" }', // 13: placeholder
  ]);
  it("gives one finding per key actor without involvement", async () => {
    const f = await run(id, yaml, "BP2");
    expect(rows(f)).toEqual([
      ["/stakeholders/0/involvement", 9, 5, "warning"],
      ["/stakeholders/4/involvement", 13, 73, "warning"],
    ]);
    expect(f[0]!.message).toContain("Nøkkelaktøren KS");
  });
  it("is a warning at BP2 and an error from BP3, not active at BP1", async () => {
    expect(await run(id, yaml, "BP1")).toEqual([]);
    expect((await run(id, yaml, "BP3")).map((f) => f.severity)).toEqual(["error", "error"]);
    expect((await run(id, yaml, "BP6"))[0]!.severity).toBe("error");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("stakeholders/key-actor-without-agreement", () => {
  const id = "stakeholders/key-actor-without-agreement";
  const yaml = SH([
    "{ id: ks, name: KS, importance: høy, replaceability: lav, agreement: samarbeidsavtale }", // 9
    "{ id: bfd, name: Bufdir, importance: høy, replaceability: lav, agreement: intensjonsavtale }", // 10
    "{ id: kommunene, name: Kommunene, decision_maker: true, agreement: ingen }", // 11
    "{ id: dn, name: Diginettverk, importance: høy, replaceability: lav }", // 12: missing
    "{ id: visma, name: Visma, importance: høy, replaceability: høy }", // 13: neither key actor nor decision maker
    "{ id: fs, name: Fylkene, decision_maker: false, agreement: ingen }", // 14: not a decision maker
    "{ id: kd, name: KDD, decision_maker: true, agreement: kontrakt }", // 15
  ]);
  it("flags key actors and decision makers with no, ingen or intensjonsavtale", async () => {
    const f = await run(id, yaml);
    expect(rows(f)).toEqual([
      ["/stakeholders/1/agreement", 10, 68, "warning"],
      ["/stakeholders/2/agreement", 11, 61, "warning"],
      ["/stakeholders/3/agreement", 12, 5, "warning"],
    ]);
    expect(f[0]!.message).toContain("intensjonsavtale");
    expect(f[1]!.message).toContain("Kommunene");
    expect(f[1]!.message).toContain("ingen avtale");
  });
  it("does not apply before BP3", async () => {
    expect(await run(id, yaml, "BP2")).toEqual([]);
    expect(await run(id, yaml, "BP4")).toHaveLength(3);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("stakeholders/strategy-unknown", () => {
  const id = "stakeholders/strategy-unknown";
  const yaml = SH([
    "{ id: ks, name: KS, importance: høy, strategy: ukjent }", // 9
    "{ id: bfd, name: Bufdir, importance: høy }", // 10
    "{ id: visma, name: Visma, importance: lav }", // 11: not important
    "{ id: kommunene, name: Kommunene, importance: høy, strategy: unngå }", // 12: known
  ]);
  it("flags important stakeholders whose strategy is missing or ukjent", async () => {
    const f = await run(id, yaml);
    expect(rows(f)).toEqual([
      ["/stakeholders/0/strategy", 9, 42, "warning"],
      ["/stakeholders/1/strategy", 10, 5, "warning"],
    ]);
    expect(f[1]!.message).toContain("Bufdir");
  });
  it("does not apply before BP3", async () => {
    expect(await run(id, yaml, "BP2")).toEqual([]);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("stakeholders/blocking-actor", () => {
  const id = "stakeholders/blocking-actor";
  const yaml = SH([
    "{ id: kommunene, name: Kommunene, importance: høy, strategy: unngå }", // 9
    "{ id: oslo, name: Oslo kommune, importance: høy, strategy: gå-alene, involvement: mangler }", // 10
    "{ id: visma, name: Visma, importance: lav, strategy: gå-alene }", // 11: not important
    '{ id: ks, name: KS, importance: høy, strategy: unngå, involvement: "egne møter" }', // 12: involved
    "{ id: bfd, name: Bufdir, importance: høy, strategy: samarbeid }", // 13: not blocking
  ]);
  it("flags important actors that go alone or avoid and are not involved", async () => {
    const f = await run(id, yaml, "BP2");
    expect(rows(f)).toEqual([
      ["/stakeholders/0/involvement", 9, 5, "warning"],
      ["/stakeholders/1/involvement", 10, 74, "warning"],
    ]);
    expect(f[0]!.message).toContain("«unngå»");
    expect(f[1]!.message).toContain("Oslo kommune");
  });
  it("is a warning at BP2, an error from BP3, not active at BP1", async () => {
    expect(await run(id, yaml, "BP1")).toEqual([]);
    expect((await run(id, yaml, "BP3")).map((f) => f.severity)).toEqual(["error", "error"]);
    expect((await run(id, yaml, "BP6"))[0]!.severity).toBe("error");
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("stakeholders/benefits-not-visible", () => {
  const id = "stakeholders/benefits-not-visible";
  const yaml = SH([
    "{ id: ks, name: KS, importance: høy, replaceability: lav }", // 9: key actor
    "{ id: kommunene, name: Kommunene, decision_maker: true, benefits: TBD }", // 10: decision maker
    "{ id: visma, name: Visma, importance: høy, replaceability: høy }", // 11: neither
    '{ id: bfd, name: Bufdir, importance: høy, replaceability: lav, benefits: "Færre klager" }', // 12
  ]);
  it("flags key actors and decision makers without benefits", async () => {
    const f = await run(id, yaml);
    expect(rows(f)).toEqual([
      ["/stakeholders/0/benefits", 9, 5, "warning"],
      ["/stakeholders/1/benefits", 10, 61, "warning"],
    ]);
    expect(f[1]!.message).toContain("Kommunene");
    expect(f[1]!.message).toContain("nyttevirkningene (gevinstene)");
  });
  it("does not apply before BP3", async () => {
    expect(await run(id, yaml, "BP2")).toEqual([]);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("stakeholders/no-shared-problem-understanding", () => {
  const id = "stakeholders/no-shared-problem-understanding";
  const yaml = SH([
    "{ id: ks, name: KS, importance: høy, replaceability: lav, shared_problem_understanding: false }", // 9
    "{ id: bfd, name: Bufdir, importance: høy, replaceability: lav }", // 10
    "{ id: kommunene, name: Kommunene, importance: høy, replaceability: lav, shared_problem_understanding: true }", // 11
    "{ id: visma, name: Visma, importance: høy, replaceability: høy, shared_problem_understanding: false }", // 12
  ]);
  it("flags key actors without shared_problem_understanding: true", async () => {
    const f = await run(id, yaml);
    expect(rows(f)).toEqual([
      ["/stakeholders/0/shared_problem_understanding", 9, 63, "warning"],
      ["/stakeholders/1/shared_problem_understanding", 10, 5, "warning"],
    ]);
    expect(f[0]!.message).toContain("deler ikke");
    expect(f[1]!.message).toContain("ikke avklart");
  });
  it("does not apply before BP3", async () => {
    expect(await run(id, yaml, "BP2")).toEqual([]);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("stakeholders/partner-responsibility-missing", () => {
  const id = "stakeholders/partner-responsibility-missing";
  const yaml = SH([
    "{ id: ks, name: KS, strategy: samarbeid }", // 9
    "{ id: visma, name: Visma, agreement: kontrakt, responsibility: TBD }", // 10
    "{ id: kommunene, name: Kommunene, agreement: samarbeidsavtale }", // 11
    "{ id: bfd, name: Bufdir, agreement: intensjonsavtale, strategy: fasilitering }", // 12: not a partner
    '{ id: dn, name: Diginettverk, strategy: samarbeid, responsibility: "Informerer IT-lederne" }', // 13
  ]);
  it("flags partners without responsibility", async () => {
    const f = await run(id, yaml);
    expect(rows(f)).toEqual([
      ["/stakeholders/0/responsibility", 9, 5, "warning"],
      ["/stakeholders/1/responsibility", 10, 52, "warning"],
      ["/stakeholders/2/responsibility", 11, 5, "warning"],
    ]);
    expect(f[0]!.message).toContain("Samarbeidsparten KS");
  });
  it("does not apply before BP3", async () => {
    expect(await run(id, yaml, "BP2")).toEqual([]);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("stakeholders/information-plan-missing", () => {
  const id = "stakeholders/information-plan-missing";
  const yaml = SH([
    "{ id: fo, name: Fellesorganisasjonen, importance: lav }", // 9
    '{ id: kf, name: Kommuneforlaget, importance: lav, involvement: "" }', // 10
    "{ id: ks, name: KS, importance: høy }", // 11: important
    "{ id: vf, name: Voksne for barn }", // 12: not classified
    '{ id: nyt, name: Nytt forbund, importance: lav, involvement: "Nyhetsbrev" }', // 13
  ]);
  it("flags low-importance stakeholders without involvement", async () => {
    const f = await run(id, yaml);
    expect(rows(f)).toEqual([
      ["/stakeholders/0/involvement", 9, 5, "warning"],
      ["/stakeholders/1/involvement", 10, 55, "warning"],
    ]);
    expect(f[0]!.message).toContain("Fellesorganisasjonen");
  });
  it("does not apply before BP3", async () => {
    expect(await run(id, yaml, "BP2")).toEqual([]);
  });
  it("does not fire on its example", () => exampleIsClean(id, "BP3"));
});

describe("stakeholders theme", () => {
  it("a well-mapped network gives no stakeholders finding at BP4", async () => {
    const yaml = SH([
      '{ id: ks, name: KS, level: kommune, importance: høy, replaceability: lav, strategy: samarbeid, decision_maker: false, benefits: "a", involvement: "b", agreement: samarbeidsavtale, responsibility: "c", shared_problem_understanding: true }',
      '{ id: kommunene, name: Kommunene, level: kommune, importance: høy, replaceability: høy, strategy: unngå, decision_maker: true, benefits: "a", involvement: "b", agreement: kontrakt, responsibility: "c" }',
      '{ id: fo, name: Fellesorganisasjonen, level: frivillig, importance: lav, replaceability: høy, involvement: "nyhetsbrev" }',
    ]);
    const r = await lintText(yaml, { gate: "BP4" });
    expect(r.status).toBe("checked");
    expect(r.findings.filter((f) => f.rule.startsWith("stakeholders/"))).toEqual([]);
  });
});

// Issue 12 item 5: middels is accepted wherever høy/lav are, and is neither: no key actor, not
// "low importance", but classified.
describe("middels importance and replaceability", () => {
  const middels = SH([
    "{ id: ks, name: KS, importance: middels, replaceability: lav }",
    "{ id: bfd, name: Bufdir, importance: høy, replaceability: middels }",
  ]);
  it("is valid and classified", async () => {
    const r = await lintText(middels, { gate: "BP3" });
    expect(r.status).toBe("checked");
    expect(findingsOf(r, "stakeholders/unclassified")).toEqual([]);
  });
  it("makes no key actor and no low-importance actor", async () => {
    expect(await run("stakeholders/key-actor-without-involvement", middels)).toEqual([]);
    expect(await run("stakeholders/information-plan-missing", middels)).toEqual([]);
  });
});
