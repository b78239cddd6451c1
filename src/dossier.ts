// The dossier as rules see it: generated from schemas/dossier.v1.schema.json at build time
// (scripts/schema-types.mjs), so the schema is the one description of its shape. Every key not
// required may be absent, and most may be null (an empty YAML value): rules never trust presence
// and go through the helpers in rules/helpers.ts.
export type * from "./generated/dossier-types.js";
