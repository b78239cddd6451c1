// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, a rule descriptor for
// every rule (and for the input problems that occur), one result per finding, suppressed
// findings as results with an in-source suppression. Deterministic: no times, no absolute paths
// unless the user gave them.
import { createHash } from "node:crypto";
import type { RuleMeta } from "../../evaluate/rule.js";
import { GATES, type Finding, type Lang, type Severity, type SuppressedFinding } from "../../types.js";
import { spooledWhole } from "../format-kit.js";
import type { Formatter, Spooled } from "../format-types.js";
import { texts } from "../../i18n/index.js";
import { inputDescription } from "../../input-problems/registry.js";
import { explainText } from "../rule-text.js";
import { jsonCiSafe } from "../text.js";

type Level = "error" | "warning" | "note";

const LEVEL: Record<Severity, Level> = { error: "error", warning: "warning", info: "note" };

/** The key under partialFingerprints; bump the version if the key material ever changes. */
export const FINGERPRINT_KEY = "portvokter/v1";

/** "governance/owner-is-manager" → "GovernanceOwnerIsManager" */
function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("") || id;
}

/** The severity at the first gate a rule applies from (what a viewer shows as its default). */
function defaultLevel(rule: RuleMeta): Level | "none" {
  for (const g of GATES) {
    const s = rule.gates[g];
    if (s !== undefined) return s === "off" ? "none" : LEVEL[s];
  }
  return "none";
}

function ruleDescriptor(rule: RuleMeta, lang: Lang) {
  return {
    id: rule.id,
    name: pascalName(rule.id),
    shortDescription: { text: rule.description[lang] },
    fullDescription: { text: rule.rationale[lang] },
    help: { text: explainText(rule, lang) },
    // A pack rule's source link, where it has one (built-in rules are documented by the tool's informationUri).
    ...(rule.origin?.url ? { helpUri: rule.origin.url } : {}),
    defaultConfiguration: { level: defaultLevel(rule) },
    properties: { tags: [rule.theme] },
  };
}

/** Input problems are not rules; they get descriptors of their own (from src/input-problems/registry.ts) when they occur. */
function inputDescriptor(id: string, lang: Lang) {
  const description = inputDescription(id, lang);
  return {
    id,
    name: pascalName(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${texts(lang).format.sarif.inputNote}` },
    help: { text: `${id}\n${"=".repeat(id.length)}\n\n${description}\n\n${texts(lang).format.sarif.inputNote}\n` },
    defaultConfiguration: { level: "error" as const },
    properties: { tags: [id.slice(0, id.indexOf("/")) || id] },
  };
}

/**
 * A result's plain-text message: `[` and `]` (and a `\` before one) backslash-escaped, so that
 * dossier text cannot form an embedded link `[text](url)` (SARIF 2.1.0 §3.11.6).
 */
export function sarifPlainText(s: string): string {
  return s.replace(/\\(?=[[\]])|[[\]]/g, (c) => `\\${c}`);
}

const isAbsolutePath = (p: string) => p.startsWith("/") || p.startsWith("\\") || /^[A-Za-z]:[\\/]/.test(p);

/** The path as a URI reference: forward slashes, each segment percent-encoded. */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (path === "<stdin>") return { uri: "stdin", uriBaseId: "%SRCROOT%" };
  const slashed = path.replace(/\\/g, "/");
  const encode = (seg: string, i: number) => (i === 0 && /^[A-Za-z]:$/.test(seg) ? seg : encodeURIComponent(seg));
  if (isAbsolutePath(path)) {
    const segs = slashed.replace(/^\/+/, "").split("/");
    return { uri: "file:///" + segs.map(encode).join("/") };
  }
  return { uri: slashed.replace(/^\.\//, "").split("/").map((s) => encodeURIComponent(s)).join("/"), uriBaseId: "%SRCROOT%" };
}

/**
 * SHA-256 (hex) of "path\0rule\0stablePointer": the path with forward slashes and no leading
 * "./"; the pointer with list items named by their id (Finding.key). Only a second, third, …
 * finding with the same material adds "\0n" (n = 1, 2, …, in output order) to stay distinct.
 */
export function fingerprint(path: string, rule: string, stable: string, occurrence = 0): string {
  const file = path.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  const material = [file, rule, stable, ...(occurrence > 0 ? [String(occurrence)] : [])].join("\0");
  return createHash("sha256").update(material, "utf8").digest("hex");
}

/** JSON.stringify(value, null, 2), as it would appear nested `depth` levels deep. */
const nested = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, "\n" + "  ".repeat(depth));

/** Where the results go in the log's text; split on it to get the head and the tail. */
const RESULTS_MARK = "@portvokter-results@";
/** An input problem's ruleIndex until every file has been seen (its descriptors are sorted by id, after the rules). */
const EXTRA_MARK = "@portvokter-extra@";
const EXTRA_LINE = /^ {10}"ruleIndex": ("@portvokter-extra@.*"),$/;

/**
 * The log written piece by piece: each result as its file arrives (nested as in the whole log),
 * the head (rule descriptors, including those of the input problems that occurred, and
 * executionSuccessful) at the end, and the provisional ruleIndex of input problems rewritten
 * as the body is copied. Byte for byte JSON.stringify(log, null, 2) + "\n".
 */
export const spooled: Spooled = (ctx) => {
  const known = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const extra = new Set<string>();
  let fatal = false;
  let count = 0;
  let extraIndex: Map<string, number> | undefined;
  const parts = () => {
    const log = {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: ctx.tool.name,
              version: ctx.tool.version,
              ...(ctx.tool.informationUri !== undefined ? { informationUri: ctx.tool.informationUri } : {}),
              language: ctx.lang,
              rules: [...ctx.rules.map((r) => ruleDescriptor(r, ctx.lang)), ...[...extra].sort().map((id) => inputDescriptor(id, ctx.lang))],
            },
          },
          invocations: [
            {
              executionSuccessful: !fatal,
              // The config file used (null: none), as the user named it or relative to the working directory.
              properties: { config: ctx.config ?? null },
            },
          ],
          columnKind: "utf16CodeUnits",
          results: RESULTS_MARK,
        },
      ],
    };
    // CI log commands in strings written with \u escapes: a viewer reads the same text, a CI log no command.
    const text = jsonCiSafe(JSON.stringify(log, null, 2)) + "\n";
    const at = text.indexOf(`"${RESULTS_MARK}"`);
    return { head: text.slice(0, at), tail: text.slice(at + RESULTS_MARK.length + 2) };
  };
  return {
    *file(file) {
      if (file.status === "fatal") fatal = true;
      const location = artifactLocation(file.path);
      const seen = new Map<string, number>();
      const result = (f: Finding | SuppressedFinding, suppressed: false | "inSource" | "external") => {
        const stable = f.key ?? f.pointer;
        const material = `${f.rule}\0${stable}`;
        const occurrence = seen.get(material) ?? 0;
        seen.set(material, occurrence + 1);
        let ruleIndex: number | string | undefined = known.get(f.rule);
        if (ruleIndex === undefined) {
          extra.add(f.rule);
          ruleIndex = EXTRA_MARK + f.rule;
        }
        const item = {
          ruleId: f.rule,
          ruleIndex,
          level: LEVEL[f.severity],
          message: { text: sarifPlainText(f.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: location,
                region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
              },
              ...(f.pointer !== "" ? { logicalLocations: [{ fullyQualifiedName: f.pointer }] } : {}),
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(file.path, f.rule, stable, occurrence) },
          ...(suppressed === "inSource" ? { suppressions: [{ kind: "inSource", justification: (f as SuppressedFinding).reason }] } : {}),
          // "external": SARIF's word for a suppression kept outside the source (the baseline file).
          ...(suppressed === "external" ? { suppressions: [{ kind: "external", justification: texts(ctx.lang).baseline.reason }] } : {}),
        };
        return (count++ === 0 ? "\n        " : ",\n        ") + jsonCiSafe(nested(item, 4));
      };
      // A result at a time: a file with 200 000 findings is never one string.
      for (const f of file.findings) yield result(f, false);
      for (const f of file.suppressed) yield result(f, "inSource");
      for (const f of file.baselined ?? []) yield result(f, "external");
    },
    head: () => [parts().head + "["],
    tail: () => (count === 0 ? "]" : "\n      ]") + parts().tail,
    // Only input problems (whose index is known at the end) need their placeholder index replaced.
    lineRewrite: () =>
      extra.size === 0
        ? undefined
        : (line) => {
            const m = EXTRA_LINE.exec(line);
            if (!m) return line;
            extraIndex ??= new Map([...extra].sort().map((id, i) => [id, ctx.rules.length + i]));
            const id = (JSON.parse(m[1]!) as string).slice(EXTRA_MARK.length);
            return `          "ruleIndex": ${extraIndex.get(id)},`;
          },
  };
};

const sarif: Formatter = spooledWhole(spooled);

export default sarif;
