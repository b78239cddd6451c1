// A pack's JSON Schemas are read before ajv compiles them, so that each refusal names its place
// in the pack: an unknown keyword (a typo would otherwise check nothing), a $ref that is not
// local (nothing is fetched), a format portvokter does not know, a regular expression RE2 cannot
// run in linear time, and schemas nested without end.
import { escapeSegment } from "../util/pointer.js";
import { closest } from "../util/suggest.js";
import { compilePattern } from "./regex.js";

/** Keywords whose value is one schema, a list of schemas, or a map of schemas. */
const ONE = new Set(["not", "if", "then", "else", "items", "contains", "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties"]);
const LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
const MAP = new Set(["properties", "patternProperties", "dependentSchemas", "$defs"]);
/** Keywords whose value is data (ajv's meta-schema checks its shape). */
const VALUE = new Set([
  "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
  "maxLength", "minLength", "pattern", "maxItems", "minItems", "maxContains", "minContains",
  "maxProperties", "minProperties", "required", "dependentRequired", "format", "$ref",
  "$comment", "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
]);
/** Keywords that are JSON Schema but not for packs, and why. */
export const REFUSED: Record<string, "id" | "dynamic" | "unique"> = {
  $id: "id", $schema: "id", $anchor: "id", $vocabulary: "id",
  $dynamicRef: "dynamic", $dynamicAnchor: "dynamic", $recursiveRef: "dynamic", $recursiveAnchor: "dynamic",
  uniqueItems: "unique",
};
const KNOWN = [...ONE, ...LIST, ...MAP, ...VALUE];

export const FORMATS = ["date", "uri", "email"] as const;
export const MAX_SCHEMA_DEPTH = 32;

export type SchemaProblem =
  | { kind: "keyword"; pointer: string; keyword: string; suggestion?: string }
  | { kind: "refused"; pointer: string; keyword: string; why: "id" | "dynamic" | "unique" }
  | { kind: "ref"; pointer: string; ref: string }
  | { kind: "format"; pointer: string; format: string }
  | { kind: "regex"; pointer: string; pattern: string; reason: string }
  | { kind: "deep"; pointer: string };

/** The first problem in `schema` (pointers relative to it), or undefined. */
export function schemaProblem(schema: unknown, pointer = "", depth = 0): SchemaProblem | undefined {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return undefined; // ajv's meta-schema says what is wrong
  if (depth > MAX_SCHEMA_DEPTH) return { kind: "deep", pointer };
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    const at = `${pointer}/${escapeSegment(key)}`;
    const why = REFUSED[key];
    if (why) return { kind: "refused", pointer: at, keyword: key, why };
    if (!KNOWN.includes(key)) return { kind: "keyword", pointer: at, keyword: key, suggestion: closest(key, KNOWN, 1)[0] };
    let found: SchemaProblem | undefined;
    if (key === "$ref" && typeof value === "string" && !value.startsWith("#")) found = { kind: "ref", pointer: at, ref: value };
    else if (key === "format" && typeof value === "string" && !(FORMATS as readonly string[]).includes(value)) found = { kind: "format", pointer: at, format: value };
    else if (key === "pattern" && typeof value === "string") found = regexProblem(value, at);
    else if (ONE.has(key)) found = schemaProblem(value, at, depth + 1);
    else if (LIST.has(key) && Array.isArray(value)) found = first(value, (v, i) => schemaProblem(v, `${at}/${i}`, depth + 1));
    else if (MAP.has(key) && value !== null && typeof value === "object" && !Array.isArray(value)) {
      found = first(Object.entries(value), ([name, sub]) => {
        const where = `${at}/${escapeSegment(name)}`;
        return (key === "patternProperties" ? regexProblem(name, where) : undefined) ?? schemaProblem(sub, where, depth + 1);
      });
    }
    if (found) return found;
  }
  return undefined;
}

function regexProblem(pattern: string, pointer: string): SchemaProblem | undefined {
  const compiled = compilePattern(pattern);
  return compiled.ok ? undefined : { kind: "regex", pointer, pattern, reason: compiled.reason };
}

function first<T>(list: T[], f: (item: T, i: number) => SchemaProblem | undefined): SchemaProblem | undefined {
  for (let i = 0; i < list.length; i++) {
    const p = f(list[i]!, i);
    if (p) return p;
  }
  return undefined;
}
