// The CLI as a user runs it: a spawned process, its exit code, stdout and stderr.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { json, ROOT, runCli, tempDir } from "./helpers/cli.js";
import { CLEAN, ONE_ERROR, workspace } from "./helpers/fixtures.js";
import { INPUT_NOTE, INPUT_PROBLEMS } from "../src/input-problems/registry.js";

// The BP2 example is clean at its gate; one-line changes give exactly one finding.
// A benefit whose recipient names no stakeholder: dossier/unknown-reference, an error at every gate.
const ERROR_LINE = CLEAN.slice(0, CLEAN.search(/recipient: \S+/)).split("\n").length;
// A waiver for no known rule: dossier/waiver-unused, a warning.
const ONE_WARNING = CLEAN + 'waivers:\n  - { rule: governance/finnes-ikke, reason: "test" }\n';

describe("check: exit codes and thresholds", () => {
  it("exits 0 on a clean dossier and 1 on an error", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN, "b.dossier.yaml": ONE_ERROR });
    expect(runCli(["check", "a.dossier.yaml"], { cwd: dir }).code).toBe(0);
    const r = runCli(["check", "b.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^b\.dossier\.yaml {2}\(BP2\)$/m);
    expect(r.stdout).toContain(`  ${ERROR_LINE}:5  feil  Nyttevirkningen (gevinsten) «b1» har mottaker «finnes-ikke»`);
    expect(r.stdout).toMatch(/ {2}dossier\/unknown-reference\n/);
    expect(r.stdout).toMatch(/✖ 1 funn \(1 feil, 0 advarsler, 0 info\) i 1 fil/);
    expect(r.stderr).toBe("");
  });

  it("warnings pass by default, fail with --fail-severity warning or past --max-warnings", () => {
    const dir = workspace({ "w.dossier.yaml": ONE_WARNING });
    expect(runCli(["check", "w.dossier.yaml"], { cwd: dir }).code).toBe(0);
    expect(runCli(["check", "w.dossier.yaml", "--fail-severity", "warning"], { cwd: dir }).code).toBe(1);
    expect(runCli(["check", "w.dossier.yaml", "--max-warnings", "1"], { cwd: dir }).code).toBe(0);
    expect(runCli(["check", "w.dossier.yaml", "--max-warnings", "0"], { cwd: dir }).code).toBe(1);
  });

  it("--quiet shows errors only, but the hidden warnings still count for the exit code", () => {
    const dir = workspace({ "w.dossier.yaml": ONE_WARNING });
    const r = runCli(["check", "w.dossier.yaml", "--quiet", "--max-warnings", "0", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(json(r).files[0]!.findings).toEqual([]);
    for (const format of ["stylish", "json", "sarif"]) {
      const failing = runCli(["check", "w.dossier.yaml", "--quiet", "--fail-severity", "warning", "--format", format], { cwd: dir });
      expect(failing.code).toBe(1);
      if (format === "sarif") expect(JSON.parse(failing.stdout).runs[0].results).toEqual([]);
      else expect(failing.stdout).not.toContain("waiver-unused");
    }
    expect(runCli(["check", "w.dossier.yaml", "--quiet", "--max-warnings", "1"], { cwd: dir }).code).toBe(0);
    expect(runCli(["check", "w.dossier.yaml", "--quiet"], { cwd: dir }).code).toBe(0);
  });

  it("`help` is --help (exit 0), and `help check` shows check's help", () => {
    const help = runCli(["help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Bruk: portvokter \[options\] \[command\]/);
    expect(help.stdout).toBe(runCli(["--help"]).stdout);
    const check = runCli(["help", "check"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/^Bruk: portvokter check \[options\] \[paths\.\.\.\]/);
    expect(check.stdout).toBe(runCli(["check", "--help"]).stdout);
    expect(runCli([]).code).toBe(2); // no command at all is still a usage error
  });

  it("--rule changes a severity or turns a rule off, and rejects unknown ids with a suggestion", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR });
    expect(runCli(["check", "b.dossier.yaml", "--rule", "dossier/unknown-reference=off"], { cwd: dir }).code).toBe(0);
    const r = runCli(["check", "b.dossier.yaml", "--rule", "dossier/unknown-reference=warning", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(json(r).files[0]!.findings[0]).toMatchObject({ rule: "dossier/unknown-reference", severity: "warning" });
    const bad = runCli(["check", "b.dossier.yaml", "--rule", "dossier/unknown-referens=off"], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/ukjent regel «dossier\/unknown-referens».*dossier\/unknown-reference/);
  });

  it("a usage error exits 2 without a stack trace", () => {
    const r = runCli(["check", "--gate", "BP9", "x.yaml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/BP9/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--today takes only a real calendar day", () => {
    for (const day of ["2026-02-31", "2026-02-29", "2026-13-01", "2026-04-31", "26-01-01"]) {
      const r = runCli(["check", "-", "--no-config", "--today", day], { input: ONE_ERROR });
      expect(r.code, day).toBe(2);
      expect(r.stderr, day).toContain(`«${day}» er ugyldig: skriv en gyldig dato ÅÅÅÅ-MM-DD`);
      expect(r.stdout, day).toBe("");
    }
    expect(runCli(["check", "-", "--no-config", "--today", "2028-02-29"], { input: ONE_ERROR }).code).toBe(1);
  });
});

describe("check: inputs", () => {
  it("reads one dossier from stdin with -", () => {
    const r = runCli(["check", "-", "--format", "json", "--no-config"], { input: ONE_ERROR });
    expect(r.code).toBe(1);
    const out = json(r);
    expect(out.files[0]).toMatchObject({ path: "<stdin>", gate: "BP2", status: "checked" });
  });

  it("searches folders for *.dossier.yaml and dossiers/**, skipping node_modules and .git", () => {
    const dir = workspace({
      "a.dossier.yaml": CLEAN,
      "sub/b.dossier.yml": ONE_ERROR,
      "dossiers/2026/c.yaml": CLEAN,
      "other.yaml": "not: a dossier\n",
      "node_modules/x/d.dossier.yaml": "broken: [",
    });
    const r = runCli(["check", ".", "--format", "json"], { cwd: dir });
    expect(json(r).files.map((f) => f.path)).toEqual(["a.dossier.yaml", "dossiers/2026/c.yaml", "sub/b.dossier.yml"]);
    expect(r.code).toBe(1);
  });

  it("expands glob patterns and checks matched files whatever their name", () => {
    const dir = workspace({ "p/one.yaml": CLEAN, "p/two.yaml": ONE_ERROR, "q/three.yaml": ONE_ERROR });
    const r = runCli(["check", "p/*.yaml", "--format", "json"], { cwd: dir });
    expect(json(r).files.map((f) => f.path)).toEqual(["p/one.yaml", "p/two.yaml"]);
    const none = runCli(["check", "z/*.yaml", "--format", "json"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(json(none).files[0]!.findings[0]).toMatchObject({ rule: "io/unreadable" });
  });

  it("--output writes the report to a file and refuses to overwrite a dossier", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR });
    const r = runCli(["check", "b.dossier.yaml", "--format", "json", "--output", "funn.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "funn.json"), "utf8")).summary).toMatchObject({ errors: 1 });
    const before = readFileSync(join(dir, "b.dossier.yaml"), "utf8");
    const refuse = runCli(["check", "b.dossier.yaml", "--output", "b.dossier.yaml"], { cwd: dir });
    expect(refuse.code).toBe(2);
    expect(refuse.stderr).toMatch(/skriver aldri over en dossier/);
    expect(readFileSync(join(dir, "b.dossier.yaml"), "utf8")).toBe(before);
  });

  it("--lang en gives English messages", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR });
    const r = runCli(["check", "b.dossier.yaml", "--lang", "en"], { cwd: dir });
    expect(r.stdout).toMatch(/error {2}Benefit \(nyttevirkning, gevinst\) «b1» has recipient «finnes-ikke»/);
    expect(r.stdout).toMatch(/1 problem \(1 error, 0 warnings, 0 infos\) in 1 file/);
  });

  it("colours only when asked or on a TTY, and never with NO_COLOR", () => {
    const dir = workspace({ "b.dossier.yaml": ONE_ERROR });
    expect(runCli(["check", "b.dossier.yaml"], { cwd: dir }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(["check", "b.dossier.yaml", "--color"], { cwd: dir }).stdout).toMatch(/\x1b\[/);
    expect(runCli(["check", "b.dossier.yaml"], { cwd: dir, env: { FORCE_COLOR: "1" } }).stdout).toMatch(/\x1b\[/);
    expect(runCli(["check", "b.dossier.yaml"], { cwd: dir, env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout).not.toMatch(/\x1b\[/);
  });
});

describe("check: config", () => {
  it("finds portvokter.config.yaml upward and applies rules, lang and gate", () => {
    const dir = workspace({
      "portvokter.config.yaml": "lang: en\ngate: BP1\nrules:\n  dossier/unknown-reference: warning\n",
      "sub/b.dossier.yaml": ONE_ERROR,
    });
    const r = runCli(["check", "b.dossier.yaml", "--format", "json"], { cwd: join(dir, "sub") });
    expect(r.code).toBe(0);
    const f = json(r).files[0]!;
    expect(f.gate).toBe("BP1");
    expect(f.findings[0]).toMatchObject({ rule: "dossier/unknown-reference", severity: "warning", message: expect.stringMatching(/^Benefit /) });
    // --no-config ignores it; the command line wins over the config.
    expect(runCli(["check", "b.dossier.yaml", "--no-config"], { cwd: join(dir, "sub") }).code).toBe(1);
    expect(runCli(["check", "b.dossier.yaml", "--rule", "dossier/unknown-reference=error"], { cwd: join(dir, "sub") }).code).toBe(1);
  });

  it("uses the config's files and ignore when no paths are given", () => {
    const dir = workspace({
      "portvokter.config.yaml": "files: ['portefolje/**/*.yaml']\nignore: ['portefolje/arkiv/**']\n",
      "portefolje/a.yaml": CLEAN,
      "portefolje/arkiv/old.yaml": "broken: [",
    });
    const r = runCli(["check", "--format", "json"], { cwd: dir });
    expect(json(r).files.map((f) => f.path)).toEqual(["portefolje/a.yaml"]);
    expect(r.code).toBe(0);
  });

  it("a bad config is exit 2 with a positioned message", () => {
    const dir = workspace({ "portvokter.config.yaml": "lang: nb\nrules:\n  governance/owner-missing: loud\n", "a.dossier.yaml": CLEAN });
    const r = runCli(["check", "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/portvokter\.config\.yaml:3:29: «loud» er ikke en gyldig verdi for «rules\.governance\/owner-missing»\. Tillatte verdier: off, info, warning, error\./);
    const unknown = workspace({ "portvokter.config.yaml": "rules:\n  benefits/owner-mising: off\n", "a.dossier.yaml": CLEAN });
    const u = runCli(["check", "a.dossier.yaml"], { cwd: unknown });
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/portvokter\.config\.yaml:2:3: ukjent regel «benefits\/owner-mising»/);
    const key = workspace({ "portvokter.config.yaml": "regler: {}\n", "a.dossier.yaml": CLEAN });
    expect(runCli(["check", "a.dossier.yaml"], { cwd: key }).stderr).toMatch(/portvokter\.config\.yaml:1:1: Ukjent nøkkel «regler» i konfigurasjonsfilen/);
  });
});

describe("other commands", () => {
  it("explain prints rationale, gates, source and an example; suggests ids for a typo", () => {
    const r = runCli(["explain", "governance/owner-missing"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Beslutningspunkt og alvorlighetsgrad: BP1: feil/);
    expect(r.stdout).toMatch(/Kilde: PV BP2 #3/);
    expect(r.stdout).toMatch(/owner: \{ name: "Kari Nordmann"/);
    const typo = runCli(["explain", "governance/ownr-missing", "--lang", "en"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown rule «governance\/ownr-missing»\. Did you mean: governance\/owner-missing/);
  });

  it("explain answers for every input problem in the chosen language", () => {
    for (const p of INPUT_PROBLEMS) {
      for (const lang of ["nb", "en"] as const) {
        const r = runCli(["explain", p.id, "--lang", lang]);
        expect(r.code, p.id).toBe(0);
        expect(r.stderr).toBe("");
        expect(r.stdout, p.id).toContain(`${p.id}\n${"=".repeat(p.id.length)}\n`);
        expect(r.stdout, p.id).toContain(p.description[lang]);
        expect(r.stdout, p.id).toContain(INPUT_NOTE[lang]);
      }
    }
    const syntax = runCli(["explain", "yaml/syntax"]);
    expect(syntax.stdout).toBe(
      [
        "yaml/syntax",
        "===========",
        "",
        "Tema: yaml",
        "Alvorlighetsgrad: error",
        "Kilde: format (README: Input problems)",
        "",
        "Filen er ikke gyldig YAML 1.2.",
        "",
        INPUT_NOTE.nb,
        "",
      ].join("\n"),
    );
    expect(runCli(["explain", "schema/required", "--lang", "en"]).stdout).toMatch(/^Theme: schema\nSeverity: error\nSource: format \(portvokter schema: schemas\/dossier\.v1\.schema\.json\)$/m);
  });

  it("explain still rejects an id that is neither a rule nor an input problem", () => {
    for (const id of ["yaml/nope", "schema/too-many", "io/not-found", "internal/x"]) {
      const r = runCli(["explain", id, "--lang", "en"]);
      expect(r.code, id).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr, id).toMatch(new RegExp(`unknown rule «${id.replace("/", "\\/")}»\\.`));
    }
  });

  it("init writes a skeleton that passes the schema and never overwrites without --force", () => {
    const dir = workspace({});
    expect(runCli(["init", "--phase", "planlegge", "--output", "ny.dossier.yaml"], { cwd: dir }).code).toBe(0);
    const text = readFileSync(join(dir, "ny.dossier.yaml"), "utf8");
    expect(text).toMatch(/^  phase: "planlegge"/m);
    expect(text).toMatch(/^  next_gate: "BP3"/m);
    const checked = json(runCli(["check", "ny.dossier.yaml", "--format", "json"], { cwd: dir }));
    expect(checked.files[0]!.status).toBe("checked");
    writeFileSync(join(dir, "ny.dossier.yaml"), "mine\n");
    const again = runCli(["init", "--output", "ny.dossier.yaml"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(readFileSync(join(dir, "ny.dossier.yaml"), "utf8")).toBe("mine\n");
    expect(runCli(["init", "--output", "ny.dossier.yaml", "--force"], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, "ny.dossier.yaml"))).toBe(true);
  });

  it("schema prints the dossier JSON Schema", () => {
    const r = runCli(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["version", "project"]);
  });

  it("--version and --help", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(runCli(["--version"]).stdout.trim()).toBe(pkg.version);
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Eksempler:/);
    expect(runCli(["check", "--help"]).stdout).toMatch(/--max-warnings/);
  });
});

describe("failure contract", () => {
  const preload = join(ROOT, "test", "fixtures", "preload", "break-normalize.mjs");
  const env = { NODE_OPTIONS: `--import=${pathToFileURL(preload).href}` };

  it("an internal error is one line on stderr and exit 2; the trace only with --debug", () => {
    const r = runCli(["check", "examples/ok-bp2-konsept.dossier.yaml"], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: intern feil (simulated fault); vennligst rapporter den. Kjør med --debug for detaljer.\n");
    const debug = runCli(["check", "examples/ok-bp2-konsept.dossier.yaml", "--debug", "--lang", "en"], { env });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^portvokter: internal error \(simulated fault\), please report it/);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it("an --output that cannot be written is a plain message and exit 2", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN });
    const r = runCli(["check", "a.dossier.yaml", "--output", "finnes/ikke/funn.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("portvokter: kan ikke skrive finnes/ikke/funn.txt: ENOENT\n");
  });
});

// Issue 12 item 5: help, usage errors and severity words in the chosen language (nb by default).
describe("language of help and usage errors", () => {
  it("--help is in bokmål by default and in English with --lang en", () => {
    const nb = runCli(["check", "--help"]).stdout;
    expect(nb).toMatch(/^Bruk: portvokter check/);
    expect(nb).toMatch(/Valg:/);
    expect(nb).toMatch(/--max-warnings <n> +feil \(exit 1\) når det er flere advarsler enn\s+dette/);
    expect(nb).toMatch(/vis hjelp for kommandoen/);
    expect(nb).toMatch(/standard: "error"/);
    expect(nb).not.toMatch(/Usage:|Options:|display help/);
    const en = runCli(["check", "--help", "--lang", "en"]).stdout;
    expect(en).toMatch(/^Usage: portvokter check/);
    expect(en).toMatch(/display help for command/);
    expect(runCli(["--help", "--lang=en"]).stdout).toMatch(/Examples:/);
  });

  it("usage errors in the chosen language, with the value meant for a mistyped gate", () => {
    const gate = runCli(["check", "--gate", "bp3", "x.yaml"]);
    expect(gate.code).toBe(2);
    expect(gate.stderr).toMatch(/^feil: -g, --gate <gate>: «bp3» er ikke en gyldig verdi\. Tillatte verdier: BP1, .*Mente du «BP3»\?/);
    expect(gate.stderr).toMatch(/kjør med --help/);
    expect(runCli(["check", "--gate", "bp3", "--lang", "en"]).stderr).toMatch(/^error: .*«bp3» is not a valid value\..*Did you mean «BP3»\?/);
    expect(runCli(["check", "--gaet", "BP3"]).stderr).toMatch(/^feil: ukjent valg «--gaet»\. Mente du «--gate»\?/);
    expect(runCli(["explain"]).stderr).toMatch(/^feil: argumentet «rule-id» mangler\./);
    expect(runCli(["check", "--format"]).stderr).toMatch(/^feil: -f, --format <format> mangler en verdi\./);
    expect(runCli(["chek"]).stderr).toMatch(/^feil: ukjent kommando «chek»\. Mente du «check»\?/);
    expect(runCli(["check", "--max-warnings", "x", "--lang", "en"]).stderr).toMatch(/^error: --max-warnings <n>: «x» is invalid: expected a whole number/);
  });

  it("follows the config's lang when --lang is not given: help, usage errors, explain, rules", () => {
    const dir = tempDir();
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, "portvokter.config.yaml"), "lang: en\n");
    const sub = join(dir, "portefolje");
    mkdirSync(sub);
    expect(runCli(["check", "--help"], { cwd: sub }).stdout).toMatch(/^Usage: portvokter check/);
    expect(runCli(["check", "--gaet", "BP3"], { cwd: sub }).stderr).toMatch(/^error: unknown option «--gaet»/);
    expect(runCli(["explain", "benefits/owner-not-in-line"], { cwd: sub }).stdout).toMatch(/BP2: warning, BP3: error/);
    // --lang wins over the config; --no-config and -c choose which config is asked.
    expect(runCli(["check", "--help", "--lang", "nb"], { cwd: sub }).stdout).toMatch(/^Bruk: portvokter check/);
    expect(runCli(["check", "--help", "--no-config"], { cwd: sub }).stdout).toMatch(/^Bruk: portvokter check/);
    const other = join(tempDir(), "nb.config.yaml");
    writeFileSync(other, "lang: nb\n");
    expect(runCli(["check", "--help", "-c", other], { cwd: sub }).stdout).toMatch(/^Bruk: portvokter check/);
    // A broken config does not break help; the command that uses it reports it.
    writeFileSync(join(dir, "portvokter.config.yaml"), "lang: [\n");
    expect(runCli(["check", "--help"], { cwd: sub }).stdout).toMatch(/^Bruk: portvokter check/);
    expect(runCli(["check", "."], { cwd: sub })).toMatchObject({ code: 2, stderr: expect.stringMatching(/portvokter\.config\.yaml:\d+:\d+/) });
  });

  it("rules and explain name severities in the chosen language", () => {
    expect(runCli(["explain", "benefits/owner-not-in-line"]).stdout).toMatch(/BP2: advarsel, BP3: feil/);
    expect(runCli(["explain", "benefits/owner-not-in-line", "--lang", "en"]).stdout).toMatch(/BP2: warning, BP3: error/);
    expect(runCli(["rules", "--gate", "BP3"]).stdout).toMatch(/^benefits\/owner-not-in-line +feil /m);
  });
});
