// One source for the dossier's shape: phases and gates listed once (src/types.ts) and every schema
// enum equal to them; the config schema lists every rule id for editors, generated from the rules.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configSchemaText, CONFIG_SCHEMA } from "../scripts/config-schema.mjs";
import { GATES, LEVELS, PHASE_GATE, PHASES } from "../src/types.js";
import { ROOT, runCli } from "./helpers/cli.js";

const dossierSchema = JSON.parse(readFileSync(join(ROOT, "schemas", "dossier.v1.schema.json"), "utf8"));
const configSchema = JSON.parse(readFileSync(join(ROOT, "schemas", "config.schema.json"), "utf8"));

describe("phases and gates", () => {
  it("are listed once, in order, each phase ended by its gate", () => {
    expect(PHASES).toEqual(["idé", "konsept", "planlegge", "gjennomføre", "avslutte", "realisere"]);
    expect(GATES).toEqual(["BP1", "BP2", "BP3", "BP4", "BP5", "BP6"]);
    expect(PHASES.map((p) => PHASE_GATE[p])).toEqual(GATES);
  });

  it("are what the schemas accept", () => {
    expect(dossierSchema.properties.project.properties.phase.enum).toEqual(PHASES);
    expect(dossierSchema.properties.project.properties.next_gate.enum.filter((g: unknown) => g !== null)).toEqual(GATES);
    expect(configSchema.properties.gate.enum).toEqual(GATES);
    expect(dossierSchema.properties.project.properties.level.enum).toEqual(LEVELS);
  });

  it("are what init and --gate offer", () => {
    const help = runCli(["init", "--help", "--lang", "en"]).stdout.replace(/\s+/g, " ");
    expect(help).toContain(`(choices: ${PHASES.map((p) => `"${p}"`).join(", ")}, default: "konsept")`);
    expect(runCli(["init", "--help"]).stdout.replace(/\s+/g, " ")).toContain(`(valg: ${PHASES.map((p) => `"${p}"`).join(", ")}, standard: "konsept")`);
    const check = runCli(["check", "--help", "--lang", "en"]).stdout.replace(/\s+/g, " ");
    expect(check).toContain(`(choices: ${GATES.map((g) => `"${g}"`).join(", ")})`);
  });
});

describe("the config schema", () => {
  const rules = JSON.parse(runCli(["rules", "--format", "json", "--lang", "nb"]).stdout) as Array<{ id: string; theme: string }>;

  it("lists every rule id and every theme/* under rules, so an editor completes them", () => {
    const listed = Object.keys(configSchema.properties.rules.properties);
    const themes = [...new Set(rules.map((r) => `${r.theme}/*`))].sort();
    expect(listed).toEqual([...themes, ...rules.map((r) => r.id).sort()]);
    for (const r of rules) expect(configSchema.properties.rules.properties[r.id].$ref).toBe("#/properties/rules/additionalProperties");
  });

  it("is up to date with the rules' metadata (else: npm run schemas)", () => {
    expect(readFileSync(CONFIG_SCHEMA, "utf8")).toBe(configSchemaText(rules));
  });

  it("still reports an unknown rule id with a suggestion, as before the ids were listed", () => {
    const r = runCli(["check", "examples", "--rule", "governance/owner-mising=off"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("governance/owner-missing");
  });
});
