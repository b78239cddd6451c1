// Lists every rule id (and every `theme/*`) under `rules` in schemas/config.schema.json, with the
// rule's description and gates, so that an editor completes and explains them. The schema file is
// committed (editors read it from the package); this rewrites it from the built rules' metadata:
//   npm run schemas          (test/shape.test.ts fails when it is stale)
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CONFIG_SCHEMA = join(root, "schemas", "config.schema.json");
const SEVERITY = "#/properties/rules/additionalProperties";

/** `rules`: [{ id, theme, gates, description }] as `portvokter rules --format json` gives them (nb). */
export function withRuleIds(schema, rules) {
  const gates = (r) => Object.entries(r.gates).map(([g, s]) => `${g}: ${s}`).join(", ");
  const themes = [...new Set(rules.map((r) => r.theme))].sort();
  const properties = {};
  for (const theme of themes) {
    properties[`${theme}/*`] = { $ref: SEVERITY, description: `Alle reglene i temaet ${theme} (every rule of the theme).` };
  }
  for (const r of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    properties[r.id] = { $ref: SEVERITY, description: `${r.description} (${gates(r)})` };
  }
  const rulesNode = { ...schema.properties.rules };
  delete rulesNode.properties;
  // `properties` placed before additionalProperties, where a reader expects it.
  const { additionalProperties, ...head } = rulesNode;
  return { ...schema, properties: { ...schema.properties, rules: { ...head, properties, additionalProperties } } };
}

export function configSchemaText(rules) {
  return JSON.stringify(withRuleIds(JSON.parse(readFileSync(CONFIG_SCHEMA, "utf8")), rules), null, 2) + "\n";
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { RULES } = await import(pathToFileURL(join(root, "dist", "src", "generated", "rules-all.js")).href);
  const rules = RULES.map((r) => ({ id: r.id, theme: r.id.split("/")[0], gates: r.gates, description: r.description.nb }));
  writeFileSync(CONFIG_SCHEMA, configSchemaText(rules));
  console.log(`schemas/config.schema.json: ${rules.length} rule ids`);
}
