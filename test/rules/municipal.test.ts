import { describe, expect, it } from "vitest";
import type { Gate } from "../../src/types.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";


// minimalProject() is 7 lines; DEP adds lines 8–9.
const DEP = "municipal:\n  depends_on_municipal_decisions: true\n";

async function run(yaml: string, id: string, gate?: Gate, today?: string) {
  return findingsOf(await lintText(yaml, { only: [id], gate, today }), id);
}

describe("municipal/dependency-unanswered", () => {
  const id = "municipal/dependency-unanswered";
  const withKommune = minimalProject() + "stakeholders:\n  - { id: kommunene, name: Kommunene, level: kommune }\n";

  it("fires for a state project with a municipal stakeholder and no answer, at the nearest existing parent", async () => {
    const f = await run(withKommune, id, "BP1");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/municipal/depends_on_municipal_decisions", line: 1, column: 1 });
  });

  it("points at the key when it is present but null", async () => {
    const f = await run(withKommune + "municipal:\n  depends_on_municipal_decisions:\n", id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", pointer: "/municipal/depends_on_municipal_decisions", line: 11, column: 3 });
  });

  it("is a warning at BP1 and an error from BP2 on", async () => {
    expect((await run(withKommune, id, "BP1"))[0]!.severity).toBe("warning");
    for (const gate of ["BP2", "BP3", "BP6"] as Gate[]) expect((await run(withKommune, id, gate))[0]!.severity).toBe("error");
  });

  it("counts fylkeskommune and interkommunalt stakeholders as municipal", async () => {
    for (const level of ["fylkeskommune", "interkommunalt"]) {
      const f = await run(minimalProject() + `stakeholders:\n  - { id: x, name: X, level: ${level} }\n`, id, "BP2");
      expect(f, level).toHaveLength(1);
    }
  });

  it("does not fire when the dependency is answered, false included", async () => {
    expect(await run(withKommune + DEP, id, "BP2")).toEqual([]);
    expect(await run(withKommune + "municipal:\n  depends_on_municipal_decisions: false\n", id, "BP2")).toEqual([]);
  });

  it("does not fire for a municipal project, or without municipal stakeholders", async () => {
    const kommuneProject = minimalProject({ level: "kommune" }) + "stakeholders:\n  - { id: naboen, name: Nabokommunen, level: kommune }\n";
    expect(await run(kommuneProject, id, "BP2")).toEqual([]);
    const onlyOthers =
      minimalProject() + "stakeholders:\n  - { id: visma, name: Visma, level: privat }\n  - { id: skatt, name: Skatteetaten, level: stat }\n";
    expect(await run(onlyOthers, id, "BP2")).toEqual([]);
    expect(await run(minimalProject() + "stakeholders:\n", id, "BP2")).toEqual([]);
  });
});

describe("municipal/actor-mapping-missing", () => {
  const id = "municipal/actor-mapping-missing";

  it("fires when no municipal stakeholder is fully classified, pointing at stakeholders", async () => {
    const yaml =
      minimalProject() +
      DEP +
      "stakeholders:\n" + // line 10
      "  - { id: kommunene, name: Kommunene, level: kommune, importance: høy, replaceability: lav }\n" +
      "  - { id: bufdir, name: Bufdir, level: stat, importance: høy, replaceability: lav, strategy: samarbeid }\n";
    const f = await run(yaml, id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/stakeholders", line: 10, column: 1 });
  });

  it("fires at the document root when there are no stakeholders", async () => {
    const f = await run(minimalProject() + DEP, id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/stakeholders", line: 1, column: 1 });
  });

  it("does not fire when one municipal stakeholder has importance, replaceability and strategy", async () => {
    const yaml =
      minimalProject() +
      DEP +
      "stakeholders:\n  - { id: a, name: A, level: kommune }\n  - { id: ks, name: KS, level: interkommunalt, importance: lav, replaceability: høy, strategy: fasilitering }\n";
    expect(await run(yaml, id, "BP2")).toEqual([]);
  });

  it("is not active at BP1 and stays an error later", async () => {
    const yaml = minimalProject() + DEP;
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect((await run(yaml, id, "BP4"))[0]!.severity).toBe("error");
  });

  it("does not fire when the project does not depend on municipal decisions", async () => {
    expect(await run(minimalProject() + "municipal:\n  depends_on_municipal_decisions: false\n", id, "BP2")).toEqual([]);
    expect(await run(minimalProject(), id, "BP2")).toEqual([]);
  });
});

describe("municipal/decision-structures-unmapped", () => {
  const id = "municipal/decision-structures-unmapped";

  it("gives one finding per unmapped structure, pointing at it", async () => {
    const yaml =
      minimalProject() +
      DEP +
      "  decision_structures:\n" + // line 10
      "    - { model: egen-kommune, mapped: true }\n" +
      "    - { model: interkommunalt-it-selskap }\n" + // line 12
      "    - model: annet\n" + // line 13
      "      mapped: false\n";
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/municipal/decision_structures/1", line: 12, column: 7 });
    expect(f[0]!.message).toContain("interkommunalt-it-selskap");
    expect(f[1]).toMatchObject({ pointer: "/municipal/decision_structures/2", line: 13, column: 7 });
  });

  it("fires once when the list is missing or empty", async () => {
    const absent = await run(minimalProject() + DEP, id, "BP3");
    expect(absent).toHaveLength(1);
    expect(absent[0]).toMatchObject({ pointer: "/municipal/decision_structures", line: 8, column: 1 });
    const empty = await run(minimalProject() + DEP + "  decision_structures: []\n", id, "BP3");
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ pointer: "/municipal/decision_structures", line: 10, column: 3 });
  });

  it("is off before BP3, a warning at BP3 and an error from BP4 on", async () => {
    const yaml = minimalProject() + DEP;
    expect(await run(yaml, id, "BP2")).toEqual([]);
    expect((await run(yaml, id, "BP3"))[0]!.severity).toBe("warning");
    expect((await run(yaml, id, "BP4"))[0]!.severity).toBe("error");
    expect((await run(yaml, id, "BP6"))[0]!.severity).toBe("error");
  });

  it("does not fire when every structure is mapped, or without the dependency", async () => {
    const mapped = "  decision_structures:\n    - { model: egen-kommune, mapped: true }\n";
    expect(await run(minimalProject() + DEP + mapped, id, "BP4")).toEqual([]);
    expect(await run(minimalProject() + "municipal:\n  depends_on_municipal_decisions: false\n", id, "BP4")).toEqual([]);
  });
});

describe("municipal/ks-not-involved", () => {
  const id = "municipal/ks-not-involved";

  it("fires when neither ks_role nor an involved KS stakeholder is given", async () => {
    const yaml = minimalProject() + DEP + "stakeholders:\n  - { id: ks, name: KS, level: interkommunalt }\n";
    const f = await run(yaml, id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/municipal/ks_role", line: 8, column: 1 });
  });

  it("treats a placeholder ks_role as missing", async () => {
    const f = await run(minimalProject() + DEP + '  ks_role: "TBD"\n', id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/municipal/ks_role", line: 10, column: 3 });
  });

  it("does not fire with a ks_role, or a KS stakeholder (by id, or by name in any case) with involvement", async () => {
    expect(await run(minimalProject() + DEP + '  ks_role: "KS koordinerer kommunene"\n', id, "BP2")).toEqual([]);
    const byName = minimalProject() + DEP + 'stakeholders:\n  - { id: kommunesektoren, name: ks, involvement: "Sitter i styringsgruppen" }\n';
    expect(await run(byName, id, "BP2")).toEqual([]);
    const byId = minimalProject() + DEP + 'stakeholders:\n  - { id: ks, name: Kommunesektorens organisasjon, involvement: "Månedlige møter" }\n';
    expect(await run(byId, id, "BP2")).toEqual([]);
  });

  it("a stakeholder that is not KS does not count", async () => {
    const yaml = minimalProject() + DEP + 'stakeholders:\n  - { id: ks-agenda, name: KS Agenda, involvement: "Innleid" }\n';
    expect(await run(yaml, id, "BP2")).toHaveLength(1);
  });

  it("is not active at BP1 and stays a warning later", async () => {
    const yaml = minimalProject() + DEP;
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect((await run(yaml, id, "BP5"))[0]!.severity).toBe("warning");
  });
});

describe("municipal/rollout-plan-missing", () => {
  const id = "municipal/rollout-plan-missing";

  it("fires when the project depends on municipal decisions and has no rollout plan", async () => {
    const f = await run(minimalProject() + DEP + "  rollout_plan: mangler\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/municipal/rollout_plan", line: 10, column: 3 });
  });

  it("a longer text merely containing «mangler» is an answer", async () => {
    const yaml = minimalProject() + DEP + '  rollout_plan: "Pilot i 8 kommuner; plan for pulje 3 mangler ennå detaljer"\n';
    expect(await run(yaml, id, "BP3")).toEqual([]);
  });

  it("is off before BP3, a warning at BP3 and an error from BP4 on", async () => {
    const yaml = minimalProject() + DEP;
    expect(await run(yaml, id, "BP2")).toEqual([]);
    expect((await run(yaml, id, "BP3"))[0]).toMatchObject({ severity: "warning", line: 8, column: 1 });
    expect((await run(yaml, id, "BP4"))[0]!.severity).toBe("error");
  });

  it("does not fire without the dependency", async () => {
    expect(await run(minimalProject(), id, "BP4")).toEqual([]);
  });
});

describe("municipal/benefits-for-municipalities-missing", () => {
  const id = "municipal/benefits-for-municipalities-missing";
  const sh = "stakeholders:\n  - { id: bufdir, name: Bufdir, level: stat }\n  - { id: fylkene, name: Fylkeskommunene, level: fylkeskommune }\n";

  it("fires when no municipal benefit is shown", async () => {
    const yaml = minimalProject() + DEP + sh + "benefits:\n  - { id: b1, recipient: bufdir }\n  - { id: b2, recipient: ukjent }\n  - { id: b3 }\n";
    const f = await run(yaml, id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/municipal/municipal_benefits", line: 8, column: 1 });
  });

  it("does not fire when a benefit's recipient is a municipal stakeholder", async () => {
    const yaml = minimalProject() + DEP + sh + "benefits:\n  - { id: b1, recipient: fylkene }\n";
    expect(await run(yaml, id, "BP2")).toEqual([]);
  });

  it("does not fire with municipal_benefits; a placeholder there does not count", async () => {
    expect(await run(minimalProject() + DEP + '  municipal_benefits: "Mindre dobbeltregistrering"\n', id, "BP2")).toEqual([]);
    const f = await run(minimalProject() + DEP + '  municipal_benefits: "?"\n', id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ line: 10, column: 3 });
  });

  it("is not active at BP1", async () => {
    expect(await run(minimalProject() + DEP, id, "BP1")).toEqual([]);
  });
});

describe("municipal/low-commitment", () => {
  const id = "municipal/low-commitment";
  const counts = (committed: number, total: number) => `  municipalities_total: ${total}\n  municipalities_committed: ${committed}\n`;

  it("fires when under 25 % have committed and there is no rollout plan", async () => {
    const f = await run(minimalProject() + DEP + counts(8, 357), id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/municipal/municipalities_committed", line: 11, column: 3 });
    expect(f[0]!.message).toContain("8 av 357");
  });

  it("uses a strict 25 % threshold", async () => {
    expect(await run(minimalProject() + DEP + counts(24, 100), id, "BP3")).toHaveLength(1);
    expect(await run(minimalProject() + DEP + counts(25, 100), id, "BP3")).toEqual([]);
  });

  it("zero committed counts as given", async () => {
    expect(await run(minimalProject() + DEP + counts(0, 10), id, "BP3")).toHaveLength(1);
  });

  it("does not fire with a rollout plan, with a count missing, or without the dependency", async () => {
    expect(await run(minimalProject() + DEP + counts(8, 357) + '  rollout_plan: "Puljer"\n', id, "BP3")).toEqual([]);
    expect(await run(minimalProject() + DEP + "  municipalities_total: 357\n", id, "BP3")).toEqual([]);
    expect(await run(minimalProject() + DEP + "  municipalities_total: 357\n  municipalities_committed:\n", id, "BP3")).toEqual([]);
    const noDep = minimalProject() + "municipal:\n  depends_on_municipal_decisions: false\n" + counts(8, 357);
    expect(await run(noDep, id, "BP3")).toEqual([]);
  });

  it("is off before BP3 and stays a warning later", async () => {
    const yaml = minimalProject() + DEP + counts(8, 357);
    expect(await run(yaml, id, "BP2")).toEqual([]);
    expect((await run(yaml, id, "BP5"))[0]!.severity).toBe("warning");
  });
});

describe("municipal/rollout-behind-target", () => {
  const id = "municipal/rollout-behind-target";

  it("at BP3 fires (info) only when committed_target is missing, pointing at it", async () => {
    const f = await run(minimalProject() + DEP + "  municipalities_committed: 3\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "info", pointer: "/municipal/committed_target", line: 8, column: 1 });
    const nullTarget = await run(minimalProject() + DEP + "  committed_target:\n", id, "BP3");
    expect(nullTarget[0]).toMatchObject({ pointer: "/municipal/committed_target", line: 10, column: 3 });
  });

  it("at BP3 does not compare the counts", async () => {
    const yaml = minimalProject() + DEP + "  committed_target: 120\n  municipalities_committed: 8\n";
    expect(await run(yaml, id, "BP3")).toEqual([]);
    expect(await run(minimalProject() + DEP + "  committed_target: 120\n", id, "BP3")).toEqual([]);
  });

  it("from BP4 on fires (warning) when committed is below the target, pointing at municipalities_committed", async () => {
    const yaml = minimalProject() + DEP + "  committed_target: 120\n  municipalities_committed: 8\n";
    for (const gate of ["BP4", "BP5", "BP6"] as Gate[]) {
      const f = await run(yaml, id, gate);
      expect(f, gate).toHaveLength(1);
      expect(f[0]).toMatchObject({ severity: "warning", pointer: "/municipal/municipalities_committed", line: 11, column: 3 });
    }
  });

  it("from BP4 on fires when municipalities_committed is missing", async () => {
    const f = await run(minimalProject() + DEP + "  committed_target: 120\n", id, "BP4");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/municipal/municipalities_committed", line: 8, column: 1 });
  });

  it("at BP4 a missing target is still the one finding, pointing at committed_target", async () => {
    const f = await run(minimalProject() + DEP + "  municipalities_committed: 8\n", id, "BP4");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/municipal/committed_target" });
  });

  it("does not fire when the target is met, without the dependency, or before BP3", async () => {
    expect(await run(minimalProject() + DEP + "  committed_target: 120\n  municipalities_committed: 120\n", id, "BP4")).toEqual([]);
    expect(await run(minimalProject() + "municipal:\n  municipalities_committed: 1\n", id, "BP4")).toEqual([]);
    expect(await run(minimalProject() + DEP, id, "BP2")).toEqual([]);
  });
});
