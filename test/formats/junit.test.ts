// `check --format junit`: JUnit XML (Ant/Jenkins shape). Every output is parsed with saxes, a
// conformant XML parser, and the counts in the attributes are checked against the elements.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, json, runCli } from "../helpers/cli.js";
import { HOSTILE, HOSTILE_VALUE, ONE_ERROR, parseXml, workspace, type XmlElement } from "./helpers.js";

const check = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(["check", "--no-config", "--today", "2026-11-28", ...args], options);

const catalogue = JSON.parse(runCli(["rules", "--format", "json"]).stdout) as Array<{ id: string; theme: string }>;
const applicableAt = (gate: string) =>
  (JSON.parse(runCli(["rules", "--format", "json", "--gate", gate]).stdout) as Array<{ id: string }>).map((r) => r.id);

const kids = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

/** Parses, checks the shape and that every count attribute equals what the elements say. */
function junit(xml: string): XmlElement {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const root = parseXml(xml);
  expect(root.name).toBe("testsuites");
  expect(root.attributes.name).toBe("portvokter");
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  for (const suite of root.children) {
    expect(suite.name).toBe("testsuite");
    const cases = kids(suite, "testcase");
    const n = {
      tests: cases.length,
      failures: cases.filter((c) => kids(c, "failure").length > 0).length,
      errors: cases.filter((c) => kids(c, "error").length > 0).length,
      skipped: cases.filter((c) => kids(c, "skipped").length > 0).length,
    };
    for (const c of cases) {
      expect(c.attributes.file).toBe(suite.attributes.name);
      expect(kids(c, "failure").length + kids(c, "error").length + kids(c, "skipped").length).toBeLessThanOrEqual(1);
    }
    for (const k of Object.keys(n) as Array<keyof typeof n>) {
      expect(suite.attributes[k], `${suite.attributes.name} ${k}`).toBe(String(n[k]));
      total[k] += n[k];
    }
  }
  for (const k of Object.keys(total) as Array<keyof typeof total>) expect(root.attributes[k], k).toBe(String(total[k]));
  return root;
}

describe("JUnit: well-formed, and counts match", () => {
  it("the parser used here is strict", () => {
    expect(() => parseXml("<a>&</a>")).toThrow();
    expect(() => parseXml("<a>\x01</a>")).toThrow();
    expect(() => parseXml('<a b="<"/>')).toThrow();
    expect(() => parseXml("<a>\uFFFE</a>")).toThrow();
    expect(parseXml('<a b="&#10;x">&lt;&amp;</a>')).toMatchObject({ attributes: { b: "\nx" }, text: "<&" });
  });

  it("the examples: one suite per dossier, one case per rule that applies at its gate", () => {
    const r = check(["examples", "--format", "junit"]);
    const report = json(check(["examples", "--format", "json"]));
    expect(r.code).toBe(1);
    const root = junit(r.stdout);
    expect(root.children.map((s) => s.attributes.name)).toEqual(report.files.map((f) => f.path));
    for (const [i, suite] of root.children.entries()) {
      const file = report.files[i]!;
      const props = Object.fromEntries(kids(kids(suite, "properties")[0]!, "property").map((p) => [p.attributes.name, p.attributes.value]));
      expect(props).toEqual({ gate: file.gate, status: "checked" });
      const cases = kids(suite, "testcase");
      expect(cases.map((c) => c.attributes.name).sort()).toEqual(applicableAt(file.gate!).sort());
      for (const c of cases) expect(c.attributes.classname).toBe(`${file.path}.${catalogue.find((x) => x.id === c.attributes.name)!.theme}`);
      // A failed case per rule with an error (the default --fail-severity), listing each of its errors.
      const errors = file.findings.filter((f) => f.severity === "error");
      const failed = cases.filter((c) => kids(c, "failure").length);
      expect(failed.map((c) => c.attributes.name).sort()).toEqual([...new Set(errors.map((f) => f.rule as string))].sort());
      for (const c of failed) {
        const failure = kids(c, "failure")[0]!;
        expect(failure.attributes.type).toBe("error");
        const mine = errors.filter((f) => f.rule === c.attributes.name);
        expect(failure.text.split("\n")).toEqual(mine.map((f) => `${file.path}:${f.line}:${f.column} ${f.message} (${f.rule})`));
        expect(failure.attributes.message).toContain(mine[0]!.message as string);
      }
      // Below the threshold: not failed, in system-out.
      for (const f of file.findings.filter((x) => x.severity !== "error")) {
        const c = cases.find((x) => x.attributes.name === f.rule)!;
        expect(kids(c, "system-out")[0]!.text).toContain(`${file.path}:${f.line}:${f.column} ${f.message} (${f.rule})`);
      }
      // Suppressed: in system-out with the reason.
      for (const s of file.suppressed) {
        const c = cases.find((x) => x.attributes.name === s.rule)!;
        expect(kids(c, "system-out")[0]!.text).toContain(s.reason as string);
        expect(kids(c, "failure")).toHaveLength(0);
      }
    }
  });

  it("the same rule in two dossiers gives two distinct test cases (classname includes the dossier)", () => {
    const root = junit(check(["examples", "--format", "junit"]).stdout);
    expect(root.children.length).toBeGreaterThan(1);
    const keys = root.children.flatMap((suite) => kids(suite, "testcase").map((c) => `${c.attributes.classname}\u0000${c.attributes.name}`));
    expect(new Set(keys).size).toBe(keys.length);
    const [a, b] = root.children;
    const shared = kids(a!, "testcase").find((c) => kids(b!, "testcase").some((d) => d.attributes.name === c.attributes.name))!;
    const other = kids(b!, "testcase").find((d) => d.attributes.name === shared.attributes.name)!;
    expect(shared.attributes.classname).toBe(`${a!.attributes.name}.${shared.attributes.classname!.split(".").at(-1)}`);
    expect(other.attributes.classname).not.toBe(shared.attributes.classname);
  });

  it("--fail-severity decides what fails a case", () => {
    const file = "examples/kommune-velferd-bp2.dossier.yaml";
    const report = json(check([file, "--format", "json"])).files[0]!;
    const rulesWith = (sevs: string[]) => new Set(report.findings.filter((f) => sevs.includes(f.severity as string)).map((f) => f.rule)).size;
    const failures = (args: string[]) => Number(junit(check([file, "--format", "junit", ...args]).stdout).attributes.failures);
    expect(failures([])).toBe(rulesWith(["error"]));
    expect(failures(["--fail-severity", "warning"])).toBe(rulesWith(["error", "warning"]));
    expect(failures(["--fail-severity", "info"])).toBe(rulesWith(["error", "warning", "info"]));
    const warned = junit(check([file, "--format", "junit", "--fail-severity", "warning"]).stdout);
    const types = warned.children[0]!.children.flatMap((c) => kids(c, "failure")).map((f) => f.attributes.type);
    expect(new Set(types)).toEqual(new Set(["error", "warning"]));
  });

  it("a fatal file is one suite with one errored case named by the fatal id", () => {
    const r = check([join(FIXTURES, "input", "syntax.yaml"), "finnes-ikke.dossier.yaml", "examples/ok-bp2-konsept.dossier.yaml", "--format", "junit"]);
    expect(r.code).toBe(2);
    const root = junit(r.stdout);
    expect(root.attributes.errors).toBe("2");
    const [syntax, missing, ok] = root.children;
    for (const [suite, id, classname] of [
      [syntax!, "yaml/syntax", "yaml"],
      [missing!, "io/unreadable", "io"],
    ] as const) {
      const cases = kids(suite, "testcase");
      expect(cases).toHaveLength(1);
      expect(cases[0]!.attributes).toMatchObject({ name: id, classname: `${suite.attributes.name}.${classname}` });
      const error = kids(cases[0]!, "error")[0]!;
      expect(error.attributes.type).toBe("error");
      expect(error.text).toMatch(new RegExp(`^${suite.attributes.name!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+:\\d+ .+ \\(${id}\\)$`));
    }
    expect(ok!.attributes).toMatchObject({ failures: "0", errors: "0" });
    expect(Number(ok!.attributes.tests)).toBe(applicableAt("BP2").length);
  });

  it("an invalid file: schema findings as failed cases, the rules as one skipped case", () => {
    const r = check([join(FIXTURES, "input", "schema-errors.yaml"), "--format", "junit", "--lang", "en"]);
    expect(r.code).toBe(1);
    const suite = junit(r.stdout).children[0]!;
    const cases = kids(suite, "testcase");
    expect(cases.map((c) => c.attributes.name)).toEqual([
      "schema/enum",
      "schema/format",
      "schema/other",
      "schema/required",
      "schema/type",
      "schema/unknown-key",
      "rules",
    ]);
    for (const c of cases.slice(0, -1)) {
      expect(c.attributes.classname).toBe(`${suite.attributes.name}.schema`);
      expect(kids(c, "failure")).toHaveLength(1);
    }
    expect(kids(cases.at(-1)!, "skipped")[0]!.attributes.message).toMatch(/rules that read a part with errors did not run/);
    expect(kids(cases.find((c) => c.attributes.name === "schema/format")!, "failure")[0]!.text.split("\n")).toHaveLength(2);
    expect(suite.attributes).toMatchObject({ tests: "7", failures: "6", skipped: "1", errors: "0" });
  });

  it("hostile strings and file names: escaped, forbidden characters removed, the rest intact", () => {
    const name = `a&b'c"<d>.dossier.yaml`;
    const dir = workspace({ [name]: HOSTILE, "b.dossier.yaml": ONE_ERROR });
    for (const args of [[], ["--fail-severity", "warning"], ["--lang", "en"]]) {
      const r = check([name, "b.dossier.yaml", "--format", "junit", ...args], { cwd: dir });
      expect(r.stderr).toBe("");
      const root = junit(r.stdout);
      expect(root.children.map((s) => s.attributes.name)).toEqual([name, "b.dossier.yaml"]);
      // XML 1.0 keeps tab, LF, CR, the emoji and DEL; it has no place for \x01, \x1b, \x07, a lone surrogate or U+FFFE.
      const kept = HOSTILE_VALUE.replace(/[\x01\x1b\x07\uFFFE]/g, "").replace("\uD800", "");
      expect(kept).toContain("<script>&\"'");
      expect(kept).toContain("\u{1F600}");
      const c = kids(root.children[0]!, "testcase").find((x) => x.attributes.name === "governance/owner-is-manager")!;
      const where = args[0] === "--fail-severity" ? kids(c, "failure")[0]! : kids(c, "system-out")[0]!;
      expect(where.text).toContain(kept);
      expect(where.text.startsWith(`${name}:`)).toBe(true);
      if (where.name === "failure") {
        expect(where.attributes.message).toContain(kept); // tab, CR and LF survive in an attribute as character references
        expect(where.attributes.type).toBe("warning");
      }
    }
  });
});
