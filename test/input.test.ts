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
