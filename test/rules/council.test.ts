import { describe, expect, it } from "vitest";
import type { Gate } from "../../src/types.js";
import documentsLate from "../../rules/council/documents-late.js";
import leaderAbsent from "../../rules/council/leader-absent.js";
import qaSchemeThreshold from "../../rules/council/qa-scheme-threshold.js";
import questionsMissing from "../../rules/council/questions-missing.js";
import recommendationsUnanswered from "../../rules/council/recommendations-unanswered.js";
import themeGap from "../../rules/council/theme-gap.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

// minimalProject() is 7 lines (version, project:, five keys); `  council:` appended is line 8.
const P = minimalProject();
const TODAY = "2026-06-15";

async function run(yaml: string, rule: string, options: { gate?: Gate; today?: string } = {}) {
  return findingsOf(await lintText(yaml, { only: [rule], gate: options.gate ?? "BP2", today: options.today ?? TODAY }), rule);
}

/** A council block under project (lines 8 onward). */
function council(...lines: string[]): string {
  return P + "  council:\n" + lines.map((l) => `    ${l}\n`).join("");
}

/** A rule's example, whose `project:` fragment merges into the minimal project. */
function withExample(example: string): string {
  return P + example.replace(/^project:\n/, "") + "\n";
}

const ALL = [documentsLate, questionsMissing, qaSchemeThreshold, leaderAbsent, themeGap, recommendationsUnanswered];
const IDS = ALL.map((r) => r.id);

describe("council theme: metadata and applicability", () => {
  it("its rules belong to the council theme (ids and gates: test/catalogue/rules.*.json)", () => {
    for (const r of ALL) expect(r.theme).toBe("council");
  });

  it("no council rule applies when project.council is absent or null", async () => {
    const bare = minimalProject({ cost_estimate_mnok: 900 });
    for (const yaml of [bare, bare + "  council:\n", bare + "  council: null\n"]) {
      for (const gate of ["BP1", "BP4", "BP6"] as Gate[]) {
        const r = await lintText(yaml, { only: IDS, gate, today: TODAY });
        expect(findingsOf(r, "council/theme-gap")).toEqual([]);
        expect(r.findings).toEqual([]);
      }
    }
  });

  it("an empty council ({}) is present: the rules apply", async () => {
    const r = await lintText(minimalProject({ cost_estimate_mnok: 900 }) + "  council: {}\n", { only: IDS, gate: "BP1", today: TODAY });
    const rules = new Set(r.findings.map((f) => f.rule));
    expect([...rules].sort()).toEqual([...IDS].sort().filter((id) => id !== "council/recommendations-unanswered"));
  });

  it("the rules hold at every gate, from BP1", async () => {
    const yaml = council("leader_attends: false");
    for (const gate of ["BP1", "BP2", "BP3", "BP4", "BP5", "BP6"] as Gate[]) {
      expect((await run(yaml, "council/leader-absent", { gate }))[0]!.severity).toBe("warning");
    }
  });
});

describe("council/documents-late", () => {
  const id = "council/documents-late";
  it("fires when the documents went less than 14 days before the meeting", async () => {
    const yaml = council("meeting_date: 2026-09-20", "documents_sent: 2026-09-10");
    const f = await run(yaml, id, { gate: "BP1" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "error", pointer: "/project/council/documents_sent", line: 10, column: 5 });
    expect(f[0]!.message).toContain("10 dag");
    expect(f[0]!.message).toContain("2026-09-20");
  });
  it("is error at every gate", async () => {
    const yaml = council("meeting_date: 2026-09-20", "documents_sent: 2026-09-10");
    for (const gate of ["BP1", "BP3", "BP6"] as Gate[]) expect((await run(yaml, id, { gate }))[0]!.severity).toBe("error");
  });
  it("accepts exactly 14 days, and flags 13", async () => {
    expect(await run(council("meeting_date: 2026-09-20", "documents_sent: 2026-09-06"), id)).toEqual([]);
    expect(await run(council("meeting_date: 2026-09-20", "documents_sent: 2026-09-07"), id)).toHaveLength(1);
  });
  it("flags documents sent after the meeting", async () => {
    const f = await run(council("meeting_date: 2026-03-01", "documents_sent: 2026-03-04"), id);
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("3 dag(er) etter");
  });
  it("does not depend on the run date when both dates are given", async () => {
    const yaml = council("meeting_date: 2025-12-10", "documents_sent: 2025-11-20");
    for (const today of ["2025-01-01", "2025-12-09", "2030-01-01"]) expect(await run(yaml, id, { today })).toEqual([]);
  });
  it("accepts documents sent while the meeting has no date", async () => {
    expect(await run(council("documents_sent: 2026-06-01"), id)).toEqual([]);
  });
  it("flags missing documents when the meeting date is missing too (at the council key)", async () => {
    const f = await run(council("leader_attends: true"), id);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/project/council/documents_sent", line: 8, column: 3 });
    expect(f[0]!.message).toContain("Verken");
  });
  it("with documents not sent, compares the meeting date with the run date", async () => {
    // today 2026-06-15: 2026-06-29 is 14 days after, 2026-06-28 is 13.
    expect(await run(council("meeting_date: 2026-06-29"), id, { today: TODAY })).toEqual([]);
    expect(await run(council("meeting_date: 2026-07-20"), id, { today: TODAY })).toEqual([]);
    const soon = await run(council("meeting_date: 2026-06-28"), id, { today: TODAY });
    expect(soon).toHaveLength(1);
    expect(soon[0]!.message).toContain("mindre enn 14 dager");
    const same = await run(council("meeting_date: 2026-06-15", "documents_sent:"), id, { today: TODAY });
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ pointer: "/project/council/documents_sent", line: 10, column: 5 });
    const past = await run(council("meeting_date: 2026-05-01"), id, { today: TODAY });
    expect(past).toHaveLength(1);
    expect(past[0]!.message).toContain("var 2026-05-01");
    // the same dossier, checked as of an earlier day, is in time
    expect(await run(council("meeting_date: 2026-05-01"), id, { today: "2026-04-01" })).toEqual([]);
  });
  it("treats documents_sent: null as not sent", async () => {
    expect(await run(council("meeting_date: 2026-06-20", "documents_sent: null"), id)).toHaveLength(1);
  });
  it("is satisfied by its example", async () => {
    expect(await run(withExample(documentsLate.example), id)).toEqual([]);
  });
});

describe("council/questions-missing", () => {
  const id = "council/questions-missing";
  it("fires when questions are absent, at the council key", async () => {
    const f = await run(council("leader_attends: true"), id, { gate: "BP1" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/project/council/questions", line: 8, column: 3 });
  });
  it("fires on an empty list, pointing at the key", async () => {
    const f = await run(council("leader_attends: true", "questions: []"), id);
    expect(f[0]).toMatchObject({ pointer: "/project/council/questions", line: 10, column: 5 });
  });
  it("is satisfied by its example", async () => {
    expect(await run(withExample(questionsMissing.example), id)).toEqual([]);
  });
});

describe("council/qa-scheme-threshold", () => {
  const id = "council/qa-scheme-threshold";
  it("fires over 300 MNOK when the project goes to the council", async () => {
    const yaml = minimalProject({ cost_estimate_mnok: 450 }) + "  council:\n    leader_attends: true\n";
    const f = await run(yaml, id, { gate: "BP1" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "info", pointer: "/project/cost_estimate_mnok", line: 8, column: 3 });
    expect(f[0]!.message).toContain("450 MNOK");
  });
  it("does not fire at exactly 300, without an estimate, or without a council", async () => {
    expect(await run(minimalProject({ cost_estimate_mnok: 300 }) + "  council: {}\n", id)).toEqual([]);
    expect(await run(minimalProject({ cost_estimate_mnok: null }) + "  council: {}\n", id)).toEqual([]);
    expect(await run(minimalProject({ cost_estimate_mnok: 301 }), id)).toEqual([]);
    expect(await run(minimalProject({ cost_estimate_mnok: 300.5 }) + "  council: {}\n", id)).toHaveLength(1);
  });
  it("is satisfied by its example", async () => {
    expect(await run(withExample(qaSchemeThreshold.example), id)).toEqual([]);
  });
});

describe("council/leader-absent", () => {
  const id = "council/leader-absent";
  it("fires on false, pointing at the key", async () => {
    const f = await run(council("meeting_date: 2026-09-01", "leader_attends: false"), id);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/project/council/leader_attends", line: 10, column: 5 });
  });
  it("fires on null and when absent", async () => {
    expect(await run(council("leader_attends:"), id)).toHaveLength(1);
    expect(await run(council("meeting_date: 2026-09-01"), id)).toHaveLength(1);
  });
  it("is satisfied by its example", async () => {
    expect(await run(withExample(leaderAbsent.example), id)).toEqual([]);
  });
});

describe("council/theme-gap", () => {
  const id = "council/theme-gap";
  const C = "  council:\n    leader_attends: true\n"; // lines 8–9

  it("gives one finding per missing theme, naming it, at the missing section", async () => {
    const f = await run(P + C, id, { gate: "BP1" });
    expect(f.map((x) => x.pointer).sort()).toEqual(
      ["/benefits", "/governance", "/instruments/architecture", "/instruments/market", "/needs", "/uncertainty"].sort(),
    );
    for (const x of f) expect(x).toMatchObject({ severity: "warning", line: 1, column: 1 });
    const byPointer = Object.fromEntries(f.map((x) => [x.pointer, x.message]));
    expect(byPointer["/governance"]).toContain("tema 1, organisering og styring");
    expect(byPointer["/needs"]).toContain("tema 2, behov, mål og løsning");
    expect(byPointer["/uncertainty"]).toContain("tema 3, usikkerhet");
    expect(byPointer["/benefits"]).toContain("tema 4, nyttevirkninger (gevinster)");
    expect(byPointer["/instruments/market"]).toContain("tema 5, konkurransestrategi");
    expect(byPointer["/instruments/architecture"]).toContain("tema 6, IT-politiske føringer");
  });

  it("names the theme in English too", async () => {
    const r = await lintText(P + C, { only: [id], gate: "BP1", lang: "en", today: TODAY });
    expect(findingsOf(r, id).find((x) => x.pointer === "/governance")!.message).toContain("theme 1, organisering og styring");
  });

  it("points at an existing but empty section", async () => {
    const yaml = P + C + "governance: {}\nneeds:\n  users: [innbyggere]\nuncertainty: []\n";
    const f = await run(yaml, id);
    const gov = f.find((x) => x.pointer === "/governance");
    expect(gov).toMatchObject({ line: 10, column: 1 });
    expect(f.find((x) => x.pointer === "/uncertainty")).toMatchObject({ line: 13, column: 1 });
    expect(f.find((x) => x.pointer === "/needs")).toBeUndefined();
  });

  it("theme 6 is missing only when both instruments.architecture and security are", async () => {
    const market = "instruments:\n  market:\n    assessed: true\n"; // lines 10–12
    const onlySecurity = await run(P + C + market + "security:\n  dpia: done\n", id);
    expect(onlySecurity.find((x) => x.pointer === "/instruments/architecture")).toBeUndefined();
    const onlyArch = await run(P + C + market + "  architecture:\n    assessed: false\n", id);
    expect(onlyArch.find((x) => x.pointer === "/instruments/architecture")).toBeUndefined();
    const neither = await run(P + C + market + "security: {}\n", id);
    const six = neither.filter((x) => x.pointer === "/instruments/architecture");
    expect(six).toHaveLength(1);
    expect(six[0]).toMatchObject({ line: 10, column: 1 });
    expect(neither.find((x) => x.pointer === "/instruments/market")).toBeUndefined();
  });

  it("is satisfied by its example once the project has a council", async () => {
    expect(await run(P + C + themeGap.example + "\n", id)).toEqual([]);
  });

  it("does not apply without a council", async () => {
    expect(await run(P, id)).toEqual([]);
  });
});

describe("council/recommendations-unanswered", () => {
  const id = "council/recommendations-unanswered";

  it("(a) fires when the meeting is more than 7 days before the run date and no recommendations are recorded", async () => {
    const yaml = council("meeting_date: 2026-06-01", "leader_attends: true");
    const f = await run(yaml, id, { gate: "BP1", today: TODAY });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, severity: "warning", pointer: "/project/council/recommendations", line: 8, column: 3 });
    expect(f[0]!.message).toContain("14 dager");
  });
  it("(a) counts days from the run date: 7 days is in time, 8 is not", async () => {
    const yaml = council("meeting_date: 2026-06-08", "recommendations: []");
    expect(await run(yaml, id, { today: "2026-06-15" })).toEqual([]);
    const f = await run(yaml, id, { today: "2026-06-16" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/project/council/recommendations", line: 10, column: 5 });
  });
  it("(a) does not fire for a future meeting or one without a date", async () => {
    expect(await run(council("meeting_date: 2026-09-01"), id)).toEqual([]);
    expect(await run(council("leader_attends: true"), id)).toEqual([]);
  });

  it("(b) fires once per recommendation without a response, pointing at it", async () => {
    const yaml = council(
      "meeting_date: 2026-03-01", // line 9
      "recommendations:", // line 10
      "  - id: a1", // line 11
      "    text: Kartlegg beslutningsstrukturen.", // line 12
      "    response: Kartlegges med KS innen mars.", // line 13
      "  - id: a2", // line 14
      "    text: Sett av midler til kommunene.", // line 15
      "  - id: a3", // line 16
      "    response: TBD", // line 17
    );
    const f = await run(yaml, id, { gate: "BP1" });
    expect(f).toHaveLength(2);
    expect(f[0]).toMatchObject({ severity: "warning", pointer: "/project/council/recommendations/1/response", line: 14, column: 9 });
    expect(f[0]!.message).toContain("a2");
    expect(f[1]).toMatchObject({ pointer: "/project/council/recommendations/2/response", line: 17, column: 9 });
    expect(f[1]!.message).toContain("a3");
  });
  it("(b) does not depend on the run date", async () => {
    const yaml = council("meeting_date: 2026-09-01", "recommendations:", "  - { id: a1, text: Gjør noe }");
    for (const today of ["2026-01-01", "2026-09-02", "2028-01-01"]) expect(await run(yaml, id, { today })).toHaveLength(1);
  });
  it("(b) takes a longer response containing «mangler» as an answer", async () => {
    const yaml = council("recommendations:", "  - { id: a1, response: \"Avklaring mangler fra KS, men tiltaket er planlagt.\" }");
    expect(await run(yaml, id)).toEqual([]);
  });
  it("is satisfied by its example", async () => {
    expect(await run(withExample(recommendationsUnanswered.example), id, { today: TODAY })).toEqual([]);
  });
});
