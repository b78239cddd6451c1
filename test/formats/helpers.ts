// Shared by the output-format tests: crafted dossiers, a workspace in the OS temp dir, a real
// XML parser (saxes) and the official SARIF 2.1.0 schema when ../shared is present.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ValidateFunction } from "ajv";
import { SaxesParser } from "saxes";
import { SHARED, sharedPresent } from "../helpers/shared.js";

import { CLEAN } from "../helpers/fixtures.js";

export { CLEAN, ONE_ERROR, workspace } from "../helpers/fixtures.js";

/**
 * Dossier text a report must survive: markup, quotes, C0 controls, DEL, an emoji (a surrogate
 * pair), a lone surrogate, U+FFFE, tab, CR LF, and GitHub's own separators (, : %).
 * YAML double-quoted escapes put the exact characters into the parsed string.
 */
const HOSTILE_YAML = String.raw`"Kari <script>&\"' \x01\x1b\x7f\u0007 \U0001F600 \uD800 \uFFFE\ttab\r\nlinje2, a: b 100%0A"`;
/** What the dossier's string is once parsed. */
export const HOSTILE_VALUE = "Kari <script>&\"' \x01\x1b\x7f\u0007 \u{1F600} \uD800 \uFFFE\ttab\r\nlinje2, a: b 100%0A";
/** The owner is also the project manager (governance/owner-is-manager, a warning at BP2), both named HOSTILE_VALUE. */
export const HOSTILE = CLEAN.replace("    name: Ingrid Moen Haraldsen\n", `    name: ${HOSTILE_YAML}\n`).replace(
  "    name: Thomas Kvalvik\n",
  `    name: ${HOSTILE_YAML}\n`,
);

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Parses with saxes, a conformant XML 1.0 parser: any well-formedness error throws. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on("error", (err) => {
    throw err;
  });
  parser.on("opentag", (tag) => {
    const el: XmlElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, children: [], text: "" };
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("text", (text) => {
    if (stack.length) stack[stack.length - 1]!.text += text;
  });
  parser.write(xml).close();
  if (!root) throw new Error("no root element");
  return root;
}

export const SHARED_SARIF_SCHEMA = join(SHARED, "corpora", "sarif", "sarif-schema-2.1.0.json");
export const HAS_SARIF_SCHEMA = sharedPresent(SHARED_SARIF_SCHEMA, "SARIF output validated against the official 2.1.0 schema");

let validator: ValidateFunction | undefined;

/**
 * The official SARIF 2.1.0 schema (OASIS, errata 01), compiled with Ajv. It is a draft-04
 * schema; Ajv 8 reads it as draft-07 once its root `id` is renamed `$id` (the only draft-04
 * keyword it uses: no boolean exclusiveMinimum/Maximum). Formats are checked by small
 * validators for the three it uses (uri, uri-reference, date-time).
 */
export function sarifValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(SHARED_SARIF_SCHEMA, "utf8")) as Record<string, unknown>;
  const text = JSON.stringify(schema);
  if (/"exclusive(Minimum|Maximum)":\s*(true|false)/.exec(text)) throw new Error("the SARIF schema uses draft-04 boolean exclusives");
  const { id, $schema: _draft04, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  const uriRef = (s: string) => !/[\s<>"{}|\\^`]/.exec(s) && !/%(?![0-9A-Fa-f]{2})/.exec(s);
  ajv.addFormat("uri", (s: string) => uriRef(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.exec(s) !== null && URL.canParse(s));
  ajv.addFormat("uri-reference", (s: string) => uriRef(s) && URL.canParse(s, "file:///base/"));
  ajv.addFormat("date-time", (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.exec(s) !== null && !Number.isNaN(Date.parse(s)));
  validator = ajv.compile({ ...rest, $id: id });
  return validator;
}

export interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    invocations: Array<{ executionSuccessful: boolean; properties?: { config: string | null } }>;
    columnKind: string;
    results: SarifResult[];
  }>;
}
export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[] };
}
export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number } };
    logicalLocations?: Array<{ fullyQualifiedName: string }>;
  }>;
  partialFingerprints: Record<string, string>;
  suppressions?: Array<{ kind: string; justification: string }>;
}

/** Parses SARIF text and, when the official schema is present, validates it (every SARIF a test sees). */
export function sarif(text: string): SarifLog {
  let log: SarifLog;
  try {
    log = JSON.parse(text);
  } catch {
    throw new Error(`not JSON:\n${text.slice(0, 2000)}`);
  }
  if (HAS_SARIF_SCHEMA) {
    const validate = sarifValidator();
    if (!validate(log)) throw new Error(`SARIF does not match the official schema:\n${JSON.stringify(validate.errors, null, 2)}`);
  }
  return log;
}
