// portvokter.config.yaml: found from the working directory up to the repository root, read as
// data only (nothing in it executes), validated by schemas/config.schema.json.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import validateConfig from "../generated/config-validator.js";
import configKeys from "../generated/config-validator-keys.js";
import { decode } from "../load/decode.js";
import { normalizeValue } from "../load/normalize.js";
import { parseYaml } from "../load/parse.js";
import { SourcePositions } from "../load/positions.js";
import { schemaFindings } from "../validate/schema-findings.js";
import { hasRule, ruleIds } from "../evaluate/registry.js";
import type { Gate, Lang, Severity } from "../types.js";
import { THEMES } from "../types.js";
import { closest } from "../util/suggest.js";
import { UsageError } from "../errors.js";
export { UsageError };

export const CONFIG_NAMES = ["portvokter.config.yaml", "portvokter.config.yml"];

export interface Config {
  /** The file it came from (absent: no config). */
  path?: string;
  /** Folder that globs in `files`/`ignore` are relative to. */
  baseDir: string;
  lang?: Lang;
  gate?: Gate;
  rules: Record<string, Severity | "off">;
  files?: string[];
  ignore: string[];
  maxFileSize?: number;
  commonComponents: Array<{ id: string; name: string }>;
}


export function emptyConfig(baseDir: string): Config {
  return { baseDir, rules: {}, ignore: [], commonComponents: [] };
}

/** Nearest config from `start` upward, stopping at the folder that holds .git. */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    if (existsSync(join(dir, ".git"))) return undefined;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

const MESSAGES = {
  read: { nb: "Kan ikke lese konfigurasjonsfilen {path}: {reason}", en: "Cannot read the config file {path}: {reason}" },
  yaml: { nb: "{path}:{line}:{column}: konfigurasjonsfilen er ikke gyldig YAML ({rule})", en: "{path}:{line}:{column}: the config file is not valid YAML ({rule})" },
  schema: { nb: "{path}:{line}:{column}: {detail}", en: "{path}:{line}:{column}: {detail}" },
  rule: {
    nb: "{path}:{line}:{column}: ukjent regel «{id}» i rules{hint}",
    en: "{path}:{line}:{column}: unknown rule «{id}» in rules{hint}",
  },
  hint: { nb: "; mente du {ids}?", en: "; did you mean {ids}?" },
};

function msg(lang: Lang, key: keyof typeof MESSAGES, data: Record<string, string | number>): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ""));
}

export function parseSize(value: number | string): number {
  if (typeof value === "number") return value;
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB)$/.exec(value.trim());
  if (!m) throw new UsageError(`invalid size: ${value}`);
  const factor = m[2] === "MB" ? 1024 * 1024 : m[2] === "KB" ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

export function loadConfig(path: string, lang: Lang): Config {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new UsageError(msg(lang, "read", { path, reason: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  const decoded = decode(bytes);
  if (!decoded.ok) throw new UsageError(msg(lang, "yaml", { path, line: 1, column: 1, rule: "yaml/encoding" }));
  const parsed = parseYaml(decoded.text, { maxAliasCount: 100 });
  if (!parsed.ok) {
    const { line, col } = parsed.lines.linePos(parsed.offset);
    if (parsed.rule === "yaml/empty") return emptyConfig(dirname(resolve(path)));
    throw new UsageError(msg(lang, "yaml", { path, line, column: col, rule: parsed.rule }));
  }
  const value = normalizeValue(parsed.value) as Record<string, unknown>;
  const positions = new SourcePositions(parsed.doc, parsed.lines);
  if (!validateConfig(value)) {
    const problems = schemaFindings(validateConfig.errors ?? [], positions, lang, { subject: "config", value, keys: configKeys }).map((f) =>
      msg(lang, "schema", { path, line: f.line, column: f.column, detail: f.message }),
    );
    throw new UsageError(problems);
  }

  const rules = (value.rules ?? {}) as Record<string, Severity | "off">;
  for (const id of Object.keys(rules)) {
    if (!isKnownRuleSelector(id)) {
      const pos = positions.locate(`/rules/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`, "key");
      const ids = closest(id, ruleIds(), 3);
      const hint = ids.length ? msg(lang, "hint", { ids: ids.map((x) => `«${x}»`).join(", ") }) : "";
      throw new UsageError(msg(lang, "rule", { path, line: pos.line, column: pos.column, id, hint }));
    }
  }
  return {
    path,
    baseDir: dirname(resolve(path)),
    lang: value.lang as Lang | undefined,
    gate: value.gate as Gate | undefined,
    rules,
    files: value.files as string[] | undefined,
    ignore: (value.ignore as string[] | undefined) ?? [],
    maxFileSize: value.max_file_size === undefined ? undefined : parseSize(value.max_file_size as number | string),
    commonComponents: (value.common_components as Config["commonComponents"] | undefined) ?? [],
  };
}

/** A rule id, or «theme/*» for a whole theme. */
export function isKnownRuleSelector(id: string): boolean {
  if (id.endsWith("/*")) return (THEMES as readonly string[]).includes(id.slice(0, -2));
  return hasRule(id);
}
