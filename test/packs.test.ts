// Organisation rule packs (*.pack.yaml, config `packs:`): every check form with its finding's
// pointer, line and column; waivers, --rule and config overrides; rules, explain and SARIF; the
// lint workers; and the positioned refusals of a bad pack. CLI via the built binary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { THEMES } from "../src/types.js";
import { describe, expect, it } from "vitest";
import { json, ROOT, runCli } from "./helpers/cli.js";
import { workspace } from "./helpers/fixtures.js";

const PACK = `version: 1
namespace: t
rules:
  - id: t/schema-then
    theme: governance
    gates: { BP1: error }
    source: Testetatens krav
    description: x_nr er et heltall
    message: "{path} skal være et heltall, ikke «{value}»"
    given: /project/x_nr
    then: { schema: { type: integer } }
  - id: t/kode
    theme: governance
    gates: { BP1: error }
    source: { title: Testetatens kodeverk, locator: "§ 2", url: "https://example.org/kodeverk" }
    description: { nb: koden er tre store bokstaver, en: the code is three capital letters }
    message: { nb: "ugyldig kode i {path}", en: "invalid code in {path}" }
    given: /project/x_kode
    then: { schema: { type: string, pattern: "^[A-Z]{3}$" } }
  - id: t/epost
    theme: governance
    gates: { BP1: error }
    source: Testetatens krav
    description: e-post med @
    message: "ugyldig e-post i {path}"
    given: /project/x_epost
    then: { schema: { type: string, pattern: "@", format: email } }
  - id: t/frist
    theme: governance
    gates: { BP1: warning }
    source: Testetatens krav
    description: fristen er ikke passert
    message: "fristen {value} i {path} er passert"
    given: /project/x_frist
    then: { function: dateNotPast }
  - id: t/plan
    theme: benefits
    gates: { BP1: error }
    source: Testetatens krav
    description: kritiske gevinster har plan
    message: "gevinst {index} ({id}) er kritisk og mangler plan ({path})"
    given: /benefits/*
    when: { type: object, required: [x_kritisk], properties: { x_kritisk: { const: true } } }
    then: { field: x_plan, required: true }
  - id: t/enhet
    theme: benefits
    gates: { BP1: error }
    source: Testetatens krav
    description: enheten er en interessent
    message: "gevinst {index} ({id}): «{value}» i {path} er ingen interessent"
    given: /benefits/*/x_enhet
    then: { function: refersTo, options: { list: /stakeholders } }
  - id: t/ombud
    theme: security
    gates: { BP1: error }
    source: Testetatens krav
    description: personvernombudet er navngitt
    message: "navngi personvernombudet i {path}"
    given: /security/x_ombud
    then: { required: true }
  - id: t/map
    theme: dossier
    gates: { BP1: info }
    source: Testetatens krav
    description: hver verdi i x_map er tekst
    message: "{path} er ikke tekst"
    given: /x_map/*
    then: { schema: { type: string } }
  - id: t/senere
    theme: closure
    gates: { BP5: error }
    source: Testetatens krav
    description: gjelder først ved BP5
    message: "aldri ved BP2"
    given: /closure/x_finnes_ikke
    then: { required: true }
`;

const DOSSIER = `version: 1
project:
  id: test-prosjekt
  name: Test
  organisation: Testetaten
  level: stat
  phase: konsept
  x_nr: abc
  x_frist: 2020-01-01
  x_kode: ABCD
  x_epost: a@b.no
stakeholders:
  - id: enhet-a
    name: Enhet A
benefits:
  - id: b1
    x_kritisk: true
    x_plan: ok
    x_enhet: enhet-a
  - id: b2
    x_kritisk: true
    x_enhet: enhet-b
  - id: b3
    x_kritisk: false
security:
  dpia: done
x_map:
  a: ok
  b: 3
`;

const CONFIG = "packs:\n  - rules/t.pack.yaml\n";
const TODAY = ["--today", "2026-11-28"];

function ws(extra: Record<string, string> = {}) {
  return workspace({ "portvokter.config.yaml": CONFIG, "rules/t.pack.yaml": PACK, "p.dossier.yaml": DOSSIER, ...extra });
}

type F = { rule: string; pointer: string; line: number; column: number; severity: string; message: string };
const packFindings = (findings: Array<Record<string, unknown>>) => (findings as F[]).filter((f) => f.rule.startsWith("t/"));

describe("a pack with every check form", () => {
  const dir = ws();
  const r = runCli(["check", "p.dossier.yaml", "--format", "json", ...TODAY], { cwd: dir });
  const file = json(r).files[0]!;

  it("checks a valid dossier", () => {
    expect(r.stderr).toBe("");
    expect(file.status).toBe("checked");
  });

  it("raises each finding at the failing key with line and column", () => {
    const got = packFindings(file.findings).map(({ rule, pointer, line, column }) => ({ rule, pointer, line, column }));
    expect(got).toEqual([
      { rule: "t/schema-then", pointer: "/project/x_nr", line: 8, column: 3 },
      { rule: "t/frist", pointer: "/project/x_frist", line: 9, column: 3 },
      { rule: "t/kode", pointer: "/project/x_kode", line: 10, column: 3 },
      // x_plan is absent: shown at the benefit it is missing from
      { rule: "t/plan", pointer: "/benefits/1/x_plan", line: 20, column: 5 },
      { rule: "t/enhet", pointer: "/benefits/1/x_enhet", line: 22, column: 5 },
      // security.x_ombud is absent: shown at security
      { rule: "t/ombud", pointer: "/security/x_ombud", line: 25, column: 1 },
      // * over a mapping: each value
      { rule: "t/map", pointer: "/x_map/b", line: 29, column: 3 },
    ]);
  });

  it("fills the message's placeholders and takes severity and theme from the pack", () => {
    const byRule = new Map(packFindings(file.findings).map((f) => [f.rule, f]));
    expect(byRule.get("t/schema-then")!.message).toBe("project.x_nr skal være et heltall, ikke «abc»");
    expect(byRule.get("t/plan")!.message).toBe("gevinst 2 (b2) er kritisk og mangler plan (benefits[1].x_plan)");
    expect(byRule.get("t/enhet")!.message).toBe("gevinst 2 (b2): «enhet-b» i benefits[1].x_enhet er ingen interessent");
    expect(byRule.get("t/frist")!.severity).toBe("warning");
    expect((byRule.get("t/ombud") as unknown as { theme: string }).theme).toBe("security");
    expect((byRule.get("t/kode") as unknown as { source: string }).source).toBe("Testetatens kodeverk § 2");
  });

  it("keeps each pattern apart (two rules with different patterns)", () => {
    // x_epost matches "@": no finding, although x_kode's pattern would refuse it
    expect(packFindings(file.findings).some((f) => f.rule === "t/epost")).toBe(false);
  });

  it("shows the findings in stylish with their position and id, in English with --lang en", () => {
    const s = runCli(["check", "p.dossier.yaml", "--lang", "en", ...TODAY], { cwd: dir });
    expect(s.stdout).toMatch(/10:3\s+error\s+invalid code in project\.x_kode\s+t\/kode/);
    expect(s.stdout).toMatch(/25:1\s+error\s+navngi personvernombudet i security\.x_ombud\s+t\/ombud/);
  });

  it("a date on the run date is not past", () => {
    const later = runCli(["check", "p.dossier.yaml", "--format", "json", "--today", "2020-01-01"], { cwd: dir });
    expect(packFindings(json(later).files[0]!.findings).some((f) => f.rule === "t/frist")).toBe(false);
  });
});

describe("pack rules in the pipeline", () => {
  it("a waiver moves a pack rule's finding to suppressed", () => {
    const dir = ws({ "p.dossier.yaml": DOSSIER + "waivers:\n  - rule: t/frist\n    reason: Fristen flyttes i neste styringsgruppemøte.\n" });
    const file = json(runCli(["check", "p.dossier.yaml", "--format", "json", ...TODAY], { cwd: dir })).files[0]!;
    expect(packFindings(file.findings).map((f) => f.rule)).not.toContain("t/frist");
    expect(file.suppressed.map((f) => f.rule)).toContain("t/frist");
    expect(file.findings.map((f) => f.rule)).not.toContain("dossier/waiver-unused");
  });

  it("--rule turns a pack rule off or changes its severity, also for the whole namespace", () => {
    const dir = ws();
    const off = json(runCli(["check", "p.dossier.yaml", "--format", "json", "--rule", "t/frist=off", ...TODAY], { cwd: dir })).files[0]!;
    expect(packFindings(off.findings).map((f) => f.rule)).not.toContain("t/frist");
    const info = json(runCli(["check", "p.dossier.yaml", "--format", "json", "--rule", "t/*=info", ...TODAY], { cwd: dir })).files[0]!;
    expect(new Set(packFindings(info.findings).map((f) => f.severity))).toEqual(new Set(["info"]));
    const bad = runCli(["check", "p.dossier.yaml", "--rule", "t/frisst=off", ...TODAY], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("t/frist");
  });

  it("the config's rules may name pack rules; an unknown one is a positioned error", () => {
    const dir = ws({ "portvokter.config.yaml": CONFIG + "rules:\n  t/frist: off\n" });
    const file = json(runCli(["check", "p.dossier.yaml", "--format", "json", ...TODAY], { cwd: dir })).files[0]!;
    expect(packFindings(file.findings).map((f) => f.rule)).not.toContain("t/frist");
    const bad = ws({ "portvokter.config.yaml": CONFIG + "rules:\n  t/frisst: off\n" });
    const r = runCli(["check", "p.dossier.yaml", ...TODAY], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^portvokter: portvokter\.config\.yaml:4:3: ukjent regel «t\/frisst».*«t\/frist»/);
  });

  it("with a schema error in a section, pack rules that read it are skipped and named, the others run", () => {
    const dir = ws({ "p.dossier.yaml": DOSSIER.replace("  - id: b3\n", "  - id: b3\n    ukjent: 1\n") });
    const file = json(runCli(["check", "p.dossier.yaml", "--format", "json", ...TODAY], { cwd: dir })).files[0]!;
    expect(file.status).toBe("invalid");
    expect(packFindings(file.findings).map((f) => f.rule)).toEqual(["t/schema-then", "t/frist", "t/kode", "t/ombud", "t/map"]);
    // (named among the skipped rules of «benefits»; the message shows the first five ids)
    expect(file.findings.find((f) => f.rule === "schema/rules-skipped")!.pointer).toBe("/benefits");
  });

  it("a config gets the packs of the configs it extends, each relative to the config naming it", () => {
    const dir = workspace({
      "felles/portvokter.config.yaml": "packs: [regler/t.pack.yaml]\n",
      "felles/regler/t.pack.yaml": PACK,
      "prosjekt/portvokter.config.yaml": "extends: ../felles/portvokter.config.yaml\nrules:\n  t/frist: off\n",
      "prosjekt/p.dossier.yaml": DOSSIER,
    });
    const file = json(runCli(["check", "p.dossier.yaml", "--format", "json", ...TODAY], { cwd: join(dir, "prosjekt") })).files[0]!;
    expect(packFindings(file.findings).map((f) => f.rule)).toEqual(["t/schema-then", "t/kode", "t/plan", "t/enhet", "t/ombud", "t/map"]);
    const bad = workspace({ "portvokter.config.yaml": "rules:\n  t/frist: off\n", "p.dossier.yaml": DOSSIER });
    expect(runCli(["check", "p.dossier.yaml", ...TODAY], { cwd: bad }).stderr).toContain("portvokter.config.yaml:2:3: ukjent regel «t/frist»");
  });

  it("a pack rule applies only from its gates", () => {
    const dir = ws();
    const file = json(runCli(["check", "p.dossier.yaml", "--format", "json", ...TODAY], { cwd: dir })).files[0]!;
    expect(packFindings(file.findings).map((f) => f.rule)).not.toContain("t/senere");
  });

  it("workers (--jobs 2) give the same findings as one thread", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 210; i++) files[`d/f${String(i).padStart(3, "0")}.dossier.yaml`] = DOSSIER;
    const dir = ws(files);
    const one = runCli(["check", "d", "--format", "json", "--jobs", "1", ...TODAY], { cwd: dir, timeout: 120_000 });
    const two = runCli(["check", "d", "--format", "json", "--jobs", "2", ...TODAY], { cwd: dir, timeout: 120_000 });
    expect(two.stderr).toBe("");
    expect(two.stdout).toBe(one.stdout);
    expect(json(two).files.every((f) => packFindings(f.findings).length === 7)).toBe(true);
  });
});

describe("rules, explain and the formats know pack rules", () => {
  const dir = ws();

  it("rules --config lists them with their pack; without the config it does not", () => {
    const list = JSON.parse(runCli(["rules", "--format", "json", "--config"], { cwd: dir }).stdout) as Array<{ id: string; theme: string; pack?: string }>;
    expect(list.find((r) => r.id === "t/ombud")).toMatchObject({ theme: "security", pack: join("rules", "t.pack.yaml") });
    const none = JSON.parse(runCli(["rules", "--format", "json", "--no-config"], { cwd: dir }).stdout) as Array<{ id: string }>;
    expect(none.some((r) => r.id.startsWith("t/"))).toBe(false);
  });

  it("rules --config shows a pack's severity under `namespace/*` as a check applies it", () => {
    const over = ws({ "portvokter.config.yaml": CONFIG + "rules:\n  t/*: info\n  t/frist: off\n" });
    const list = JSON.parse(runCli(["rules", "--format", "json", "--config"], { cwd: over }).stdout) as Array<{ id: string; effective?: Record<string, string> }>;
    expect(list.find((r) => r.id === "t/ombud")!.effective).toEqual({ BP1: "info" });
    expect(list.find((r) => r.id === "t/frist")!.effective).toEqual({ BP1: "off" });
    const file = json(runCli(["check", "p.dossier.yaml", "--format", "json", ...TODAY], { cwd: over })).files[0]!;
    expect(packFindings(file.findings).find((f) => f.rule === "t/ombud")!.severity).toBe("info");
    expect(packFindings(file.findings).some((f) => f.rule === "t/frist")).toBe(false);
  });

  it("explain shows a pack rule with its source link and pack", () => {
    const r = runCli(["explain", "t/kode", "--lang", "en"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("the code is three capital letters");
    expect(r.stdout).toContain("Link: https://example.org/kodeverk");
    expect(r.stdout).toContain(`Rule pack: ${join("rules", "t.pack.yaml")}\n`);
    const example = runCli(["explain", "kommune/strategi-lenke", "-c", "examples/packs/portvokter.config.yaml", "--lang", "en"]);
    expect(example.stdout).toContain("Rule pack: examples/packs/kommune.pack.yaml (The example municipality's requirements for digitalisation projects)");
    expect(example.stdout).toContain("Example that satisfies the rule:");
    expect(r.stdout).not.toContain("Example that satisfies the rule:");
  });

  it("SARIF has a descriptor for each pack rule, with helpUri from its source", () => {
    const log = JSON.parse(runCli(["check", "p.dossier.yaml", "--format", "sarif", ...TODAY], { cwd: dir }).stdout);
    const rules = log.runs[0].tool.driver.rules as Array<{ id: string; helpUri?: string; properties: { tags: string[] } }>;
    const kode = rules.find((r) => r.id === "t/kode")!;
    expect(kode.helpUri).toBe("https://example.org/kodeverk");
    expect(kode.properties.tags).toEqual(["governance"]);
    const result = (log.runs[0].results as Array<{ ruleId: string; ruleIndex: number }>).find((x) => x.ruleId === "t/kode")!;
    expect(rules[result.ruleIndex]!.id).toBe("t/kode");
  });

  it("schema --pack prints the published pack schema", () => {
    const r = runCli(["schema", "--pack"]);
    expect(JSON.parse(r.stdout).$id).toBe("urn:portvokter:schema:pack:v1");
  });
});

describe("the example packs", () => {
  it("the state agency's pack: above a cost, KS1 must be given (when on the dossier, then.field)", () => {
    const dossier = DOSSIER.replace("  phase: konsept\n", "  phase: konsept\n  cost_estimate_mnok: 1500\n");
    const dir = workspace({
      "portvokter.config.yaml": "packs: [etat.pack.yaml]\n",
      "etat.pack.yaml": readFileSync(join(ROOT, "examples", "packs", "etat.pack.yaml"), "utf8"),
      "p.dossier.yaml": dossier,
      "billig.dossier.yaml": DOSSIER,
    });
    const files = json(runCli(["check", ".", "--format", "json", "--gate", "BP3", ...TODAY], { cwd: dir })).files;
    const of = (name: string) => files.find((f) => f.path.endsWith(name))!.findings.filter((f) => String(f.rule).startsWith("etat/"));
    expect(of("p.dossier.yaml").map((f) => [f.rule, f.pointer, f.line, f.column])).toEqual([["etat/ks1-over-terskel", "/project/external_qa/ks1", 2, 1]]);
    expect(of("billig.dossier.yaml")).toEqual([]);
  });

  it("the pack schema's themes are the built-in themes", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "pack.v1.schema.json"), "utf8"));
    expect(schema.$defs.rule.properties.theme.enum).toEqual([...THEMES]);
  });

  it("check the example dossier with the example config", () => {
    const r = runCli(["check", "examples/packs/prosjekt.yaml", "--config", "examples/packs/portvokter.config.yaml", "--format", "json", ...TODAY], { cwd: ROOT });
    const rules = json(r).files[0]!.findings.map((f) => f.rule);
    expect(rules).toEqual(["kommune/gevinst-enhet", "kommune/personvernombud"]);
  });
});

/** A workspace whose pack is `pack`; returns the CLI's stderr and exit code. */
function refused(pack: string, config = CONFIG, lang = "nb") {
  const dir = ws({ "rules/t.pack.yaml": pack, "portvokter.config.yaml": config });
  const r = runCli(["check", "p.dossier.yaml", "--lang", lang, ...TODAY], { cwd: dir });
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  return r.stderr;
}

const PACK_FILE = join("rules", "t.pack.yaml");
const rule = (then: string, extra = "") => `version: 1
namespace: t
rules:
  - id: t/a
    theme: governance
    gates: { BP1: error }
    source: s
    description: d
    message: m
    given: /project/x${extra}
    then:
${then}`;

describe("a bad pack is refused with its position (exit 2)", () => {
  it("bad YAML", () => {
    expect(refused("version: 1\nnamespace: [t\n")).toMatch(new RegExp(`^portvokter: ${PACK_FILE.replace(".", "\\.")}:\\d+:\\d+: regelpakken er ikke gyldig YAML \\(yaml/`));
  });

  it("a schema violation, in English with --lang en", () => {
    expect(refused(rule("      required: true", "\n    severity: error"), CONFIG, "en")).toBe(`portvokter: ${PACK_FILE}:11:5: Unknown key «severity» in «rules[0]». Local extensions must start with x_.\n`);
  });

  it("an id outside the namespace, and one used twice", () => {
    expect(refused(rule("      required: true").replace("id: t/a", "id: u/a"))).toBe(`portvokter: ${PACK_FILE}:4:9: regel-id-en «u/a» må begynne med pakkens navnerom «t/»\n`);
    const twice = rule("      required: true") + "\n" + rule("      required: true").slice(rule("").indexOf("  - id"));
    expect(refused(twice)).toMatch(new RegExp(`^portvokter: ${PACK_FILE.replace(".", "\\.")}:13:9: regel-id-en «t/a» står to ganger i pakken`));
  });

  it("a namespace that is a built-in theme, or another pack's", () => {
    expect(refused(rule("      required: true").replace("namespace: t", "namespace: security").replace("id: t/a", "id: security/a"))).toContain(`${PACK_FILE}:2:12: navnerommet «security» er et av portvokters egne prefikser`);
    const dir = ws({ "rules/u.pack.yaml": PACK, "portvokter.config.yaml": "packs:\n  - rules/t.pack.yaml\n  - rules/u.pack.yaml\n" });
    const r = runCli(["check", "p.dossier.yaml", ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join("rules", "u.pack.yaml")}:2:1: navnerommet «t» brukes allerede av regelpakken ${PACK_FILE}`);
  });

  it("an unknown JSON Schema keyword, with the keyword meant", () => {
    expect(refused(rule("      schema: { type: integer, minimun: 1 }"))).toBe(`portvokter: ${PACK_FILE}:12:32: «minimun» er ikke et JSON Schema-nøkkelord; mente du «minimum»?\n`);
  });

  it("an invalid JSON Schema (a keyword with a wrong value)", () => {
    expect(refused(rule("      schema: { type: integer, minimum: lav }"))).toMatch(new RegExp(`^portvokter: ${PACK_FILE.replace(".", "\\.")}:12:41: ugyldig JSON Schema: minimum must be number`));
  });

  it("a local $ref to nothing, in when", () => {
    expect(refused(rule("      required: true", '\n    when: { $ref: "#/$defs/finnes-ikke" }'))).toMatch(/t\.pack\.yaml:11:5: ugyldig JSON Schema: can't resolve reference #\/\$defs\/finnes-ikke/);
  });

  it("a backreference or lookahead in a pattern, also in patternProperties", () => {
    expect(refused(rule('      schema: { type: string, pattern: "(a)\\\\1" }'))).toMatch(/t\.pack\.yaml:12:31: det regulære uttrykket «\(a\)\\1» kan ikke brukes \(invalid escape sequence/);
    expect(refused(rule('      schema: { patternProperties: { "^(?=x)": true } }'))).toMatch(/t\.pack\.yaml:12:38: det regulære uttrykket «\^\(\?=x\)» kan ikke brukes/);
  });

  it("a remote $ref, an unknown format, uniqueItems", () => {
    expect(refused(rule('      schema: { $ref: "https://example.org/s.json" }'))).toMatch(/t\.pack\.yaml:12:23: \$ref «https:\/\/example\.org\/s\.json» er ikke tillatt/);
    expect(refused(rule("      schema: { format: telefon }"))).toMatch(/t\.pack\.yaml:12:25: ukjent format «telefon»; kjente formater: date, uri, email/);
    expect(refused(rule("      schema: { uniqueItems: true }"))).toMatch(/t\.pack\.yaml:12:17: «uniqueItems» kan ikke brukes i en regelpakke/);
  });

  it("then without a check, refersTo without its list", () => {
    expect(refused(rule("      field: y"))).toMatch(/t\.pack\.yaml:11:5: then må si hva som skal gjelde/);
    expect(refused(rule("      function: refersTo"))).toMatch(/t\.pack\.yaml:12:17: refersTo trenger options\.list/);
  });

  it("a pack that is missing or outside the config's folder", () => {
    expect(refused(PACK, "packs:\n  - rules/finnes-ikke.pack.yaml\n")).toBe("portvokter: portvokter.config.yaml:2:5: kan ikke lese regelpakken «rules/finnes-ikke.pack.yaml»: ENOENT\n");
    expect(refused(PACK, "packs:\n  - ../t.pack.yaml\n")).toContain("portvokter.config.yaml:2:5: regelpakken «../t.pack.yaml» ligger utenfor mappen");
  });

  it("a config without packs still refuses an unknown rule id at once", () => {
    const dir = ws({ "portvokter.config.yaml": "rules:\n  t/frist: off\n" });
    const r = runCli(["check", "p.dossier.yaml", ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("portvokter.config.yaml:2:3: ukjent regel «t/frist»");
  });
});

describe("the unique function", () => {
  const UNIQUE = `version: 1
namespace: t
rules:
  - id: t/unik
    theme: stakeholders
    gates: { BP1: error }
    source: Testetatens krav
    description: hver interessent har sitt eget navn
    message: "«{value}» i {path} står flere ganger"
    given: /stakeholders/*/name
    then: { function: unique, options: { list: /stakeholders, key: name } }
`;
  const TWICE = DOSSIER.replace(
    "stakeholders:\n  - id: enhet-a\n    name: Enhet A\n",
    "stakeholders:\n  - id: enhet-a\n    name: Enhet A\n  - id: enhet-b\n    name: Enhet B\n  - id: enhet-c\n    name: Enhet A\n",
  );

  it("flags every repeat of a key's value in a list, each at its own item", () => {
    expect(TWICE).not.toBe(DOSSIER);
    const lines = TWICE.split("\n");
    const at = (n: number) => lines.findIndex((l, i) => i > 0 && l === "    name: Enhet A" && lines.slice(0, i).filter((x) => x === "    name: Enhet A").length === n) + 1;
    const dir = ws({ "rules/t.pack.yaml": UNIQUE, "p.dossier.yaml": TWICE });
    const file = json(runCli(["check", "p.dossier.yaml", "--format", "json", ...TODAY], { cwd: dir })).files[0]!;
    expect(packFindings(file.findings).map((f) => [f.pointer, f.line, f.column, f.message])).toEqual([
      ["/stakeholders/0/name", at(0), 5, "«Enhet A» i stakeholders[0].name står flere ganger"],
      ["/stakeholders/2/name", at(1), 5, "«Enhet A» i stakeholders[2].name står flere ganger"],
    ]);
    // Distinct names: nothing.
    const once = ws({ "rules/t.pack.yaml": UNIQUE });
    expect(packFindings(json(runCli(["check", "p.dossier.yaml", "--format", "json", ...TODAY], { cwd: once })).files[0]!.findings)).toEqual([]);
  });

  it("needs its list, like refersTo", () => {
    const dir = ws({ "rules/t.pack.yaml": UNIQUE.replace("{ function: unique, options: { list: /stakeholders, key: name } }", "{ function: unique }") });
    const r = runCli(["check", "p.dossier.yaml", ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/t\.pack\.yaml:11:23: unique trenger options\.list/);
  });
});
