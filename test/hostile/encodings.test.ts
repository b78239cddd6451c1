// Encodings and line endings as Word-era habits leave them: what is accepted, what is named,
// and that positions stay right.
import { describe, expect, it } from "vitest";
import { lintText } from "../helpers/lint.js";

const DOSSIER = "version: 1\nproject:\n  id: sorum\n  name: Sørum kommune\n  organisation: Sørum\n  level: kommune\n  phase: konsept\n  bogus: æøå\n";

function bytesOf(text: string, encoding: "latin1" | "utf16le" | "utf8"): Buffer {
  return Buffer.from(text, encoding);
}

describe("encodings", () => {
  it("UTF-8 with and without BOM give the same findings at the same positions", async () => {
    const plain = await lintText(bytesOf(DOSSIER, "utf8"));
    const bom = await lintText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytesOf(DOSSIER, "utf8")]));
    expect(bom.findings).toEqual(plain.findings);
    expect(plain.findings[0]).toMatchObject({ rule: "schema/unknown-key", line: 8, column: 3 });
  });

  it.each([
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("%s line endings keep positions right", async (_, eol) => {
    const r = await lintText(DOSSIER.replace(/\n/g, eol));
    expect(r.status).toBe("invalid");
    expect(r.findings[0]).toMatchObject({ rule: "schema/unknown-key", line: 8, column: 3 });
  });

  it("Windows-1252 (Office's æøå, with its “smart quotes”) is named, with how to convert", async () => {
    const text = Buffer.concat([bytesOf("version: 1\nproject:\n  name: ", "utf8"), Buffer.from([0x93]), bytesOf("Sørum", "latin1"), Buffer.from([0x94, 0x0a])]);
    const r = await lintText(text);
    expect(r.status).toBe("fatal");
    expect(r.findings[0]).toMatchObject({ rule: "yaml/encoding", line: 3, column: 9 });
    expect(r.findings[0]!.message).toMatch(/Windows-1252/);
    expect(r.findings[0]!.message).toMatch(/iconv -f WINDOWS-1252 -t UTF-8/);
  });

  it("ISO-8859-1 with æøå (indistinguishable from Windows-1252 there) names both", async () => {
    const r = await lintText(bytesOf(DOSSIER, "latin1"), { lang: "en" });
    expect(r.findings[0]).toMatchObject({ rule: "yaml/encoding", line: 4, column: 10 });
    expect(r.findings[0]!.message).toMatch(/Windows-1252\/ISO-8859-1/);
    expect(r.findings[0]!.message).toMatch(/Save it as UTF-8/);
  });

  it.each([
    ["UTF-16LE", Buffer.concat([Buffer.from([0xff, 0xfe]), bytesOf(DOSSIER, "utf16le")])],
    ["UTF-16BE", Buffer.concat([Buffer.from([0xfe, 0xff]), bytesOf(DOSSIER, "utf16le").swap16()])],
    ["UTF-16LE", bytesOf(DOSSIER, "utf16le")], // no BOM: recognised by its NUL pattern
  ])("%s is named", async (name, bytes) => {
    const r = await lintText(bytes);
    expect(r.findings[0]).toMatchObject({ rule: "yaml/encoding", line: 1, column: 1 });
    expect(r.findings[0]!.message).toContain(name);
    expect(r.findings[0]!.message).toContain(`iconv -f ${name}`);
  });

  it("NUL bytes make a file binary, positioned at the first one", async () => {
    const r = await lintText(Buffer.concat([bytesOf("version: 1\nproject: x", "utf8"), Buffer.from([0]), bytesOf("\n", "utf8")]));
    expect(r.findings[0]).toMatchObject({ rule: "yaml/encoding", line: 2, column: 11 });
    expect(r.findings[0]!.message).toMatch(/NUL/);
  });

  it("decomposed æøå (as macOS may store them) equal composed ones", async () => {
    const decomposed = DOSSIER.replace("bogus: æøå\n", "").replace("phase: konsept", "phase: ide\u0301");
    const r = await lintText(decomposed);
    expect(r.status).toBe("checked");
    expect(r.gate).toBe("BP1");
  });
});
