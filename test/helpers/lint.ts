// Runs YAML text through the real loader, schema and rules, as `check` does for one file.
import { lintBytes, DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_FILE_SIZE } from "../../src/pipeline/lint-bytes.js";
import { loadReferenceData } from "../../src/evaluate/reference-data.js";
import { loadRules } from "../../src/evaluate/registry.js";
import type { Rule } from "../../src/evaluate/rule.js";
import type { FileResult, Finding, Gate, Lang, Severity } from "../../src/types.js";

let allRules: Rule[] | undefined;

export interface LintTextOptions {
  gate?: Gate;
  today?: string;
  lang?: Lang;
  /** Only these rule ids run (default: all). */
  only?: string[];
  overrides?: Record<string, Severity | "off">;
  maxFileSize?: number;
}

export async function lintText(yaml: string | Uint8Array, options: LintTextOptions = {}): Promise<FileResult> {
  allRules ??= await loadRules();
  const rules = options.only ? allRules.filter((r) => options.only!.includes(r.id)) : allRules;
  if (options.only && rules.length !== options.only.length) throw new Error(`unknown rule in ${options.only.join(", ")}`);
  const bytes = typeof yaml === "string" ? new TextEncoder().encode(yaml) : yaml;
  return lintBytes("test.dossier.yaml", bytes, rules, {
    lang: options.lang ?? "nb",
    gate: options.gate,
    today: options.today ?? "2026-06-15",
    overrides: new Map(Object.entries(options.overrides ?? {})),
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    maxAliasCount: DEFAULT_MAX_ALIAS_COUNT,
    data: loadReferenceData(),
  });
}

/** Findings of one rule (fails loudly if the file did not get as far as the rules). */
export function findingsOf(result: FileResult, rule: string): Finding[] {
  if (result.status !== "checked") {
    throw new Error(`file was ${result.status}: ${result.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`).join("; ")}`);
  }
  return result.findings.filter((f) => f.rule === rule);
}

/** The five required project keys, for dossiers that test one section at a time. */
export function minimalProject(fields: Partial<Record<"id" | "name" | "organisation" | "level" | "phase", string>> & Record<string, unknown> = {}): string {
  const p = { id: "testprosjekt", name: "Testprosjekt", organisation: "Testetaten", level: "stat", phase: "konsept", ...fields };
  return `version: 1\nproject:\n${Object.entries(p)
    .map(([k, v]) => `  ${k}: ${typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v)}`)
    .join("\n")}\n`;
}
