import { describe, expect, it } from "vitest";
import { GATES } from "../../src/types.js";
import unknownComponent from "../../rules/architecture/unknown-common-component.js";
import { findingsOf, lintText, minimalProject, type LintTextOptions } from "../helpers/lint.js";

async function run(yaml: string, rule: string, opts: LintTextOptions = {}) {
  return findingsOf(await lintText(yaml, { only: [rule], ...opts }), rule);
}

const DEVIATIONS =
  minimalProject() +
  [
    "instruments:", // 8
    "  architecture:", // 9
    "    deviations:", // 10
    "      - principle: P5", // 11: complete
    "        description: Egen meldingstjeneste", // 12
    "        justification: eFormidling mangler meldingstypen", // 13
    "        reported_to: Digdir", // 14
    "      - principle: P4", // 15: placeholders
    "        justification: TBD", // 16
    '        reported_to: "-"', // 17
    "      - description: Uten prinsipp", // 18: neither key
    "      - { principle: null, justification: Begrunnet, reported_to: Departementet }", // 19: complete
    "",
  ].join("\n");

describe("architecture/deviation-unjustified", () => {
  const ID = "architecture/deviation-unjustified";

  it("gives one finding per deviation without justification", async () => {
    const f = await run(DEVIATIONS, ID, { gate: "BP2" });
    expect(f.map((x) => x.pointer)).toEqual([
      "/instruments/architecture/deviations/1/justification",
      "/instruments/architecture/deviations/2/justification",
    ]);
    expect(f[0]).toMatchObject({ rule: ID, severity: "error", line: 16, column: 9, theme: "architecture" });
    expect(f[0]!.message).toBe(
      "Avviket #2 (P4) fra arkitekturprinsippene er ikke begrunnet (instruments.architecture.deviations.justification).",
    );
    // the key is absent: the finding shows at the item
    expect(f[1]).toMatchObject({ line: 18, column: 9 });
    expect(f[1]!.message).toContain("Avviket #3 fra");
  });

  it("is silent without deviations, and on null lists", async () => {
    expect(await run(minimalProject(), ID, { gate: "BP2" })).toEqual([]);
    expect(await run(minimalProject() + "instruments:\n  architecture:\n    deviations: null\n", ID, { gate: "BP2" })).toEqual([]);
    expect(await run(minimalProject() + "instruments:\n  architecture: null\n", ID, { gate: "BP2" })).toEqual([]);
  });

  it("does not apply at BP1 and is an error from BP2 on", async () => {
    expect(await run(DEVIATIONS, ID, { gate: "BP1" })).toEqual([]);
    expect((await run(DEVIATIONS, ID, { gate: "BP6" })).map((x) => x.severity)).toEqual(["error", "error"]);
  });
});

describe("architecture/deviation-unreported", () => {
  const ID = "architecture/deviation-unreported";

  it("gives one finding per deviation not reported to anyone", async () => {
    const f = await run(DEVIATIONS, ID, { gate: "BP3", lang: "en" });
    expect(f.map((x) => x.pointer)).toEqual([
      "/instruments/architecture/deviations/1/reported_to",
      "/instruments/architecture/deviations/2/reported_to",
    ]);
    expect(f[0]).toMatchObject({ severity: "error", line: 17, column: 9 });
    expect(f[0]!.message).toBe(
      "The deviation #2 (P4) from the architecture principles has not been reported to anyone (instruments.architecture.deviations.reported_to).",
    );
    expect(f[1]).toMatchObject({ line: 18, column: 9 });
  });

  it("does not apply before BP3", async () => {
    expect(await run(DEVIATIONS, ID, { gate: "BP2" })).toEqual([]);
    expect((await run(DEVIATIONS, ID, { gate: "BP5" })).map((x) => x.severity)).toEqual(["error", "error"]);
  });
});

describe("architecture/no-common-components", () => {
  const ID = "architecture/no-common-components";

  it("fires when the list is absent, at the architecture section", async () => {
    const f = await run(minimalProject() + "instruments:\n  architecture:\n    assessed: true\n", ID, { gate: "BP3" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/instruments/architecture/common_components", severity: "warning", line: 9, column: 3 });
    expect(f[0]!.message).toContain("(instruments.architecture.common_components)");
  });

  it("fires on an empty list, on null, and on a list of placeholders only", async () => {
    for (const v of ["[]", "null", '[TBD, "?", ""]']) {
      const f = await run(minimalProject() + `instruments:\n  architecture:\n    common_components: ${v}\n`, ID, { gate: "BP3" });
      expect(f, v).toHaveLength(1);
      expect(f[0]).toMatchObject({ line: 10, column: 5 });
    }
  });

  it("counts an entry that is not in the shipped list as listed", async () => {
    const yaml = minimalProject() + "instruments:\n  architecture:\n    common_components: [Egen innloggingsløsning]\n";
    expect(await run(yaml, ID, { gate: "BP3" })).toEqual([]);
  });

  it("does not apply before BP3 and stays a warning", async () => {
    expect(await run(minimalProject(), ID, { gate: "BP2" })).toEqual([]);
    expect((await run(minimalProject(), ID, { gate: "BP6" }))[0]).toMatchObject({ severity: "warning", line: 1, column: 1 });
  });
});

describe("architecture/unknown-common-component", () => {
  const ID = "architecture/unknown-common-component";
  const yaml =
    minimalProject() +
    [
      "instruments:", // 8
      "  architecture:", // 9
      "    common_components:", // 10
      "      - id-porten", // 11: id
      "      - MASKINPORTEN", // 12: id, other case
      "      - fiks io", // 13: name "Fiks IO", other case
      '      - " krr "', // 14: id, with spaces
      "      - ID-portn", // 15: typo of an id
      "      - Kontakt og reservasjonsregisteret", // 16: typo of a name → its id
      "      - helt-ukjent-komponent-xyz", // 17: nothing close
      "      - TBD", // 18: a placeholder, not a component
      "      - kontakt- og RESERVASJONSREGISTERET", // 19: name, other case
      "",
    ].join("\n");

  it("gives one info finding per unknown entry, suggesting the closest id", async () => {
    const f = await run(yaml, ID, { gate: "BP1" });
    expect(f.map((x) => x.pointer)).toEqual([
      "/instruments/architecture/common_components/4",
      "/instruments/architecture/common_components/5",
      "/instruments/architecture/common_components/6",
    ]);
    expect(f[0]).toMatchObject({ rule: ID, severity: "info", line: 15, column: 9, theme: "architecture" });
    expect(f[0]!.message).toBe("«ID-portn» er ikke en kjent felleskomponent (instruments.architecture.common_components); mente du id-porten?");
    expect(f[1]!.message).toContain("mente du krr?");
    expect(f[2]!.message).not.toContain("mente du");
    expect(f[2]!.message).toContain("«helt-ukjent-komponent-xyz»");
  });

  it("writes English messages", async () => {
    const f = await run(yaml, ID, { gate: "BP1", lang: "en" });
    expect(f[0]!.message).toBe("«ID-portn» is not a known common component (instruments.architecture.common_components); did you mean id-porten?");
  });

  it("applies at every gate as info", async () => {
    for (const gate of GATES) {
      expect((await run(yaml, ID, { gate })).map((x) => x.severity)).toEqual(["info", "info", "info"]);
    }
  });

  it("knows components a config adds to the reference data", () => {
    const dossier = {
      version: 1 as const,
      project: { id: "p", name: "P", organisation: "O", level: "stat" as const, phase: "konsept" as const },
      instruments: { architecture: { common_components: ["Egen IdP", "egen-idp", "egen-ipd"] } },
    };
    const data = { commonComponents: [{ id: "egen-idp", name: "Egen IdP" }], principles: [] };
    const reports = unknownComponent.check({ dossier, gate: "BP2", today: "2026-06-15", data });
    expect(reports).toEqual([
      { pointer: "/instruments/architecture/common_components/2", messageId: "suggestion", data: { entry: "egen-ipd", suggestion: "egen-idp" } },
    ]);
  });

  it("is silent when the list is absent, null or all known", async () => {
    expect(await run(minimalProject(), ID, { gate: "BP3" })).toEqual([]);
    expect(await run(minimalProject() + "instruments:\n  architecture:\n    common_components: null\n", ID)).toEqual([]);
    const known = minimalProject() + "instruments:\n  architecture:\n    common_components: [Altinn, svarut, EHF/Peppol, helsenorge]\n";
    expect(await run(known, ID)).toEqual([]);
  });

  it("knows the health-sector components by id, name and alias (e-resept, kjernejournal, Norsk helsenett)", async () => {
    const health =
      minimalProject() +
      "instruments:\n  architecture:\n    common_components: [e-resept, E-resept, Kjernejournal, norsk-helsenett, Norsk helsenett, helsenettet, NHN, kjernejournl]\n";
    const f = await run(health, ID, { gate: "BP1" });
    expect(f.map((x) => x.pointer)).toEqual(["/instruments/architecture/common_components/7"]);
    expect(f[0]!.message).toContain("mente du kjernejournal?");
  });

  it("points users at `portvokter components`, never at internal docs", async () => {
    for (const lang of ["nb", "en"] as const) {
      const f = await run(yaml, ID, { gate: "BP1", lang });
      expect(f[2]!.message).toContain("portvokter components");
      expect(f[2]!.message).not.toMatch(/\.md\b/);
      expect(f[2]!.source).toBe("portvokter components");
    }
  });
});

describe("architecture/principles-unassessed", () => {
  const ID = "architecture/principles-unassessed";
  const yaml = (level: string) => minimalProject({ level }) + "instruments:\n  architecture:\n    principles_assessed: false\n";

  it("warns at BP2 for a state project, at the key", async () => {
    const f = await run(yaml("stat"), ID, { gate: "BP2" });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: ID, pointer: "/instruments/architecture/principles_assessed", severity: "warning", line: 10, column: 5 });
    expect(f[0]!.message).toContain("(instruments.architecture.principles_assessed)");
  });

  it("escalates to error from BP3 on for a state project", async () => {
    for (const gate of ["BP3", "BP4", "BP6"] as const) {
      expect((await run(yaml("stat"), ID, { gate }))[0]!.severity).toBe("error");
    }
  });

  it("stays a warning from BP3 on for other levels", async () => {
    for (const level of ["kommune", "fylkeskommune", "interkommunalt"]) {
      expect((await run(yaml(level), ID, { gate: "BP3" }))[0]!.severity).toBe("warning");
    }
  });

  it("does not escalate when the severity is overridden", async () => {
    const f = await run(yaml("stat"), ID, { gate: "BP3", overrides: { [ID]: "info" } });
    expect(f[0]!.severity).toBe("info");
  });

  it("fires when instruments is absent or null, and not at BP1", async () => {
    expect((await run(minimalProject(), ID, { gate: "BP3" }))[0]).toMatchObject({ severity: "error", line: 1, column: 1 });
    expect((await run(minimalProject() + "instruments:\n  architecture: null\n", ID, { gate: "BP2" }))[0]).toMatchObject({ line: 9 });
    expect(await run(minimalProject(), ID, { gate: "BP1" })).toEqual([]);
  });

  it("is silent when the principles are assessed", async () => {
    expect(await run(minimalProject() + "instruments:\n  architecture:\n    principles_assessed: true\n", ID, { gate: "BP3" })).toEqual([]);
  });
});
