// Reads the packs a config names: each file capped, parsed with positions, validated by
// schemas/pack.v1.schema.json, then checked for what the schema cannot say (namespace, ids, the
// rule's JSON Schemas), and compiled. Every refusal is one line with file:line:column (exit 2).
import { realpathSync } from "node:fs";
import { dirname, isAbsolute, relative } from "node:path";
import { showPath } from "../config/extends.js";
import type { Config, PackRef } from "../config/config.js";
import { UsageError } from "../errors.js";
import type { Rule } from "../evaluate/rule.js";
import validatePack from "../generated/pack-validator.js";
import packKeys from "../generated/pack-validator-keys.js";
import { didYouMeanIds, fill, texts, type Catalogue, type Data } from "../i18n/index.js";
import { decode } from "../load/decode.js";
import { normalizeValue } from "../load/normalize.js";
import { parseYaml } from "../load/parse.js";
import { SourcePositions } from "../load/positions.js";
import { readCapped } from "../run/read.js";
import { THEMES, type Lang } from "../types.js";
import { parsePointer } from "../util/pointer.js";
import { closest } from "../util/suggest.js";
import { schemaFindings } from "../validate/schema-findings.js";
import { compileRule, newAjv, SchemaCompileError } from "./compile.js";
import { FORMATS, MAX_SCHEMA_DEPTH, schemaProblem, type SchemaProblem } from "./schema-walk.js";
import { WILDCARD } from "./select.js";
import type { PackData } from "./types.js";

/** The largest pack read: a pack is a few hundred lines; more is not a pack. */
export const MAX_PACK_SIZE = 1024 * 1024;
/** Prefixes of built-in rules and input problems: a pack's rules must stay apart from them. */
const RESERVED = new Set<string>([...THEMES, "yaml", "io", "schema", "internal", "portvokter"]);

type Key = Exclude<keyof Catalogue["packs"], "thePack" | "explainPack" | "explainLink">;
const say = (lang: Lang, key: Key, data: Data) => fill(texts(lang).packs[key], data);

export interface LoadedPacks {
  packs: PackData[];
  rules: Rule[];
}

/** Reads, checks and compiles every pack of `config` (display paths relative to `cwd`). */
export function loadPacks(config: Config, lang: Lang, cwd: string): LoadedPacks {
  const ajv = newAjv();
  const packs: PackData[] = [];
  const rules: Rule[] = [];
  const namespaces = new Map<string, string>();
  for (const ref of config.packs ?? []) {
    const { data, at } = readPack(ref, lang, cwd, ajv);
    const other = namespaces.get(data.namespace);
    if (other !== undefined) throw new UsageError(say(lang, "namespaceTaken", { ...at("/namespace"), namespace: data.namespace, other }));
    namespaces.set(data.namespace, data.file);
    data.rules.forEach((rule, i) => {
      try {
        rules.push(compileRule(rule, data, ajv));
      } catch (err) {
        // checkPack found what it knows; what only compiling finds (a local $ref to nothing) is shown at its schema.
        if (!(err instanceof SchemaCompileError)) throw err;
        throw new UsageError(say(lang, "invalidSchema", { ...at(`/rules/${i}/${err.at}`), detail: err.message }));
      }
    });
    packs.push(data);
  }
  return { packs, rules };
}

function readPack(ref: PackRef, lang: Lang, cwd: string, ajv: Ajv) {
  // Named in the config that lists it (which may be one the config extends), and inside its folder.
  const where = { config: showPath(ref.source, cwd), line: ref.line, column: ref.column, path: ref.file };
  if (!isInside(dirname(ref.source), ref.path)) throw new UsageError(say(lang, "outside", where));
  const read = readCapped(ref.path, MAX_PACK_SIZE);
  if (!read.ok) throw new UsageError(say(lang, "read", { ...where, reason: read.code }));
  const file = relative(cwd, ref.path) || ref.path;
  if (read.bytes.length > MAX_PACK_SIZE) throw new UsageError(say(lang, "big", { path: file, max: "1 MB" }));
  const decoded = decode(read.bytes);
  if (!decoded.ok) throw new UsageError(say(lang, "yaml", { path: file, line: 1, column: 1, rule: "yaml/encoding" }));
  const parsed = parseYaml(decoded.text, { maxAliasCount: 100 });
  if (!parsed.ok) {
    const { line, col } = parsed.lines.linePos(parsed.offset);
    throw new UsageError(say(lang, "yaml", { path: file, line, column: col, rule: parsed.rule }));
  }
  const value = normalizeValue(parsed.value);
  const positions = new SourcePositions(parsed.doc, parsed.lines);
  const at = (pointer: string, anchor: "key" | "value" = "key") => ({ path: file, ...positions.locate(pointer, anchor) });
  if (!validatePack(value)) {
    const lines = schemaFindings(validatePack.errors ?? [], positions, lang, { subject: "pack", value, keys: packKeys }).map((f) =>
      say(lang, "schema", { path: file, line: f.line, column: f.column, detail: f.message }),
    );
    throw new UsageError(lines);
  }
  const data = { ...(value as Omit<PackData, "file">), file };
  checkPack(data, lang, at, ajv);
  return { data, at };
}

/** Inside `dir` (after symbolic links): a config is data from a repository and reads nothing outside its folder. */
function isInside(dir: string, path: string): boolean {
  const inside = (d: string, p: string) => {
    const rel = relative(d, p);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  };
  if (!inside(dir, path)) return false;
  try {
    return inside(realpathSync(dir), realpathSync(path));
  } catch {
    return true; // missing: reading it says so
  }
}

type Ajv = ReturnType<typeof newAjv>;
type At = (pointer: string, anchor?: "key" | "value") => { path: string; line: number; column: number };

/** What the pack schema cannot say; the first problem is thrown. */
function checkPack(pack: PackData, lang: Lang, at: At, ajv: Ajv): void {
  if (RESERVED.has(pack.namespace)) throw new UsageError(say(lang, "namespaceReserved", { ...at("/namespace", "value"), namespace: pack.namespace }));
  const seen = new Set<string>();
  pack.rules.forEach((rule, i) => {
    const base = `/rules/${i}`;
    if (!rule.id.startsWith(`${pack.namespace}/`)) throw new UsageError(say(lang, "idNamespace", { ...at(`${base}/id`, "value"), id: rule.id, namespace: pack.namespace }));
    if (seen.has(rule.id)) throw new UsageError(say(lang, "idTwice", { ...at(`${base}/id`, "value"), id: rule.id }));
    seen.add(rule.id);
    const then = rule.then;
    if (then.required === undefined && then.schema === undefined && then.function === undefined) throw new UsageError(say(lang, "thenEmpty", at(`${base}/then`)));
    if ((then.function === "refersTo" || then.function === "unique") && (then.options?.list === undefined || parsePointer(then.options.list).includes(WILDCARD))) {
      throw new UsageError(say(lang, "refersToList", { ...at(`${base}/then/function`, "value"), function: then.function }));
    }
    if (then.function === "dateNotPast" && then.options !== undefined) throw new UsageError(say(lang, "optionsUnused", { ...at(`${base}/then/options`), function: then.function }));
    for (const [pointer, schema] of [[`${base}/when`, rule.when], [`${base}/then/schema`, then.schema]] as const) {
      if (schema === undefined) continue;
      const problem = schemaProblem(schema);
      if (problem) throw new UsageError(problemText(problem, pointer, lang, at));
      if (!ajv.validateSchema(schema as object)) {
        const e = ajv.errors?.[0];
        throw new UsageError(say(lang, "invalidSchema", { ...at(`${pointer}${e?.instancePath ?? ""}`, "value"), detail: `${e?.instancePath ? `${e.instancePath.slice(1)} ` : ""}${e?.message ?? ""}`.trim() }));
      }
    }
  });
}

function problemText(p: SchemaProblem, base: string, lang: Lang, at: At): string {
  const pos = at(`${base}${p.pointer}`, "key");
  const T = texts(lang).packs;
  switch (p.kind) {
    case "keyword": {
      const hint = didYouMeanIds(lang, p.suggestion ? [p.suggestion] : []);
      return say(lang, "keyword", { ...pos, keyword: p.keyword, hint });
    }
    case "refused":
      return say(lang, "refused", { ...pos, keyword: p.keyword, why: p.why === "id" ? T.whyId : p.why === "dynamic" ? T.whyDynamic : T.whyUnique });
    case "ref":
      return say(lang, "ref", { ...at(`${base}${p.pointer}`, "value"), ref: p.ref });
    case "format":
      return say(lang, "format", { ...at(`${base}${p.pointer}`, "value"), format: p.format, known: FORMATS.join(", ") });
    case "regex":
      return say(lang, "regex", { ...pos, pattern: p.pattern, reason: p.reason });
    case "deep":
      return say(lang, "deep", { ...pos, max: MAX_SCHEMA_DEPTH });
  }
}

/** Ids in the config's `rules` that are neither built-in nor in a pack (`ns/*` for a pack's namespace). */
export function checkConfigRuleIds(config: Config, packs: readonly PackData[], lang: Lang, cwd: string): void {
  const ids = new Set(packs.flatMap((p) => p.rules.map((r) => r.id)));
  const namespaces = new Set(packs.map((p) => `${p.namespace}/*`));
  for (const { id, line, column, file } of config.packRuleIds ?? []) {
    if (ids.has(id) || namespaces.has(id)) continue;
    const near = closest(id, [...ids, ...namespaces], 3);
    const hint = didYouMeanIds(lang, near);
    throw new UsageError(say(lang, "configRule", { config: showPath(file, cwd), line, column, id, hint }));
  }
}
