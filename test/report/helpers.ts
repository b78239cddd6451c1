// Shared by the report tests: running `portvokter report`, reading the examples, a hostile dossier.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT, runCli, tempDir, type CliResult } from "../helpers/cli.js";

export const TODAY = "2026-11-28";
export const EXAMPLES = join(ROOT, "examples");
export const example = (name: string) => join("examples", name);

export function report(args: string[], options: { cwd?: string } = {}): CliResult {
  return runCli(["report", ...args, "--no-config", "--today", TODAY], options);
}

/** The report's HTML (stdout), failing loudly when the run did not produce one. */
export function reportHtml(...args: string[]): string {
  const r = report(args);
  if (r.code === 2 || !r.stdout.startsWith("<!DOCTYPE html>")) throw new Error(`no report (exit ${r.code}):\n${r.stderr}`);
  return r.stdout;
}

export interface ExampleStakeholder {
  id: string;
  name: string;
  importance?: string;
  replaceability?: string;
  strategy?: string;
}
export interface ExampleBenefit {
  id: string;
  realisation_date?: string;
  owner?: { in_line?: boolean };
}

export function exampleData(name: string): { stakeholders: ExampleStakeholder[]; benefits: ExampleBenefit[] } {
  const d = parse(readFileSync(join(EXAMPLES, name), "utf8")) as { stakeholders?: ExampleStakeholder[]; benefits?: ExampleBenefit[] };
  return { stakeholders: d.stakeholders ?? [], benefits: d.benefits ?? [] };
}

export const isKey = (s: ExampleStakeholder) => s.importance === "høy" && s.replaceability === "lav";

/** Number of times `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

export const SCRIPT_PAYLOAD = "<script>alert(1)</script>";
export const IMG_PAYLOAD = '"><img src=x onerror=alert(1)>';

/** A valid dossier whose every free text tries to become markup (HTML and Markdown). */
export const HOSTILE_YAML = `version: 1
project:
  id: fiendtlig
  name: '${SCRIPT_PAYLOAD} & «prosjekt»'
  organisation: '${IMG_PAYLOAD}'
  level: kommune
  phase: konsept
stakeholders:
  - id: skript
    name: '${SCRIPT_PAYLOAD}'
    importance: høy
    replaceability: lav
    strategy: samarbeid
  - id: bilde
    name: '${IMG_PAYLOAD}'
    importance: lav
    replaceability: høy
    strategy: gå-alene
  - id: tabell
    name: 'A | B \`kode\` *fet* _kursiv_ [lenke](javascript:alert(1))'
    importance: høy
    replaceability: høy
  - id: uklassifisert
    name: '<b onmouseover=alert(1)>uklassifisert</b>'
benefits:
  - id: b1
    description: '${SCRIPT_PAYLOAD}'
    owner:
      name: '${IMG_PAYLOAD}'
      organisation: '</td></tr></table><script>alert(2)</script>'
      in_line: true
    recipient: skript
    realisation_date: 2027-06-30
waivers:
  - rule: change/strategy-missing
    reason: '${SCRIPT_PAYLOAD} </details><img src=x onerror=alert(3)>'
`;

/** Writes the hostile dossier into a fresh temp folder and returns its path. */
export function hostileFile(): string {
  const dir = tempDir("portvokter-report-");
  const file = join(dir, "fiendtlig.dossier.yaml");
  writeFileSync(file, HOSTILE_YAML);
  return file;
}
