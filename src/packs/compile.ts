// Pack rules → Rule objects, with their JSON Schemas compiled by ajv (draft 2020-12, strict, no
// remote references, RE2 for patterns). Runs once per thread that lints; the packs were checked
// by load.ts first, so a failure here is reported there with its place in the pack.
import { Ajv2020 } from "ajv/dist/2020.js";
import type { Rule, RuleReport } from "../evaluate/rule.js";
import type { SourceRef } from "../evaluate/sources.js";
import { isCalendarDate } from "../util/date.js";
import { displayPath, parsePointer } from "../util/pointer.js";
import { isMissing } from "../../rules/helpers.js";
import type { LocalText } from "../types.js";
import { FUNCTIONS } from "./functions.js";
import { re2Engine } from "./regex.js";
import { below, select, type Place } from "./select.js";
import type { PackData, PackRuleData, PackText } from "./types.js";

type Validate = (value: unknown) => boolean;

export function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({
    // Unknown keywords and formats are errors (a typo must not check nothing); type and
    // required strictness would only make pack authors repeat themselves.
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: false,
    addUsedSchema: false,
    code: { regExp: re2Engine, lines: false, optimize: false },
  });
  ajv.addFormat("date", { type: "string", validate: isCalendarDate });
  ajv.addFormat("uri", { type: "string", validate: isUri });
  ajv.addFormat("email", { type: "string", validate: isEmail });
  return ajv;
}

/** An absolute URI: a scheme and what URL accepts. */
function isUri(s: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(s) && URL.canParse(s);
}

/** local@domain.tld, without whitespace (checked without a backtracking regular expression). */
function isEmail(s: string): boolean {
  const at = s.indexOf("@");
  if (at < 1 || at !== s.lastIndexOf("@") || /\s/.test(s)) return false;
  const domain = s.slice(at + 1);
  const dot = domain.lastIndexOf(".");
  return dot > 0 && dot < domain.length - 1;
}

export const localText = (t: PackText): LocalText => (typeof t === "string" ? { nb: t, en: t } : { nb: t.nb, en: t.en });

/** A value as a message shows it: short, one line. */
function shown(value: unknown): string {
  if (value === undefined || value === null) return "";
  const s = typeof value === "string" ? value : JSON.stringify(value);
  const line = s.replace(/\s+/g, " ").trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function nameOf(item: unknown): string {
  if (item === null || typeof item !== "object") return "";
  const r = item as Record<string, unknown>;
  return typeof r.id === "string" ? r.id : typeof r.name === "string" ? r.name : "";
}

/** A schema that ajv refuses although load.ts found nothing (e.g. a local $ref to nothing), with where it is in the rule. */
export class SchemaCompileError extends Error {
  constructor(
    readonly at: "when" | "then/schema",
    message: string,
  ) {
    super(message);
  }
}

export function compileSchema(ajv: Ajv2020, schema: unknown, at: "when" | "then/schema" = "then/schema"): Validate {
  try {
    return ajv.compile(schema as object) as Validate;
  } catch (err) {
    throw new SchemaCompileError(at, String((err as Error)?.message ?? err).split("\n")[0]!);
  }
}

export function compileRule(data: PackRuleData, pack: Pick<PackData, "file" | "title">, ajv: Ajv2020): Rule {
  const given = parsePointer(data.given);
  const field = data.then.field === undefined ? [] : parsePointer(`/${data.then.field}`);
  const when = data.when === undefined ? undefined : compileSchema(ajv, data.when, "when");
  const schema = data.then.schema === undefined ? undefined : compileSchema(ajv, data.then.schema, "then/schema");
  const fn = data.then.function === undefined ? undefined : FUNCTIONS[data.then.function]!;
  const options = data.then.options ?? {};
  const required = data.then.required === true;
  const src = typeof data.source === "string" ? { title: data.source } : data.source;
  const source: SourceRef[] = [{ doc: src.title, ...(src.locator !== undefined ? { locator: src.locator } : {}) }];
  return {
    id: data.id,
    theme: data.theme,
    gates: data.gates,
    source,
    description: localText(data.description),
    rationale: localText(data.rationale ?? data.description),
    messages: { default: localText(data.message) },
    example: data.example ?? "",
    origin: { pack: pack.file, ...(pack.title !== undefined ? { title: localText(pack.title) } : {}), ...(src.url !== undefined ? { url: src.url } : {}) },
    check({ dossier, today }) {
      const reports: RuleReport[] = [];
      const holds = (value: unknown) => {
        if (isMissing(value)) return !required;
        if (schema && !schema(value)) return false;
        return !fn || fn(value, { dossier, today }, options);
      };
      for (const place of select(dossier, given)) {
        if (when && (place.value === undefined || !when(place.value))) continue;
        const target: Place = field.length ? below(place, field) : place;
        if (holds(target.value)) continue;
        const data: Record<string, string | number> = { path: displayPath(target.pointer), value: shown(target.value), id: nameOf(place.item) };
        if (place.index !== undefined) data.index = place.index;
        reports.push({ pointer: target.pointer, data });
      }
      return reports;
    },
  };
}

/** Every rule of the packs, compiled with one ajv instance. */
export function compilePacks(packs: readonly PackData[]): Rule[] {
  const ajv = newAjv();
  return packs.flatMap((pack) => pack.rules.map((rule) => compileRule(rule, pack, ajv)));
}
