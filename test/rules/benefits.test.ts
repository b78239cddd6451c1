import { describe, expect, it } from "vitest";
import type { Gate } from "../../src/types.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";


async function run(yaml: string, id: string, gate?: Gate, today?: string) {
  return findingsOf(await lintText(yaml, { only: [id], gate, today }), id);
}

/** minimalProject() is 7 lines, so `benefits:` is line 8 and the first item line 9. */
function benefits(...lines: string[]): string {
  return minimalProject() + "benefits:\n" + lines.map((l) => `  - ${l}\n`).join("");
}

describe("benefits/missing", () => {
  const id = "benefits/missing";

  it("fires when there are no benefits, at the nearest existing node", async () => {
    const f = await run(minimalProject(), id, "BP1");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/benefits", line: 1, column: 1 });
    const empty = await run(minimalProject() + "benefits: []\n", id, "BP2");
    expect(empty[0]).toMatchObject({ severity: "error", pointer: "/benefits", line: 8, column: 1 });
  });

  it("is a warning at BP1 and an error from BP2 on", async () => {
    expect((await run(minimalProject() + "benefits:\n", id, "BP1"))[0]!.severity).toBe("warning");
    for (const gate of ["BP2", "BP4", "BP6"] as Gate[]) expect((await run(minimalProject(), id, gate))[0]!.severity).toBe("error");
  });

  it("does not fire with one benefit", async () => {
    expect(await run(benefits("{ id: b1 }"), id, "BP2")).toEqual([]);
  });
});

describe("benefits/owner-missing", () => {
  const id = "benefits/owner-missing";

  it("gives one finding per benefit without owner, pointing at it", async () => {
    const yaml = benefits("{ id: b1 }", "{ id: b2, owner: {} }", '{ id: b3, owner: { name: "Kari Nordmann", in_line: true } }');
    const f = await run(yaml, id, "BP2");
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/benefits/0/owner", line: 9, column: 5 });
    expect(f[0]!.message).toContain("b1");
    expect(f[0]!.message).toContain("nytteeier (gevinsteier)");
    expect(f[1]).toMatchObject({ pointer: "/benefits/1/owner", line: 10, column: 15 });
  });

  it("labels a benefit without id by its position", async () => {
    const f = await run(benefits("{ description: x }"), id, "BP2");
    expect(f[0]!.message).toContain("#1");
  });

  it("a role-only owner is an owner (its name is not required here)", async () => {
    expect(await run(benefits('{ id: b1, owner: { role: "barnevernsleder", organisation: kommunene } }'), id, "BP2")).toEqual([]);
  });

  it("is off at BP1 and an error from BP2 on", async () => {
    expect(await run(benefits("{ id: b1 }"), id, "BP1")).toEqual([]);
    expect((await run(benefits("{ id: b1 }"), id, "BP6"))[0]!.severity).toBe("error");
  });
});

describe("benefits/owner-not-in-line", () => {
  const id = "benefits/owner-not-in-line";
  const pm = 'governance:\n  project_manager: { name: "Ola Hansen", organisation: Testetaten }\n'; // lines 8–9

  it("fires when the project manager owns a benefit (names compared case-insensitively)", async () => {
    const yaml = minimalProject() + pm + "benefits:\n" + '  - { id: b1, owner: { name: "ola hansen", in_line: true } }\n'; // line 11
    const f = await run(yaml, id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/benefits/0/owner", line: 11, column: 15 });
    expect(f[0]!.message).toContain("Prosjektlederen");
  });

  it("fires when in_line is not true, pointing at in_line or, when absent, the owner", async () => {
    const yaml = benefits(
      '{ id: b1, owner: { name: "Kari", in_line: false } }', // line 9
      '{ id: b2, owner: { name: "Per" } }', // line 10
      '{ id: b3, owner: { name: "Liv", in_line: true } }',
    );
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ severity: "error", pointer: "/benefits/0/owner/in_line", line: 9, column: 38 });
    expect(f[1]).toMatchObject({ pointer: "/benefits/1/owner/in_line", line: 10, column: 15 });
  });

  it("leaves a missing owner to benefits/owner-missing", async () => {
    expect(await run(benefits("{ id: b1 }", "{ id: b2, owner: }"), id, "BP3")).toEqual([]);
  });

  it("placeholder names do not make the owner the project manager", async () => {
    const yaml = minimalProject() + 'governance:\n  project_manager: { name: "TBD" }\nbenefits:\n  - { id: b1, owner: { name: "tbd", in_line: true } }\n';
    expect(await run(yaml, id, "BP3")).toEqual([]);
  });

  it("is off at BP1, a warning at BP2 and an error from BP3 on", async () => {
    const yaml = benefits('{ id: b1, owner: { name: "Kari" } }');
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect((await run(yaml, id, "BP2"))[0]!.severity).toBe("warning");
    expect((await run(yaml, id, "BP5"))[0]!.severity).toBe("error");
  });
});

describe("benefits/owner-outside-recipient", () => {
  const id = "benefits/owner-outside-recipient";
  const sh =
    "stakeholders:\n" + // line 8
    "  - { id: kommunene, name: Kommunene, level: kommune }\n" +
    "  - { id: innbyggere, name: Innbyggerne, level: privat }\n"; // lines 9–10; benefits: 11, first item 12

  it("fires when the owner does not belong to a public recipient", async () => {
    const yaml = minimalProject() + sh + "benefits:\n" + '  - { id: b1, recipient: kommunene, owner: { name: "Kari", organisation: Bufdir, in_line: true } }\n';
    const f = await run(yaml, id, "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "info", pointer: "/benefits/0/owner", line: 12, column: 37 });
    expect(f[0]!.message).toContain("Kommunene");
  });

  it("an owner without organisation belongs to none", async () => {
    const yaml = minimalProject() + sh + "benefits:\n" + '  - { id: b1, recipient: kommunene, owner: { name: "Kari" } }\n';
    expect(await run(yaml, id, "BP3")).toHaveLength(1);
  });

  it("does not fire when the owner belongs to the recipient by name or id, any case", async () => {
    const yaml =
      minimalProject() +
      sh +
      "benefits:\n" +
      '  - { id: b1, recipient: kommunene, owner: { name: "Kari", organisation: KOMMUNENE } }\n' +
      '  - { id: b2, recipient: kommunene, owner: { name: "Per", organisation: "kommunene" } }\n';
    expect(await run(yaml, id, "BP3")).toEqual([]);
  });

  it("does not fire for a private recipient, an unknown recipient or a missing owner", async () => {
    const yaml =
      minimalProject() +
      sh +
      "benefits:\n" +
      '  - { id: b1, recipient: innbyggere, owner: { name: "Kari", organisation: Bufdir } }\n' +
      '  - { id: b2, recipient: ukjent, owner: { name: "Kari", organisation: Bufdir } }\n' +
      "  - { id: b3, recipient: kommunene }\n";
    expect(await run(yaml, id, "BP3")).toEqual([]);
  });

  it("is off at BP1, info at BP2 and a warning from BP3 on", async () => {
    const yaml = minimalProject() + sh + "benefits:\n" + '  - { id: b1, recipient: kommunene, owner: { name: "Kari", organisation: Bufdir } }\n';
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect((await run(yaml, id, "BP2"))[0]!.severity).toBe("info");
    expect((await run(yaml, id, "BP3"))[0]!.severity).toBe("warning");
    expect((await run(yaml, id, "BP6"))[0]!.severity).toBe("warning");
  });
});

describe("benefits/recipient-missing", () => {
  const id = "benefits/recipient-missing";

  it("gives one finding per benefit without recipient; placeholders count as missing", async () => {
    const yaml = benefits("{ id: b1, recipient: kommunene }", "{ id: b2 }", '{ id: b3, recipient: "Uavklart" }');
    const f = await run(yaml, id, "BP2");
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/benefits/1/recipient", line: 10, column: 5 });
    expect(f[1]).toMatchObject({ pointer: "/benefits/2/recipient", line: 11, column: 15 });
  });

  it("is off at BP1, a warning at BP2 and an error from BP3 on", async () => {
    const yaml = benefits("{ id: b1 }");
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect((await run(yaml, id, "BP2"))[0]!.severity).toBe("warning");
    expect((await run(yaml, id, "BP3"))[0]!.severity).toBe("error");
  });
});

describe("benefits/not-measurable", () => {
  const id = "benefits/not-measurable";

  it("points at the missing key, or at the benefit when both are missing", async () => {
    const yaml = benefits(
      '{ id: b1, indicator: "tid", target: 0 }', // line 9: target 0 is an answer
      '{ id: b2, target: "2 dager" }', // line 10
      '{ id: b3, indicator: "tid" }', // line 11
      "{ id: b4 }", // line 12
    );
    const f = await run(yaml, id, "BP2");
    expect(f.map((x) => x.pointer)).toEqual(["/benefits/1/indicator", "/benefits/2/target", "/benefits/3"]);
    expect(f[0]).toMatchObject({ severity: "warning", line: 10, column: 5 });
    expect(f[1]).toMatchObject({ line: 11, column: 5 });
    expect(f[2]).toMatchObject({ line: 12, column: 5 });
    expect(f[2]!.message).toContain("verken indikator eller målverdi");
  });

  it("is off at BP1, a warning at BP2 and an error from BP3 on", async () => {
    const yaml = benefits("{ id: b1 }");
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect((await run(yaml, id, "BP2"))[0]!.severity).toBe("warning");
    expect((await run(yaml, id, "BP4"))[0]!.severity).toBe("error");
  });
});

describe("benefits/estimate-missing", () => {
  const id = "benefits/estimate-missing";

  it("fires once when there is no estimate and no benefits, at project", async () => {
    const f = await run(minimalProject(), id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/project/benefit_estimate_mnok", line: 2, column: 1 });
  });

  it("fires at benefits when the estimate is given but no benefit is quantified", async () => {
    // minimalProject with one extra field is 8 lines: benefits is line 9.
    const yaml = minimalProject({ benefit_estimate_mnok: 900 }) + "benefits:\n  - { id: b1, type: kvalitativ }\n  - { id: b2 }\n";
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/benefits", line: 9, column: 1 });
  });

  it("fires at the estimate when benefits are quantified but the estimate is missing", async () => {
    const yaml = minimalProject({ benefit_estimate_mnok: null }) + "benefits:\n  - { id: b1, type: kvantitativ }\n";
    const f = await run(yaml, id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/project/benefit_estimate_mnok", line: 8, column: 3 });
  });

  it("does not fire with an estimate and a kvantitativ or økonomisk benefit", async () => {
    for (const type of ["kvantitativ", "økonomisk"]) {
      const yaml = minimalProject({ benefit_estimate_mnok: 0 }) + `benefits:\n  - { id: b1, type: ${type} }\n`;
      expect(await run(yaml, id, "BP3"), type).toEqual([]);
    }
  });

  it("is off before BP3 and stays a warning later", async () => {
    expect(await run(minimalProject(), id, "BP2")).toEqual([]);
    expect((await run(minimalProject(), id, "BP6"))[0]!.severity).toBe("warning");
  });
});

describe("benefits/baseline-missing", () => {
  const id = "benefits/baseline-missing";

  it("gives one finding per benefit without baseline; a numeric 0 is a baseline", async () => {
    const f = await run(benefits("{ id: b1, baseline: 0 }", '{ id: b2, baseline: "-" }'), id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/benefits/1/baseline", line: 10, column: 15 });
    expect(f[0]!.message).toContain("b2");
  });

  it("is off before BP3, a warning at BP3 and an error from BP4 on", async () => {
    const yaml = benefits("{ id: b1 }");
    expect(await run(yaml, id, "BP2")).toEqual([]);
    expect((await run(yaml, id, "BP3"))[0]!.severity).toBe("warning");
    expect((await run(yaml, id, "BP4"))[0]!.severity).toBe("error");
  });
});

describe("benefits/realisation-date-missing", () => {
  const id = "benefits/realisation-date-missing";

  it("gives one finding per benefit without realisation_date", async () => {
    const f = await run(benefits("{ id: b1, realisation_date: 2027-06-30 }", "{ id: b2 }"), id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/benefits/1/realisation_date", line: 10, column: 5 });
  });

  it("is off before BP3 and stays a warning", async () => {
    expect(await run(benefits("{ id: b1 }"), id, "BP2")).toEqual([]);
    expect((await run(benefits("{ id: b1 }"), id, "BP6"))[0]!.severity).toBe("warning");
  });
});

describe("benefits/not-confirmed-by-owner", () => {
  const id = "benefits/not-confirmed-by-owner";

  it("gives one finding per benefit without confirmed_on", async () => {
    const f = await run(benefits("{ id: b1, confirmed_on: 2026-03-12 }", "{ id: b2, confirmed_on: }"), id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/benefits/1/confirmed_on", line: 10, column: 15 });
  });

  it("is off before BP3", async () => {
    expect(await run(benefits("{ id: b1 }"), id, "BP2")).toEqual([]);
  });
});

describe("benefits/realisation-plan-missing", () => {
  const id = "benefits/realisation-plan-missing";

  it("fires when the plan is missing or a placeholder", async () => {
    const f = await run(minimalProject() + "benefits_plan:\n  realisation_plan: TBA\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/benefits_plan/realisation_plan", line: 9, column: 3 });
    expect(f[0]!.message).toContain("plan for nyttestyring (gevinstrealiseringsplan)");
    expect((await run(minimalProject(), id, "BP3"))[0]).toMatchObject({ line: 1, column: 1 });
  });

  it("does not fire with a plan, and is off before BP3", async () => {
    expect(await run(minimalProject() + 'benefits_plan:\n  realisation_plan: "Vedlegg 4"\n', id, "BP3")).toEqual([]);
    expect(await run(minimalProject(), id, "BP2")).toEqual([]);
  });
});

describe("benefits/plan-not-updated", () => {
  const id = "benefits/plan-not-updated";
  const plan = (updated: string) => minimalProject() + `benefits_plan:\n  realisation_plan: x\n  updated: ${updated}\n`; // updated: line 10

  it("fires when the update date is missing", async () => {
    const f = await run(minimalProject() + "benefits_plan:\n  realisation_plan: x\n", id, "BP4");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/benefits_plan/updated", line: 8, column: 1 });
  });

  it("before BP6 an old date is fine", async () => {
    for (const gate of ["BP4", "BP5"] as Gate[]) expect(await run(plan("2020-01-01"), id, gate, "2026-06-15")).toEqual([]);
  });

  it("at BP6 fires when the date is more than 365 days before the run date", async () => {
    const f = await run(plan("2025-06-14"), id, "BP6", "2026-06-15");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/benefits_plan/updated", line: 10, column: 3 });
    expect(f[0]!.message).toContain("366");
    expect(await run(plan("2025-06-15"), id, "BP6", "2026-06-15")).toEqual([]);
    expect(await run(plan("2026-09-01"), id, "BP6", "2026-06-15")).toEqual([]);
  });

  it("the same file passes or fails at BP6 depending on the run date", async () => {
    expect(await run(plan("2025-03-01"), id, "BP6", "2026-02-28")).toEqual([]);
    expect(await run(plan("2025-03-01"), id, "BP6", "2026-03-02")).toHaveLength(1);
  });

  it("is off before BP4", async () => {
    expect(await run(minimalProject(), id, "BP3")).toEqual([]);
  });
});

describe("benefits/line-capacity-unassessed", () => {
  const id = "benefits/line-capacity-unassessed";

  it("fires when no one is named to follow up after the project", async () => {
    const f = await run(minimalProject() + 'benefits_plan:\n  follow_up_after_project: " "\n', id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/benefits_plan/follow_up_after_project", line: 9, column: 3 });
  });

  it("is off before BP3, a warning at BP3 and an error from BP4 on", async () => {
    expect(await run(minimalProject(), id, "BP2")).toEqual([]);
    expect((await run(minimalProject(), id, "BP3"))[0]!.severity).toBe("warning");
    expect((await run(minimalProject(), id, "BP4"))[0]!.severity).toBe("error");
  });

  it("does not fire with a follow-up", async () => {
    expect(await run(minimalProject() + 'benefits_plan:\n  follow_up_after_project: "Seksjon X"\n', id, "BP4")).toEqual([]);
  });
});

describe("benefits/external-recipient-without-dialogue", () => {
  const id = "benefits/external-recipient-without-dialogue";
  // project.organisation is "Testetaten".
  const sh =
    "stakeholders:\n" + // line 8
    "  - { id: egen, name: TESTETATEN }\n" +
    "  - { id: testetaten, name: Etaten }\n" +
    "  - { id: kommunene, name: Kommunene, level: kommune, agreement: ingen }\n" +
    '  - { id: ks, name: KS, involvement: "Referansegruppe" }\n' +
    "  - { id: visma, name: Visma, level: privat, agreement: kontrakt }\n" +
    "  - { id: skatt, name: Skatteetaten, level: stat, agreement: intensjonsavtale }\n" +
    "  - { id: frivillige, name: Frivilligsentralene, level: frivillig }\n"; // lines 9–15; benefits: 16

  it("gives one finding per benefit whose external recipient has no involvement and no agreement", async () => {
    const yaml =
      minimalProject() +
      sh +
      "benefits:\n" +
      "  - { id: b1, recipient: egen }\n" + // 17: own organisation by name
      "  - { id: b2, recipient: testetaten }\n" + // 18: own organisation by id
      "  - { id: b3, recipient: kommunene }\n" + // 19: fires (agreement ingen)
      "  - { id: b4, recipient: ks }\n" + // 20: involved
      "  - { id: b5, recipient: visma }\n" + // 21: has agreement
      "  - { id: b6, recipient: skatt }\n" + // 22: an intensjonsavtale is an agreement here
      "  - { id: b7, recipient: frivillige }\n" + // 23: fires (agreement missing)
      "  - { id: b8, recipient: ukjent }\n"; // 24: no such stakeholder
    const f = await run(yaml, id, "BP2");
    expect(f.map((x) => x.pointer)).toEqual(["/benefits/2/recipient", "/benefits/6/recipient"]);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", line: 19, column: 15 });
    expect(f[0]!.message).toContain("Kommunene");
    expect(f[0]!.message).toContain("b3");
  });

  it("is off at BP1 and stays a warning later", async () => {
    const yaml = minimalProject() + sh + "benefits:\n  - { id: b1, recipient: kommunene }\n";
    expect(await run(yaml, id, "BP1")).toEqual([]);
    expect((await run(yaml, id, "BP4"))[0]!.severity).toBe("warning");
  });
});

describe("benefits/no-early-benefits", () => {
  const id = "benefits/no-early-benefits";

  it("fires as info from BP3 when early_benefits is missing", async () => {
    const f = await run(minimalProject() + "benefits_plan:\n  early_benefits: ikke avklart\n", id, "BP3");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "info", pointer: "/benefits_plan/early_benefits", line: 9, column: 3 });
    expect(await run(minimalProject(), id, "BP2")).toEqual([]);
  });

  it("does not fire with early benefits", async () => {
    expect(await run(minimalProject() + 'benefits_plan:\n  early_benefits: "Portalen i pilotkommunene"\n', id, "BP3")).toEqual([]);
  });
});

describe("benefits/reviews-unscheduled", () => {
  const id = "benefits/reviews-unscheduled";

  it("fires from BP5 when reviews is missing", async () => {
    const f = await run(minimalProject() + "benefits_plan:\n  reviews:\n", id, "BP5");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/benefits_plan/reviews", line: 9, column: 3 });
  });

  it("is off before BP5, a warning at BP5 and an error at BP6", async () => {
    expect(await run(minimalProject(), id, "BP4")).toEqual([]);
    expect((await run(minimalProject(), id, "BP5"))[0]!.severity).toBe("warning");
    expect((await run(minimalProject(), id, "BP6"))[0]!.severity).toBe("error");
  });

  it("does not fire with scheduled reviews", async () => {
    expect(await run(minimalProject() + 'benefits_plan:\n  reviews: "Årlig i juni"\n', id, "BP6")).toEqual([]);
  });
});
