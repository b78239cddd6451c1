import { describe, expect, it } from "vitest";
import { severityAt } from "../../src/evaluate/rule.js";
import { GATES } from "../../src/types.js";
import architectureUnassessed from "../../rules/instruments/architecture-unassessed.js";
import financingUnassessed from "../../rules/instruments/financing-unassessed.js";
import implementationFunding from "../../rules/instruments/implementation-funding-missing.js";
import lawBeforeSofter from "../../rules/instruments/law-before-softer-means.js";
import legalUnassessed from "../../rules/instruments/legal-unassessed.js";
import marketUnassessed from "../../rules/instruments/market-unassessed.js";
import { findingsOf, lintText, minimalProject, type LintTextOptions } from "../helpers/lint.js";

async function run(yaml: string, rule: string, opts: LintTextOptions = {}) {
  return findingsOf(await lintText(yaml, { only: [rule], ...opts }), rule);
}

/** A state project with a municipal stakeholder: multi-level. */
const MULTI = "stakeholders:\n  - { id: kommunene, name: Kommunene, level: kommune }\n";
/** A state project whose only other stakeholders are a vendor, a voluntary group and another state body: not multi-level. */
const SINGLE =
  "stakeholders:\n  - { id: visma, name: Visma, level: privat }\n  - { id: frivillige, name: Frivillige, level: frivillig }\n  - { id: nav, name: NAV, level: stat }\n";
const DEPENDS = "municipal:\n  depends_on_municipal_decisions: true\n";

describe("instruments examples", () => {
  const all = [legalUnassessed, marketUnassessed, architectureUnassessed, financingUnassessed, implementationFunding, lawBeforeSofter];
  for (const rule of all) {
    it(`${rule.id}: its own example satisfies it, in a multi-level project, at every gate where it applies`, async () => {
      for (const gate of GATES.filter((g) => severityAt(rule.gates, g) !== undefined)) {
        expect(await run(minimalProject() + rule.example + "\n" + MULTI, rule.id, { gate })).toEqual([]);
      }
    });
  }
});

describe.each([
  ["instruments/legal-unassessed", "legal", "(instruments.legal.assessed)"],
  ["instruments/market-unassessed", "market", "(instruments.market.assessed)"],
])("%s (multi-level only)", (id, section, path) => {
  const notAssessed = `instruments:\n  ${section}:\n    assessed: false\n`; // lines 8–10

  it("fires in a multi-level project, at the key", async () => {
    const f = await run(minimalProject() + notAssessed + MULTI, id, { gate: "BP2" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, pointer: `/instruments/${section}/assessed`, severity: "warning", line: 10, column: 5, theme: "instruments" });
    expect(f[0]!.message).toContain(path);
  });

  it("fires when the project depends on municipal decisions, and when the section is absent", async () => {
    const f = await run(minimalProject() + DEPENDS, id, { gate: "BP3" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: `/instruments/${section}/assessed`, severity: "error", line: 1, column: 1 });
  });

  it("fires on a null section, at the nearest existing key", async () => {
    const f = await run(minimalProject() + `instruments:\n  ${section}: null\n` + MULTI, id, { gate: "BP3" });
    expect(f[0]).toMatchObject({ line: 9, column: 3 });
  });

  it("fires for a kommune project with a state stakeholder", async () => {
    const yaml = minimalProject({ level: "kommune" }) + "stakeholders:\n  - { id: bufdir, name: Bufdir, level: stat }\n";
    expect(await run(yaml, id, { gate: "BP2" })).toHaveLength(1);
  });

  it("is silent when the project is not multi-level (vendors, voluntary groups and same-level bodies do not count)", async () => {
    expect(await run(minimalProject() + notAssessed + SINGLE, id, { gate: "BP3" })).toEqual([]);
    expect(await run(minimalProject() + notAssessed, id, { gate: "BP3" })).toEqual([]);
  });

  it("is silent when assessed", async () => {
    expect(await run(minimalProject() + `instruments:\n  ${section}:\n    assessed: true\n` + MULTI, id, { gate: "BP3" })).toEqual([]);
  });

  it("does not apply at BP1, warns at BP2, blocks from BP3 on", async () => {
    const yaml = minimalProject() + notAssessed + MULTI;
    expect(await run(yaml, id, { gate: "BP1" })).toEqual([]);
    expect((await run(yaml, id, { gate: "BP2" }))[0]!.severity).toBe("warning");
    expect((await run(yaml, id, { gate: "BP3" }))[0]!.severity).toBe("error");
    expect((await run(yaml, id, { gate: "BP6" }))[0]!.severity).toBe("error");
  });
});

describe.each([
  ["instruments/architecture-unassessed", "architecture", "(instruments.architecture.assessed)"],
  ["instruments/financing-unassessed", "financing", "(instruments.financing.assessed)"],
])("%s (every project)", (id, section, path) => {
  it("fires for a single-level project, at the key", async () => {
    const f = await run(minimalProject() + `instruments:\n  ${section}:\n    assessed: null\n`, id, { gate: "BP2" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: id, pointer: `/instruments/${section}/assessed`, severity: "warning", line: 10, column: 5 });
    expect(f[0]!.message).toContain(path);
  });

  it("fires when instruments is absent or null", async () => {
    expect((await run(minimalProject(), id, { gate: "BP3" }))[0]).toMatchObject({ severity: "error", line: 1, column: 1 });
    expect((await run(minimalProject() + "instruments: null\n", id, { gate: "BP3" }))[0]).toMatchObject({ line: 8, column: 1 });
  });

  it("is silent when assessed", async () => {
    expect(await run(minimalProject() + `instruments:\n  ${section}:\n    assessed: true\n`, id, { gate: "BP3" })).toEqual([]);
  });

  it("does not apply at BP1, warns at BP2, blocks from BP3 on", async () => {
    expect(await run(minimalProject(), id, { gate: "BP1" })).toEqual([]);
    expect((await run(minimalProject(), id, { gate: "BP2" }))[0]!.severity).toBe("warning");
    expect((await run(minimalProject(), id, { gate: "BP4" }))[0]!.severity).toBe("error");
  });
});

describe("instruments/implementation-funding-missing", () => {
  const ID = "instruments/implementation-funding-missing";
  const yaml = (funding: string) =>
    minimalProject() + `instruments:\n  financing:\n    assessed: true\n    implementation_funding: ${funding}\n` + MULTI;

  it("fires in a multi-level project when the funding is a placeholder", async () => {
    const f = await run(yaml("mangler"), ID, { gate: "BP2" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/instruments/financing/implementation_funding", severity: "warning", line: 11, column: 5 });
    expect(f[0]!.message).toContain("(instruments.financing.implementation_funding)");
  });

  it("treats TBD, ?, empty and null as missing", async () => {
    for (const v of ["TBD", '"?"', '""', "null", "'  Uavklart '"]) {
      expect(await run(yaml(v), ID, { gate: "BP3" }), v).toHaveLength(1);
    }
  });

  it("accepts a longer text that merely contains «mangler»", async () => {
    expect(await run(yaml("Midler mangler for 2027; søknad til DigiFin er sendt"), ID, { gate: "BP3" })).toEqual([]);
  });

  it("is silent in a project that is not multi-level", async () => {
    expect(await run(minimalProject() + SINGLE, ID, { gate: "BP3" })).toEqual([]);
  });

  it("fires when depends_on_municipal_decisions is true and instruments is absent", async () => {
    const f = await run(minimalProject() + DEPENDS, ID, { gate: "BP3" });
    expect(f[0]).toMatchObject({ severity: "error", line: 1, column: 1 });
  });

  it("does not apply at BP1, warns at BP2, blocks from BP3 on", async () => {
    expect(await run(yaml("TBD"), ID, { gate: "BP1" })).toEqual([]);
    expect((await run(yaml("TBD"), ID, { gate: "BP2" }))[0]!.severity).toBe("warning");
    expect((await run(yaml("TBD"), ID, { gate: "BP5" }))[0]!.severity).toBe("error");
  });
});

describe("instruments/law-before-softer-means", () => {
  const ID = "instruments/law-before-softer-means";
  const legal = (choice: string, rationale?: string) =>
    minimalProject() +
    `instruments:\n  legal:\n    assessed: true\n    choice: ${choice}\n` +
    (rationale === undefined ? "" : `    rationale: ${rationale}\n`);

  it("fires when lov is chosen and the rationale mentions neither softer means", async () => {
    const f = await run(legal("lov", "Alle kommuner må med"), ID, { gate: "BP2" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/instruments/legal/rationale", severity: "warning", line: 12, column: 5 });
    expect(f[0]!.message).toContain("lov");
    expect(f[0]!.message).toContain("(instruments.legal.rationale)");
  });

  it("fires for forskrift without a rationale, at the legal section", async () => {
    const f = await run(legal("forskrift"), ID, { gate: "BP3" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/instruments/legal/rationale", severity: "warning", line: 9, column: 3 });
    const en = await run(legal("forskrift"), ID, { gate: "BP3", lang: "en" });
    expect(en[0]!.message).toMatch(/^The chosen legal instrument is forskrift, but the rationale mentions neither veiledning nor normering/);
  });

  it("is silent when the rationale mentions veiledning or normering, in any case", async () => {
    expect(await run(legal("lov", "VEILEDNING er prøvd i tre år"), ID, { gate: "BP2" })).toEqual([]);
    expect(await run(legal("forskrift", "Etter Normeringen sto 40 kommuner utenfor"), ID, { gate: "BP2" })).toEqual([]);
  });

  it("is silent for softer choices and for no choice", async () => {
    for (const choice of ["ingen", "veiledning", "normering", "null"]) {
      expect(await run(legal(choice, "Ingen begrunnelse"), ID, { gate: "BP2" })).toEqual([]);
    }
    expect(await run(minimalProject() + "instruments:\n  legal: null\n", ID, { gate: "BP2" })).toEqual([]);
  });

  it("does not apply at BP1, warns at BP2 and BP3, and is off from BP4", async () => {
    const yaml = legal("lov", "Alle må med");
    expect(await run(yaml, ID, { gate: "BP1" })).toEqual([]);
    expect((await run(yaml, ID, { gate: "BP2" }))[0]!.severity).toBe("warning");
    expect((await run(yaml, ID, { gate: "BP3" }))[0]!.severity).toBe("warning");
    for (const gate of ["BP4", "BP5", "BP6"] as const) expect(await run(yaml, ID, { gate })).toEqual([]);
  });
});
