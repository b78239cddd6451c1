// fast-check arbitraries for dossiers: built from the real JSON Schema (so they follow the
// format as it evolves), and hostile mutations of the shipped examples.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parse } from "yaml";
import { ROOT } from "../helpers/cli.js";

type Schema = Record<string, unknown>;
const SCHEMA = JSON.parse(readFileSync(join(ROOT, "schemas", "dossier.v1.schema.json"), "utf8")) as Schema;

/** Text users really write, plus what breaks naive code: æøå, decomposed letters, RTL, emoji, controls, HTML, placeholders. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "TBD",
    "?",
    "-",
    "ikke avklart",
    "Mangler",
    "Bærum kommune",
    "Sørum",
    "høy",
    "ho\u0308y",
    "Tromsø\u0301",
    "مرحبا بالعالم",
    "\u202eevil\u202c",
    "😀👩‍👩‍👧",
    "\u001b[31mrød\u001b[0m",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "a\r\nb",
    "__proto__",
    "constructor",
    "x".repeat(5000),
    "null",
    "~",
    "2027-13-45",
    "0x1F",
  ),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

const dateLike = fc.oneof(
  fc.date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2027-02-30", "31.12.2027", "2027/01/01", "2027-1-1", "i morgen", "2027-06-30T12:00:00Z"),
);

const validDate = fc
  .date({ min: new Date("1990-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const kebab = fc
  .array(fc.stringMatching(/^[a-z0-9æøå]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("-"));

function resolve(schema: Schema): Schema {
  const ref = schema.$ref as string | undefined;
  if (!ref) return schema;
  const name = ref.replace("#/$defs/", "");
  return { ...((SCHEMA.$defs as Record<string, Schema>)[name] as Schema), ...schema, $ref: undefined };
}

/** Values for a schema node: valid ones, or with `wild` sometimes a value of the wrong kind. */
function fromSchema(node: Schema, depth: number, wild: boolean): fc.Arbitrary<unknown> {
  const s = resolve(node);
  const types = ([] as string[]).concat((s.type as string | string[] | undefined) ?? []);
  const options: Array<fc.Arbitrary<unknown>> = [];
  if (s.enum) options.push(fc.constantFrom(...(s.enum as unknown[])));
  else {
    for (const t of types) {
      if (t === "null") options.push(fc.constant(null));
      else if (t === "string")
        options.push(s.format === "date" ? (wild ? dateLike : validDate) : s.pattern ? (wild ? fc.oneof(kebab, nastyText) : fc.stringMatching(new RegExp(s.pattern as string))) : nastyText);
      else if (t === "number") {
        const min = (s.minimum as number | undefined) ?? -1e6;
        const max = (s.maximum as number | undefined) ?? 1e9;
        options.push(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min, max }), fc.integer({ min: Math.ceil(min), max: Math.min(Math.floor(max), 1000) })));
      } else if (t === "integer") options.push(fc.integer({ min: (s.minimum as number | undefined) ?? -5, max: 1000 }));
      else if (t === "boolean") options.push(fc.boolean());
      else if (t === "array" && depth < 6) {
        const items = (s.items as Schema | undefined) ?? {};
        options.push(fc.array(fromSchema(items, depth + 1, wild), { maxLength: 4 }));
      } else if (t === "object" && depth < 6) options.push(objectFrom(s, depth, wild));
    }
  }
  if (options.length === 0) options.push(fc.constant(null));
  if (!wild) return fc.oneof(...options);
  // One time in 30, a value of the wrong kind: what a hand-edited file gives.
  return fc.oneof({ arbitrary: fc.oneof(...options), weight: 29 }, { arbitrary: fc.oneof(nastyText, fc.integer(), fc.constant([]), fc.constant({})), weight: 1 });
}

function objectFrom(s: Schema, depth: number, wild: boolean): fc.Arbitrary<Record<string, unknown>> {
  const props = (s.properties as Record<string, Schema> | undefined) ?? {};
  const required = (s.required as string[] | undefined) ?? [];
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, v] of Object.entries(props)) model[k] = fromSchema(v, depth + 1, wild);
  const extraKeys = wild ? fc.constantFrom("x_lokal", "x_notat", "ukjent_nokkel", "__proto__", "constructor") : fc.constantFrom("x_lokal", "x_notat");
  return fc
    .tuple(
      fc.record(model, { requiredKeys: required }),
      fc.option(fc.dictionary(extraKeys, nastyText, { maxKeys: 2 }), { freq: 5 }),
    )
    .map(([obj, extra]) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(obj)) out[k] = v;
      // defineProperty: a "__proto__" key must become data, as the YAML loader makes it.
      for (const [k, v] of Object.entries(extra ?? {})) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    });
}

/** Valid dossiers generated from the real schema: they reach every rule. */
export const schemaDossier: fc.Arbitrary<unknown> = objectFrom(SCHEMA, 0, false);
/** The same, with now and then a value of the wrong kind or an unknown key: they exercise the schema step. */
export const wildDossier: fc.Arbitrary<unknown> = objectFrom(SCHEMA, 0, true);

export const EXAMPLES = ["ok-bp2-konsept", "ok-bp3-planlegge", "ok-bp4-gjennomfore", "digibarnevern-bp4", "kommune-velferd-bp2"].map(
  (name) => readFileSync(join(ROOT, "examples", `${name}.dossier.yaml`), "utf8"),
);

type Path = Array<string | number>;

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === "object") for (const k of Object.keys(value)) paths((value as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

const replacement: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 6 }, // delete: usually keeps the file valid, so rules run
  { arbitrary: fc.constant(null), weight: 3 },
  nastyText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  dateLike,
  fc.constant([]),
  fc.constant({}),
  fc.constant("y".repeat(200_000)),
  fc.integer({ min: 50, max: 150 }).map((n) => {
    let v: unknown = "bunn";
    for (let i = 0; i < n; i++) v = i % 2 ? [v] : { x_dypt: v };
    return v;
  }),
);

/** An example dossier with 1–5 random edits at random places. */
export const mutatedExample: fc.Arbitrary<unknown> = fc
  .tuple(fc.nat(EXAMPLES.length - 1), fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 5 }))
  .map(([which, edits]) => {
    const doc = parse(EXAMPLES[which]!) as Record<string, unknown>;
    for (const [pick, value] of edits) {
      const all = paths(doc).filter((p) => p.length > 0);
      if (all.length === 0) break;
      const path = all[pick % all.length]!;
      let parent: unknown = doc;
      for (const seg of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[seg];
      const last = path[path.length - 1]!;
      if (value === undefined) {
        if (Array.isArray(parent)) parent.splice(last as number, 1);
        else delete (parent as Record<string, unknown>)[last as string];
      } else (parent as Record<string | number, unknown>)[last] = value;
    }
    return doc;
  });

/** The raw text of an example with bytes flipped, inserted or cut: the loader's side of things. */
export const corruptedBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.nat(EXAMPLES.length - 1), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("set", "insert", "cut")), { minLength: 1, maxLength: 8 }))
  .map(([which, edits]) => {
    const bytes = Array.from(Buffer.from(EXAMPLES[which]!, "utf8"));
    for (const [pos, byte, op] of edits) {
      const i = pos % Math.max(1, bytes.length);
      if (op === "set") bytes[i] = byte;
      else if (op === "insert") bytes.splice(i, 0, byte);
      else bytes.splice(i, 1 + (byte % 40));
    }
    return Uint8Array.from(bytes);
  });
