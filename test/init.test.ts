// `portvokter init`: a skeleton derived from the schema (x-init says from which phase a key is
// asked for), in block style that takes ordinary text, valid for the schema at every phase.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PHASE_GATE, PHASES, type Phase } from "../src/types.js";
import { json, ROOT, runCli } from "./helpers/cli.js";
import { workspace } from "./helpers/fixtures.js";

const schema = JSON.parse(readFileSync(join(ROOT, "schemas", "dossier.v1.schema.json"), "utf8"));

type Node = { properties?: Record<string, Node>; "x-init"?: string };
/** Every key path the schema marks for the skeleton at `phase` (objects without marked keys: all their keys). */
function expectedPaths(phase: Phase, node: Node = schema, path = "", whole = false): string[] {
  const upTo = PHASES.indexOf(phase);
  const props = Object.entries(node.properties ?? {});
  const annotated = props.some(([, c]) => c["x-init"] !== undefined);
  const out: string[] = [];
  for (const [key, child] of props) {
    const included = annotated ? child["x-init"] !== undefined && PHASES.indexOf(child["x-init"] as Phase) <= upTo : whole;
    if (!included) continue;
    const target = (child as { $ref?: string }).$ref ? schema.$defs[(child as { $ref: string }).$ref.slice(8)] : child;
    out.push(`${path}/${key}`, ...expectedPaths(phase, target, `${path}/${key}`, true));
  }
  return out;
}

function pathsOf(value: unknown, path = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) => [`${path}/${k}`, ...pathsOf(v, `${path}/${k}`)]);
}

describe("init", () => {
  for (const phase of PHASES) {
    it(`${phase}: holds exactly the keys the schema marks up to this phase, and passes the schema`, () => {
      const dir = workspace();
      for (const lang of ["nb", "en"]) {
        const r = runCli(["init", "--phase", phase, "--stdout", "--lang", lang], { cwd: dir });
        expect(r.code).toBe(0);
        expect(r.stdout.endsWith("\n")).toBe(true);
        // Block style: no flow mapping outside comments, so "rolle: leder, helse" can be typed in place.
        expect(r.stdout.split("\n").filter((l) => /^[^#]*\{/.test(l))).toEqual([]);
        const doc = parse(r.stdout) as { project: { phase: string; next_gate: string } };
        expect(pathsOf(doc).sort()).toEqual(expectedPaths(phase).sort());
        expect(doc.project.phase).toBe(phase);
        expect(doc.project.next_gate).toBe(PHASE_GATE[phase]);
        writeFileSync(join(dir, `${phase}-${lang}.dossier.yaml`), r.stdout);
      }
      const checked = json(runCli(["check", ".", "--format", "json"], { cwd: dir }));
      expect(checked.files.map((f) => f.status)).toEqual(["checked", "checked"]);
    });
  }

  it("takes ordinary text with commas and colons typed into the skeleton", () => {
    const dir = workspace();
    const text = runCli(["init", "--phase", "konsept", "--stdout"], { cwd: dir }).stdout.replace(
      /^(  owner:.*\n    name:)(.*)\n(    role:)(.*)\n/m,
      "$1 Kari Nordmann\n$3 kommunalsjef, helse og omsorg\n",
    );
    expect(text).toContain("    role: kommunalsjef, helse og omsorg\n");
    writeFileSync(join(dir, "p.dossier.yaml"), text);
    const file = json(runCli(["check", "p.dossier.yaml", "--format", "json"], { cwd: dir })).files[0]!;
    expect(file.status).toBe("checked");
    expect(file.findings.filter((f) => String(f.rule).startsWith("schema/") || String(f.rule).startsWith("yaml/"))).toEqual([]);
  });

  it("--level sets project.level; --output makes missing folders; the modeline's schema path resolves from the file's folder", () => {
    const dir = workspace();
    const r = runCli(["init", "--level", "kommune", "--output", "portefolje/nytt/prosjekt.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    const file = join(dir, "portefolje", "nytt", "prosjekt.dossier.yaml");
    const text = readFileSync(file, "utf8");
    expect((parse(text) as { project: { level: string } }).project.level).toBe("kommune");
    const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)![1]!;
    expect(existsSync(resolve(dirname(file), ref))).toBe(true);
    expect(readFileSync(resolve(dirname(file), ref), "utf8")).toBe(readFileSync(join(ROOT, "schemas", "dossier.v1.schema.json"), "utf8"));
    expect(runCli(["init", "--level", "by"], { cwd: dir }).code).toBe(2);
  });
});
