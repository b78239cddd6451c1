// Ajv errors → positioned, plain-language findings (schema/*), in the user's language.
import type { SourcePositions } from "../load/positions.js";
import type { Finding, Lang } from "../types.js";
import { hint, problem, texts, type ProblemKey } from "../i18n/index.js";
import { displayPath, escapeSegment, parsePointer } from "../util/pointer.js";
import { closest, closestValue } from "../util/suggest.js";
import type { ValidationError } from "./ajv-types.js";
import { registered } from "../input-problems/registry.js";

/** A file with more schema errors than this is not a dossier: the rest are counted, not listed. */
export const MAX_SCHEMA_FINDINGS = 200;

export interface SchemaContext {
  /** What the file is, for messages about its root. */
  subject: "dossier" | "config" | "pack";
  /** The validated value: the offending values are read from it. */
  value: unknown;
  /** Allowed keys per object, by schema path (generated with the validator): for "did you mean". */
  keys: Record<string, string[]>;
}

export function schemaFindings(errors: ValidationError[], positions: SourcePositions, lang: Lang, context: SchemaContext): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  // A value of the wrong type also fails its enum or format; the type error alone says it best.
  const wrongType = new Set(errors.filter((e) => e.keyword === "type").map((e) => e.instancePath));
  for (const err of errors) {
    if (err.keyword !== "type" && wrongType.has(err.instancePath) && err.keyword !== "additionalProperties" && err.keyword !== "required") continue;
    if (out.length === MAX_SCHEMA_FINDINGS) {
      const more = errors.length - MAX_SCHEMA_FINDINGS;
      const pos = positions.locate("", "key");
      out.push({
        rule: "schema/other",
        severity: "error",
        theme: "schema",
        source: registered("schema/other").source,
        pointer: "",
        line: pos.line,
        column: pos.column,
        message: problem(lang, "schema/too-many", { shown: MAX_SCHEMA_FINDINGS, more }),
      });
      break;
    }
    const f = toFinding(err, positions, lang, context);
    const key = `${f.rule}\u0000${f.pointer}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

function where(pointer: string, lang: Lang, subject: SchemaContext["subject"]): string {
  if (pointer !== "") return `«${displayPath(pointer)}»`;
  if (subject === "pack") return texts(lang).packs.thePack;
  return problem(lang, subject === "dossier" ? "schema/the-dossier" : "schema/the-config");
}

function show(value: unknown): string {
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}

function typeName(lang: Lang, type: string): string {
  return problem(lang, `type/${type}` as ProblemKey);
}

function actualType(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** The value at a JSON Pointer (undefined when there is none). */
function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const seg of parsePointer(pointer)) {
    if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, seg)) return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

function toFinding(err: ValidationError, positions: SourcePositions, lang: Lang, context: SchemaContext): Finding {
  const { subject } = context;
  const path = err.instancePath;
  const value = valueAt(context.value, err.instancePath);
  const make = (rule: string, pointer: string, message: string, anchor: "key" | "value") => {
    const pos = positions.locate(pointer, anchor);
    const { severity, theme, source } = registered(rule);
    return { severity, theme, source, rule, pointer, message, line: pos.line, column: pos.column };
  };

  switch (err.keyword) {
    case "additionalProperties": {
      const key = String(err.params.additionalProperty);
      const known = context.keys[err.schemaPath.replace(/\/additionalProperties$/, "")] ?? [];
      const [suggestion] = closest(key, known, 1);
      const pointer = `${path}/${escapeSegment(key)}`;
      const split = positions.flowCommaSplit(pointer);
      const hint =
        (split ? problem(lang, "schema/unknown-key-comma", split) : "") +
        (suggestion ? problem(lang, "schema/unknown-key-hint", { suggestion }) : "");
      return make(
        "schema/unknown-key",
        pointer,
        problem(lang, "schema/unknown-key", { key, where: where(path, lang, subject), hint }),
        "key",
      );
    }
    case "required": {
      const key = String(err.params.missingProperty);
      return make("schema/required", path, problem(lang, "schema/required", { key, where: where(path, lang, subject) }), "key");
    }
    case "type": {
      const types = String(err.params.type)
        .split(",")
        .filter((x) => x !== "null");
      const expected = types.map((x) => typeName(lang, x)).join(` ${problem(lang, "or")} `);
      return make(
        "schema/type",
        path,
        problem(lang, "schema/type", { where: where(path, lang, subject), expected, actual: typeName(lang, actualType(value)) }) +
          typeHint(lang, path, subject, types, value),
        "value",
      );
    }
    case "enum": {
      // Aliases (old values still accepted) are neither listed nor suggested: new text uses the canonical ones.
      const aliases = new Set<unknown>(context.keys[err.schemaPath.replace(/\/enum$/, "/x-aliases")] ?? []);
      const values = ((err.params.allowedValues as unknown[]) ?? []).filter((v) => !aliases.has(v));
      const allowed = values.filter((v) => v !== null).map(show).join(", ");
      const suggestion = typeof value === "string" ? closestValue(value, values) : undefined;
      const tail = suggestion === undefined ? "" : hint(lang, "didYouMean", { suggestion });
      return make("schema/enum", path, problem(lang, "schema/enum", { value: show(value), where: where(path, lang, subject), allowed }) + tail, "value");
    }
    case "format":
    case "pattern": {
      const key: ProblemKey =
        err.params.format === "date"
          ? "schema/format-date"
          : /id$/.test(path) || /(^|\/)id$/.test(path)
            ? "schema/format-id"
            : /\/path$/.test(path)
              ? "schema/format-pointer"
              : /^\/waivers\/\d+\/reason$/.test(path)
                ? "schema/format-reason"
                : "schema/format";
      const tail = key === "schema/format-date" ? dateHint(lang, value) : "";
      return make("schema/format", path, problem(lang, key, { value: show(value), where: where(path, lang, subject) }) + tail, "value");
    }
    case "minimum":
    case "maximum":
      return make(
        "schema/other",
        path,
        problem(lang, err.keyword === "minimum" ? "schema/minimum" : "schema/maximum", {
          where: where(path, lang, subject),
          limit: String(err.params.limit),
          value: show(value),
        }),
        "value",
      );
    default:
      return make(
        "schema/other",
        path,
        problem(lang, "schema/other", { where: where(path, lang, subject), detail: err.message ?? err.keyword }),
        "value",
      );
  }
}

function typeHint(lang: Lang, path: string, subject: SchemaContext["subject"], types: string[], value: unknown): string {
  // Pasted text or a list instead of a dossier: the root is not a mapping.
  if (path === "" && subject === "dossier" && types.includes("object")) return hint(lang, "notMapping");
  // "12,5": a decimal comma makes YAML read text, not a number.
  if (typeof value === "string" && (types.includes("number") || types.includes("integer")) && /^\s*-?\d+,\d+\s*$/.test(value)) {
    return hint(lang, "decimalComma", { suggestion: value.trim().replace(",", ".") });
  }
  return "";
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** For a date not in YYYY-MM-DD: the same date in that form (31.12.2027), or why it is no date (2028-02-30). */
function dateHint(lang: Lang, value: unknown): string {
  if (typeof value !== "string") return "";
  const nordic = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$/.exec(value);
  if (nordic) {
    const [, d, m, y] = nordic;
    const iso = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
    if (daysIn(Number(y), Number(m)) >= Number(d) && Number(d) >= 1) return hint(lang, "didYouMean", { suggestion: iso });
    return "";
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (month >= 1 && month <= 12 && day > daysIn(year, month)) {
      const name = texts(lang).hints.months.split(",")[month - 1]!;
      return hint(lang, "dateNoSuchDay", { month: name, year, days: daysIn(year, month) });
    }
  }
  return "";
}

function daysIn(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS[month - 1]!;
}
