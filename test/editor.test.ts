// The editor experience with the real yaml-language-server (what VS Code's YAML extension runs),
// driven over stdio as an editor drives it: a dossier made by `init` in a subfolder finds its
// schema through the modeline, gets schema diagnostics, and hover shows the keys' documentation.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { workspace } from "./helpers/fixtures.js";

const require = createRequire(import.meta.url);
const SERVER = join(require.resolve("yaml-language-server/package.json"), "..", "bin", "yaml-language-server");

interface Diagnostic {
  message: string;
  range: { start: { line: number; character: number } };
}

let server: ChildProcess;
let connection: MessageConnection;
const diagnostics = new Map<string, Diagnostic[][]>();

beforeAll(async () => {
  server = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "ignore"] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification("textDocument/publishDiagnostics", (p: { uri: string; diagnostics: Diagnostic[] }) => {
    diagnostics.set(p.uri, [...(diagnostics.get(p.uri) ?? []), p.diagnostics]);
  });
  // The editor's settings, as VS Code answers them.
  connection.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => ({ validate: true, hover: true, completion: true, schemas: {} })));
  connection.onRequest("client/registerCapability", () => null);
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.onNotification(() => {});
  connection.listen();
  const dir = workspace();
  await connection.sendRequest("initialize", {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ["markdown", "plaintext"] }, publishDiagnostics: {} } },
  });
  connection.sendNotification("initialized", {});
  connection.sendNotification("workspace/didChangeConfiguration", { settings: { yaml: { validate: true, hover: true, completion: true, schemas: {} } } });
}, 30_000);

afterAll(() => {
  connection?.dispose();
  server?.kill();
});

async function open(file: string): Promise<string> {
  const uri = pathToFileURL(file).href;
  connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: readFileSync(file, "utf8") } });
  return uri;
}

/** The first non-empty diagnostics published for `uri` (the server may publish an empty set first). */
async function diagnosticsOf(uri: string, timeout = 15_000): Promise<Diagnostic[]> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const found = (diagnostics.get(uri) ?? []).find((d) => d.length > 0);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  return [];
}

describe("yaml-language-server on a dossier written by init in a subfolder", () => {
  it("finds the schema through the modeline: a wrong level is a diagnostic at its line, hover documents a key", async () => {
    const dir = workspace();
    expect(runCli(["init", "--phase", "planlegge", "--output", "portefolje/nytt/prosjekt.dossier.yaml"], { cwd: dir }).code).toBe(0);
    const file = join(dir, "portefolje", "nytt", "prosjekt.dossier.yaml");
    const text = readFileSync(file, "utf8").replace('level: "stat"', 'level: "by"');
    writeFileSync(file, text);
    const lines = text.split("\n");
    const uri = await open(file);

    const found = await diagnosticsOf(uri);
    const level = lines.findIndex((l) => l.startsWith('  level: "by"'));
    expect(found.map((d) => d.range.start.line)).toContain(level);
    expect(found.find((d) => d.range.start.line === level)!.message).toMatch(/stat.*fylkeskommune.*kommune.*interkommunalt/s);

    const mandate = lines.findIndex((l) => l.startsWith("  mandate:"));
    const hover = (await connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: mandate, character: 4 } })) as {
      contents: { value: string } | string;
    } | null;
    const shown = typeof hover?.contents === "string" ? hover.contents : (hover?.contents.value ?? "");
    expect(shown).toContain("Styringsgruppens mandat");
  }, 40_000);

  it("gives no schema diagnostics for the skeleton as written", async () => {
    const dir = workspace();
    expect(runCli(["init", "--phase", "gjennomføre", "--output", "a/b/c/prosjekt.dossier.yaml"], { cwd: dir }).code).toBe(0);
    const file = join(dir, "a", "b", "c", "prosjekt.dossier.yaml");
    // One known problem at the end, so that "no diagnostics" means the schema was read and the rest is valid.
    writeFileSync(file, readFileSync(file, "utf8") + "ukjent_nokkel: 1\n");
    const uri = await open(file);
    const found = await diagnosticsOf(uri);
    expect(found.map((d) => d.message)).toEqual([expect.stringMatching(/ukjent_nokkel|not allowed/i)]);
  }, 40_000);
});

describe("yaml-language-server on a rule pack", () => {
  it("validates the example pack through its modeline: only a wrong key is a diagnostic", async () => {
    const dir = workspace();
    const schema = pathToFileURL(join(ROOT, "schemas", "pack.v1.schema.json")).href;
    const file = join(dir, "kommune.pack.yaml");
    const text = readFileSync(join(ROOT, "examples", "packs", "kommune.pack.yaml"), "utf8")
      .replace("$schema=../../schemas/pack.v1.schema.json", `$schema=${schema}`)
      .replace("    theme: needs\n", "    theme: needs\n    severity: error\n");
    writeFileSync(file, text);
    const uri = await open(file);
    const found = await diagnosticsOf(uri);
    const line = text.split("\n").findIndex((l) => l === "    severity: error");
    expect(found.map((d) => d.range.start.line)).toEqual([line]);
  }, 40_000);
});
