// Every fatal (yaml/*, io/*) and schema (schema/*) id, from a real file, through the CLI,
// with the position a user would be sent to.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, json, ROOT, runCli, tempDir } from "./helpers/cli.js";

const input = (name: string) => join(FIXTURES, "input", name);

function only(args: string[]) {
  const r = runCli(["check", "--format", "json", "--no-config", ...args]);
  const out = json(r);
  expect(out.files).toHaveLength(1);
  return { code: r.code, file: out.files[0]!, stderr: r.stderr };
}

describe("fatal input", () => {
  it.each([
    ["syntax.yaml", "yaml/syntax", 3, 1],
    ["duplicate-key.yaml", "yaml/duplicate-key", 4, 3],
    ["multi-document.yaml", "yaml/multi-document", 2, 1],
    ["empty.yaml", "yaml/empty", 1, 1],
    ["alias-limit.yaml", "yaml/alias-limit", 2, 8],
  ])("%s → %s at %i:%i, exit 2", (name, rule, line, column) => {
    const { code, file, stderr } = only([input(name)]);
    expect(code).toBe(2);
    expect(file.status).toBe("fatal");
    expect(file.findings).toEqual([expect.objectContaining({ rule, line, column, severity: "error" })]);
    expect(stderr).toBe("");
  });

  it("names Windows-1252 for a file saved by Office, at the first æøå", () => {
    const dir = tempDir();
    const path = join(dir, "cp1252.dossier.yaml");
    writeFileSync(path, Buffer.concat([Buffer.from("version: 1\nproject:\n  name: S"), Buffer.from([0xf8]), Buffer.from("rum kommune\n")]));
    const { code, file } = only([path]);
    expect(code).toBe(2);
    expect(file.findings[0]).toMatchObject({ rule: "yaml/encoding", line: 3, column: 10 });
    expect(file.findings[0]!.message).toMatch(/Windows-1252/);
    expect(file.findings[0]!.message).toMatch(/iconv -f WINDOWS-1252 -t UTF-8/);
  });

  it("names UTF-16 from its byte-order mark", () => {
    const dir = tempDir();
    const path = join(dir, "utf16.yaml");
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("version: 1\n", "utf16le")]));
    const { file } = only([path, "--lang", "en"]);
    expect(file.findings[0]).toMatchObject({ rule: "yaml/encoding", line: 1, column: 1 });
    expect(file.findings[0]!.message).toMatch(/UTF-16LE/);
  });

  it("refuses a file over the size limit before parsing it", () => {
    const dir = tempDir();
    const path = join(dir, "big.dossier.yaml");
    writeFileSync(path, "version: 1\n" + "# fyll\n".repeat(2000));
    const { code, file } = only([path, "--max-file-size", "1KB"]);
    expect(code).toBe(2);
    expect(file.findings[0]).toMatchObject({ rule: "yaml/too-large", line: 1, column: 1 });
  });

  it("has a default limit of 1 MB (1 048 576 bytes), which --max-file-size raises", () => {
    const dir = tempDir();
    const clean = readFileSync(join(ROOT, "examples", "ok-bp2-konsept.dossier.yaml"), "utf8");
    const fill = (total: number) => clean + "#".repeat(total - Buffer.byteLength(clean) - 1) + "\n";
    writeFileSync(join(dir, "at.dossier.yaml"), fill(1024 * 1024));
    writeFileSync(join(dir, "over.dossier.yaml"), fill(1024 * 1024 + 1));
    expect(only([join(dir, "at.dossier.yaml")]).file.status).toBe("checked");
    const over = only([join(dir, "over.dossier.yaml")]);
    expect(over.code).toBe(2);
    expect(over.file.findings[0]).toMatchObject({ rule: "yaml/too-large", line: 1, column: 1 });
    expect(only([join(dir, "over.dossier.yaml"), "--max-file-size", "2MB"]).file.status).toBe("checked");
  });

  it("reports a missing file as io/unreadable and still checks the others", () => {
    const r = runCli(["check", "--format", "json", "--no-config", "finnes-ikke.yaml", input("bom-crlf.yaml")]);
    const out = json(r);
    expect(r.code).toBe(2);
    expect(out.files.map((f) => [f.path, f.status])).toEqual([
      ["finnes-ikke.yaml", "fatal"],
      [expect.stringContaining("bom-crlf.yaml"), "invalid"],
    ]);
    expect(out.files[0]!.findings[0]).toMatchObject({ rule: "io/unreadable", line: 1, column: 1 });
    expect(out.summary).toMatchObject({ files: 2, fatal: 1 });
  });
});

describe("schema violations", () => {
  it("accepts a UTF-8 BOM and CRLF line endings, with exact positions", () => {
    const { code, file } = only([input("bom-crlf.yaml")]);
    expect(code).toBe(1);
    expect(file.status).toBe("invalid");
    expect(file.findings).toEqual([
      expect.objectContaining({ rule: "schema/unknown-key", pointer: "/project/bogus", line: 8, column: 3 }),
    ]);
  });

  it("positions each schema id at the offending key or value and names allowed values", () => {
    const { code, file } = only([input("schema-errors.yaml")]);
    expect(code).toBe(1);
    const got = file.findings.map((f) => [f.rule, f.pointer, f.line, f.column]);
    expect(got).toEqual([
      ["schema/required", "/project", 2, 1], // level is missing: at the parent key
      ["schema/format", "/project/id", 3, 7],
      ["schema/type", "/project/name", 4, 9],
      ["schema/enum", "/project/phase", 6, 10],
      ["schema/other", "/project/cost_estimate_mnok", 7, 23],
      ["schema/unknown-key", "/governence", 8, 1],
      ["schema/required", "/waivers/0", 10, 5],
      ["schema/format", "/benefits/0/realisation_date", 13, 23],
    ]);
    const byRule = Object.fromEntries(file.findings.map((f) => [f.pointer, f.message as string]));
    expect(byRule["/governence"]).toMatch(/Mente du «governance»\?/);
    expect(byRule["/project/phase"]).toMatch(/idé, konsept, planlegge, gjennomføre, avslutte, realisere/);
    expect(byRule["/project"]).toMatch(/«level»/);
  });

  it("says which rules did not run for an invalid file", () => {
    const r = runCli(["check", "--no-config", input("schema-errors.yaml")]);
    expect(r.stdout).toMatch(/filen følger ikke skjemaet: regler som leser en del med feil, ble ikke kjørt/);
    const en = runCli(["check", "--no-config", "--lang", "en", input("schema-errors.yaml")]);
    expect(en.stdout).toMatch(/the file does not match the schema: rules that read a part with errors did not run/);
    expect(en.stdout).toMatch(/Unknown key «governence» in the dossier\. Did you mean «governance»\?/);
  });
});

// Issue 12 item 2: the usual causes of invalid YAML named in the user's language, with the fix.
describe("yaml/syntax names the cause", () => {
  function syntax(text: string, lang = "nb") {
    const dir = tempDir();
    const path = join(dir, "x.dossier.yaml");
    writeFileSync(path, text);
    const { code, file } = only([path, "--lang", lang]);
    expect(code).toBe(2);
    expect(file.findings).toHaveLength(1);
    expect(file.findings[0]).toMatchObject({ rule: "yaml/syntax", pointer: "" });
    return file.findings[0]! as { line: number; column: number; message: string };
  }

  it("a non-breaking space (U+00A0) in the indentation, with its line and column", () => {
    const f = syntax("version: 1\nproject:\n\u00a0 name: x\n  id: y\n");
    expect([f.line, f.column]).toEqual([3, 1]);
    expect(f.message).toMatch(/hardt mellomrom \(U\+00A0\).*linje|linje 3, kolonne 1 har et hardt mellomrom \(U\+00A0\)/);
    expect(f.message).toMatch(/erstatt det med et vanlig mellomrom/);
    expect(syntax("version: 1\nproject:\n  name:\u00a0x\n  id: y\n", "en").message).toMatch(/line 3, column 8 has a non-breaking space \(U\+00A0\)/);
  });

  it("a tab used for indentation", () => {
    const f = syntax("version: 1\nproject:\n\tname: x\n");
    expect([f.line, f.column]).toEqual([3, 1]);
    expect(f.message).toMatch(/tabulator som innrykk/);
  });

  it("a colon in unquoted text: quote it, with the fixed line", () => {
    const f = syntax("version: 1\nstakeholders:\n  - role: leder: helse\n");
    expect(f.line).toBe(3);
    expect(f.message).toContain('sett teksten i anførselstegn: - role: "leder: helse"');
  });

  it("pasted prose suggests portvokter init", () => {
    const f = syntax("Hei,\n\nHer er dossieren for prosjektet. Vi har: en plan.\nMvh Kari\n");
    expect(f.message).toMatch(/portvokter init/);
    // Text that parses as one string is no mapping: the schema finding says the same.
    const dir = tempDir();
    writeFileSync(join(dir, "p.dossier.yaml"), "Prosjektet skal digitalisere byggesak.\nDet koster 12 mill.\n");
    const { file } = only([join(dir, "p.dossier.yaml")]);
    expect(file.findings[0]).toMatchObject({ rule: "schema/type", pointer: "", message: expect.stringMatching(/portvokter init/) });
  });

  it("translates the library's common messages instead of printing them in English", () => {
    const f = syntax("version: 1\nproject: [1, 2\nb: 3\n");
    expect(f.message).not.toMatch(/[A-Z][a-z]+ (are|is|need) /);
    expect(f.message).toMatch(/^Ugyldig YAML: /);
  });
});

// Issue 12 item 4: did-you-mean for enum values, accents, case, dates and decimal commas.
describe("schema hints", () => {
  it("suggests the value meant", () => {
    const clean = readFileSync(join(ROOT, "examples", "ok-bp2-konsept.dossier.yaml"), "utf8");
    const edit = (from: RegExp, to: string) => {
      const dir = tempDir();
      const path = join(dir, "x.dossier.yaml");
      expect(clean).toMatch(from);
      writeFileSync(path, clean.replace(from, to));
      return only([path]).file.findings.map((f) => f.message as string).join("\n");
    };
    expect(edit(/ {2}level: stat\n/, "  level: kommnue\n")).toMatch(/Mente du «kommune»\?/);
    for (const typed of ["ide", "IDÉ", "Ide"]) expect(edit(/phase: konsept/, `phase: ${typed}`)).toMatch(/Mente du «idé»\?/);
    for (const typed of ["gjennomfore", "Gjennomføre"]) expect(edit(/phase: konsept/, `phase: ${typed}`)).toMatch(/Mente du «gjennomføre»\?/);
    expect(edit(/next_gate: BP2/, "next_gate: bp2")).toMatch(/Mente du «BP2»\?/);
    expect(edit(/realisation_date: 2029-09-30/, "realisation_date: 31.12.2027")).toMatch(/Mente du «2027-12-31»\?/);
    expect(edit(/realisation_date: 2029-09-30/, "realisation_date: 2028-02-30")).toMatch(/februar 2028 har 29 dager/);
    expect(edit(/cost_estimate_mnok: 148/, "cost_estimate_mnok: 12,5")).toMatch(/skal være et tall.*punktum: 12\.5/);
  });

  const example = () => readFileSync(join(ROOT, "examples", "ok-bp2-konsept.dossier.yaml"), "utf8");
  const findingsOf = (text: string) => {
    const path = join(tempDir(), "x.dossier.yaml");
    writeFileSync(path, text);
    return only([path]).file.findings as Array<{ rule: string; pointer: string; line: number; message: string }>;
  };

  it("lists only the canonical values of an enum, not the old ones it still accepts", () => {
    const clean = example();
    expect(clean).toMatch(/\n {2}dpia: planned\n/);
    const message = findingsOf(clean.replace(/\n {2}dpia: planned\n/, "\n  dpia: ferdig\n")).find((f) => f.rule === "schema/enum")!.message;
    expect(message).toMatch(/Tillatte verdier: gjennomført, planlagt, ikke-nødvendig, mangler\./);
    expect(message).not.toMatch(/\bdone\b|\bplanned\b/);
    // The old value itself is still accepted.
    expect(findingsOf(clean).filter((f) => f.rule.startsWith("schema/"))).toEqual([]);
  });

  it("an unquoted comma inside { } that splits text: quote the text, with the text as meant", () => {
    const clean = example();
    const at = clean.split("\n").findIndex((l) => l === "security:") + 1;
    const split = findingsOf(clean.replace("\nsecurity:\n  dpia: planned\n", "\nsecurity: { dpia: planned, risk_assessment: planned, for sent }\nx_:\n"));
    const f = split.find((x) => x.rule === "schema/unknown-key")!;
    expect(f).toMatchObject({ pointer: "/security/for sent", line: at });
    expect(f.message).toContain('sett teksten i anførselstegn: risk_assessment: "planned, for sent"');
    // A key written with its colon and no value is no split text.
    const colon = findingsOf(clean.replace("\nsecurity:\n  dpia: planned\n", "\nsecurity: { dpia: planned, tull: }\nx_:\n"));
    expect(colon.find((x) => x.rule === "schema/unknown-key")!.message).not.toMatch(/anførselstegn/);
  });
});

describe("did you mean: themes, rule selectors and waiver rule ids", () => {
  it("names the closest theme for --theme, config rules and --rule", () => {
    const rules = runCli(["rules", "--theme", "govrnance"]);
    expect(rules.code).toBe(2);
    expect(rules.stderr).toMatch(/mente du «governance»\?/);
    const dir = tempDir();
    writeFileSync(join(dir, "portvokter.config.yaml"), "rules:\n  govrnance/*: off\n");
    const ok = join(ROOT, "examples", "ok-bp2-konsept.dossier.yaml");
    const config = runCli(["check", ok], { cwd: dir });
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(/ukjent regel «govrnance\/\*» i rules; mente du «governance\/\*»\?/);
    expect(runCli(["check", "--no-config", ok, "--rule", "govrnance/*=off"]).stderr).toMatch(/mente du governance\/\*\?/);
  });

  it("names the closest rule id for a waiver's unknown rule", () => {
    const dir = tempDir();
    const path = join(dir, "w.dossier.yaml");
    const clean = readFileSync(join(ROOT, "examples", "ok-bp2-konsept.dossier.yaml"), "utf8");
    writeFileSync(path, clean + 'waivers:\n  - rule: benefits/owner-not-inline\n    path: /benefits\n    reason: "prøver"\n');
    const { file } = only([path]);
    expect(file.findings).toEqual([
      expect.objectContaining({ rule: "dossier/waiver-unused", message: expect.stringContaining("(→ «benefits/owner-not-in-line»)") }),
    ]);
  });
});
