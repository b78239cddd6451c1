// One dossier's bytes → its FileResult: decode → parse → schema → gate → rules → waivers.
// Pure and synchronous (no I/O, no console): the CLI reads files and prints.
import type { Dossier } from "../dossier.js";
import validateDossier from "../generated/dossier-validator.js";
import dossierKeys from "../generated/dossier-validator-keys.js";
import { fill, hint, problem } from "../i18n/index.js";
import { bytePosition, decode } from "../load/decode.js";
import { normalizeValue } from "../load/normalize.js";
import { MAX_DEPTH, parseYaml } from "../load/parse.js";
import { SourcePositions } from "../load/positions.js";
import type { Finding, FileResult, Gate, Lang, Severity, SuppressedFinding } from "../types.js";
import { schemaFindings } from "../validate/schema-findings.js";
import { resolveGate } from "../evaluate/gate.js";
import type { ReferenceData } from "../evaluate/reference-data.js";
import { overrideOf, severityAt, type Rule, type RuleContext, type RuleReport } from "../evaluate/rule.js";
import { sourceText } from "../evaluate/sources.js";
import { registered } from "../input-problems/registry.js";
import { applyWaivers } from "../evaluate/waivers.js";
import { readTracker, sectionsWithErrors, withoutSections } from "./partial.js";
import { ptr, stablePointer } from "../util/pointer.js";
import { gitBlobId } from "../util/git-blob.js";

export interface LintOptions {
  lang: Lang;
  /** --gate or the config's gate; else each dossier's own. */
  gate?: Gate;
  /** Run date, YYYY-MM-DD. */
  today: string;
  /** Severity overrides by rule id (config `rules`, --rule). */
  overrides: ReadonlyMap<string, Severity | "off">;
  maxFileSize: number;
  maxAliasCount: number;
  data: ReferenceData;
  /** Keep the validated dossier on the result (the report draws from it); otherwise it is dropped, so a large run holds only findings. */
  keepDossier?: boolean;
}

/**
 * 1 MB: 25 times the largest real dossier seen (41 KB), and the size at which every command and
 * format was measured under 3 s and 300 MB (bench/README.md). Above it the cost keeps growing
 * linearly (the YAML parser alone needs ~0.8 s and ~100 MB per MB); a config may raise it to 50 MB.
 */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
export const DEFAULT_MAX_ALIAS_COUNT = 100;

type Fatal = Omit<Finding, "theme" | "source" | "severity">;

function fatal(path: string, gate: Gate | null, f: Fatal): FileResult {
  const { theme, source } = registered(f.rule);
  return {
    path,
    gate,
    status: "fatal",
    findings: [{ ...f, severity: "error", theme, source }],
    suppressed: [],
  };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

export function lintBytes(path: string, bytes: Uint8Array, rules: readonly Rule[], options: LintOptions): FileResult {
  const result = lintContent(path, bytes, rules, options);
  // For a report: which version of the file it read, as git names content (see revision.ts).
  return options.keepDossier ? { ...result, contentId: gitBlobId(bytes) } : result;
}

function lintContent(path: string, bytes: Uint8Array, rules: readonly Rule[], options: LintOptions): FileResult {
  const { lang } = options;
  if (bytes.length > options.maxFileSize) {
    const message = problem(lang, "yaml/too-large", { max: formatSize(options.maxFileSize) });
    return fatal(path, options.gate ?? null, { rule: "yaml/too-large", message, pointer: "", line: 1, column: 1 });
  }

  const decoded = decode(bytes);
  if (!decoded.ok) {
    const pos = bytePosition(bytes, decoded.offset);
    const message =
      decoded.reason === "binary"
        ? problem(lang, "yaml/binary")
        : problem(lang, "yaml/encoding", {
            encoding: decoded.encoding,
            iconv: decoded.encoding.startsWith("Windows-1252") ? "WINDOWS-1252" : decoded.encoding,
          });
    return fatal(path, options.gate ?? null, { rule: "yaml/encoding", message, pointer: "", ...pos });
  }

  const parsed = parseYaml(decoded.text, { maxAliasCount: options.maxAliasCount });
  if (!parsed.ok) {
    const { line, col } = parsed.lines.linePos(parsed.offset);
    const key = parsed.rule === "yaml/duplicate-key" ? duplicateKeyAt(decoded.text, parsed.offset) : "";
    const d = parsed.diagnosis;
    const detail = d ? hint(lang, d.key, { ...d.data, line, column: col }) : (parsed.detail ?? "");
    const message = problem(lang, parsed.rule, { detail, key, max: options.maxAliasCount, depth: MAX_DEPTH });
    // Too deep is a size bound like too-large: one public id for "over a resource limit".
    const rule = parsed.rule === "yaml/too-deep" ? "yaml/too-large" : parsed.rule;
    return fatal(path, options.gate ?? null, { rule, message, pointer: "", line, column: col });
  }

  // A text already in NFC (nearly all) needs no normalised copy of its value.
  const value = decoded.text === decoded.text.normalize("NFC") ? parsed.value : normalizeValue(parsed.value);
  const positions = new SourcePositions(parsed.doc, parsed.lines);
  const projectRaw = value && typeof value === "object" ? (value as { project?: unknown }).project : undefined;
  const gate = resolveGate(options.gate, projectRaw);
  const project = projectInfo(projectRaw, positions);

  if (!validateDossier(value)) {
    const findings = sortFindings(
      schemaFindings(validateDossier.errors ?? [], positions, lang, { subject: "dossier", value, keys: dossierKeys }).map((f) => ({ ...f, key: stablePointer(value, f.pointer) })),
    );
    const invalid: FileResult = { path, gate, status: "invalid", findings, suppressed: [], project };
    // The rules that read none of the sections with errors still run (see partial.ts).
    const sections = sectionsWithErrors(findings);
    if (!sections || !gate) return invalid;
    const rest = withoutSections(value as Record<string, unknown>, sections);
    if (!validateDossier(rest)) return invalid;
    const partial = evaluate(path, rest as unknown as Dossier, gate, rules, options, positions, sections);
    return { ...invalid, findings: sortFindings([...findings, ...partial.findings]), suppressed: partial.suppressed };
  }

  const dossier = value as Dossier;
  if (!gate) {
    // Unreachable with a valid dossier (phase is required and enumerated), kept for safety.
    return { path, gate, status: "checked", findings: [], suppressed: [], project, ...(options.keepDossier ? { dossier: reportPart(dossier) } : {}) };
  }

  const { findings, suppressed } = evaluate(path, dossier, gate, rules, options, positions);
  return { path, gate, status: "checked", findings, suppressed, project, ...(options.keepDossier ? { dossier: reportPart(dossier) } : {}) };
}

/**
 * Runs the rules active at `gate`, applies the waivers, then the rules that look at the waivers.
 * With `left` (sections left out for schema errors), a rule that reads one of them is dropped and
 * named in one schema/rules-skipped finding per section; the waiver rules do not run then (a
 * waiver for a dropped rule would look unused).
 */
function evaluate(
  path: string,
  dossier: Dossier,
  gate: Gate,
  rules: readonly Rule[],
  options: LintOptions,
  positions: SourcePositions,
  left?: ReadonlySet<string>,
): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const tracker = left ? readTracker(dossier, left) : undefined;
  const ctx: RuleContext = { dossier: tracker?.dossier ?? dossier, gate, today: options.today, data: options.data };
  const active = rules
    .map((rule) => ({ rule, severity: effectiveSeverity(rule, gate, options.overrides) }))
    .filter((r): r is { rule: Rule; severity: Severity } => r.severity !== undefined);

  const raw: Finding[] = [];
  const skipped = new Map<string, string[]>();
  const run = (rule: Rule, severity: Severity, context: RuleContext) => {
    let reports: RuleReport[];
    try {
      reports = rule.check(context);
    } catch (err) {
      throw new RuleFailure(rule.id, path, err);
    }
    const read = tracker?.take();
    if (read && read.size > 0) {
      for (const section of read) skipped.set(section, [...(skipped.get(section) ?? []), rule.id]);
      return;
    }
    for (const r of reports) raw.push(toFinding(rule, r, severity, options, positions, dossier));
  };

  for (const { rule, severity } of active) if (rule.phase !== "post") run(rule, severity, ctx);
  const { findings, suppressed, matched } = applyWaivers(raw, dossier, options.today);
  const postFindings: Finding[] = [];
  if (left) {
    for (const [section, ids] of skipped) postFindings.push(rulesSkipped(section, ids, options.lang, positions));
  } else {
    for (const { rule, severity } of active) {
      if (rule.phase !== "post") continue;
      const before = raw.length;
      run(rule, severity, { ...ctx, matchedWaivers: matched, knownRules: new Set(rules.map((r) => r.id)) });
      postFindings.push(...raw.splice(before));
    }
  }
  return { findings: sortFindings([...findings, ...postFindings]), suppressed: sortFindings(suppressed) as SuppressedFinding[] };
}

/** Says which rules did not run because `section` has schema errors (info: the schema errors are the errors). */
function rulesSkipped(section: string, ids: string[], lang: Lang, positions: SourcePositions): Finding {
  const pointer = ptr(section);
  const pos = positions.locate(pointer, "key");
  const shown = ids.length > 5 ? `${ids.slice(0, 5).join(", ")} …` : ids.join(", ");
  const entry = registered("schema/rules-skipped");
  return {
    rule: entry.id,
    severity: "info",
    message: problem(lang, "schema/rules-skipped", { section, count: ids.length, rules: shown }),
    pointer,
    line: pos.line,
    column: pos.column,
    theme: entry.theme,
    source: entry.source,
  };
}

/**
 * The parts of a dossier the report draws (project facts, stakeholders, benefits): kept on the
 * result for the report, and sent from a worker thread, instead of the whole dossier.
 */
function reportPart(d: Dossier): Dossier {
  const g = d.governance, n = d.needs;
  return {
    version: d.version,
    project: d.project,
    stakeholders: d.stakeholders,
    benefits: d.benefits,
    // The key facts at the top of the report: who owns and leads, what was chosen, what is aimed at, what can go wrong.
    governance: g ? { owner: g.owner, project_manager: g.project_manager } : g,
    needs: n ? { goals: n.goals, alternatives: n.alternatives } : n,
    uncertainty: d.uncertainty,
  } as Dossier;
}

export class RuleFailure extends Error {
  constructor(
    readonly ruleId: string,
    readonly path: string,
    readonly causeError: unknown,
  ) {
    super(`rule ${ruleId} failed on ${path}: ${(causeError as Error)?.message ?? String(causeError)}`);
  }
}

function effectiveSeverity(rule: Rule, gate: Gate, overrides: ReadonlyMap<string, Severity | "off">): Severity | undefined {
  const atGate = severityAt(rule.gates, gate);
  if (atGate === undefined) return undefined; // an override never makes a rule apply at a gate it does not know
  const o = overrideOf(rule, (selector) => overrides.get(selector));
  if (o === "off") return undefined;
  return o ?? atGate;
}

function toFinding(rule: Rule, r: RuleReport, severity: Severity, options: LintOptions, positions: SourcePositions, dossier: Dossier): Finding {
  const messageId = r.messageId ?? Object.keys(rule.messages)[0]!;
  const template = rule.messages[messageId];
  if (!template) throw new Error(`rule ${rule.id} reported unknown message id ${messageId}`);
  const overridden = overrideOf(rule, (selector) => options.overrides.get(selector)) !== undefined;
  const pos = positions.locate(r.pointer, "key");
  return {
    rule: rule.id,
    severity: r.escalate && !overridden ? "error" : severity,
    message: fill(template[options.lang], r.data),
    pointer: r.pointer,
    line: pos.line,
    column: pos.column,
    theme: rule.theme,
    source: sourceText(rule.source),
    key: stablePointer(dossier, r.pointer),
  };
}

/** By line, then column, then rule id, then message: the order every format shows. */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

function projectInfo(project: unknown, positions: SourcePositions): FileResult["project"] {
  if (!project || typeof project !== "object") return undefined;
  const p = project as Record<string, unknown>;
  const pick = (k: string) => (typeof p[k] === "string" ? (p[k] as string) : undefined);
  const id = pick("id");
  // Where project.id stands: a duplicate id across a run is reported there (src/run/portfolio.ts).
  const idAt = id === undefined ? {} : { idAt: positions.locate(ptr("project", "id"), "key") };
  return { id, name: pick("name"), phase: pick("phase"), level: pick("level"), next_gate: pick("next_gate"), ...idAt };
}

function duplicateKeyAt(text: string, offset: number): string {
  const m = /^\s*["']?([^"':\n]+?)["']?\s*:/.exec(text.slice(offset, offset + 200));
  return m ? m[1]!.trim() : "?";
}
