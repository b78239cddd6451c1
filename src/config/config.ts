// portvokter.config.yaml: found from the working directory up to the project root, read as
// data only (nothing in it executes), validated by schemas/config.schema.json.
import { existsSync, statSync } from "node:fs";
import { fill, texts, type Catalogue, type Data } from "../i18n/index.js";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { readCapped } from "../run/read.js";
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
  /** Themes the config turns off as a whole (`theme/*: off`), with where it says so. */
  themesOff: Array<{ theme: string; line: number; column: number }>;
  /** Rule packs (`packs`), resolved against the config's folder, with where each is named. */
  packs?: PackRef[];
  /**
   * Ids in `rules` that are no built-in rule: with packs, they may be pack rules, so they are
   * checked once the packs are loaded (src/packs/rule-set.ts); without packs they are errors here.
   */
  packRuleIds?: Array<{ id: string; line: number; column: number }>;
}

/** A pack file named in the config. */
export interface PackRef {
  /** As written in the config. */
  file: string;
  /** Absolute. */
  path: string;
  line: number;
  column: number;
}

/** The largest config file read (a config is a few lines; more is not a config). */
export const MAX_CONFIG_SIZE = 1024 * 1024;
/** The highest `max_file_size` a config may set: a stranger's config must not lift the cap on memory. */
export const MAX_MAX_FILE_SIZE = 50 * 1024 * 1024;


export function emptyConfig(baseDir: string): Config {
  return { baseDir, rules: {}, ignore: [], commonComponents: [], themesOff: [] };
}

/** A project root: a folder with `.git` (a repository or worktree) or `package.json`. */
function isProjectRoot(dir: string): boolean {
  return existsSync(join(dir, ".git")) || existsSync(join(dir, "package.json"));
}

/**
 * Nearest config from `start` upward to the project root: the first folder that holds `.git` or
 * `package.json`, or else the home directory, whichever comes first (both inclusive). With
 * neither above `start` only `start` itself is searched, so that a config in a shared folder
 * such as /tmp is never picked up by a run below it.
 */
export function findConfig(start: string, home = homedir()): string | undefined {
  const first = resolve(start);
  // A home of / (HOME=/ in some containers) would be no boundary at all.
  const homeDir = home !== "" && dirname(resolve(home)) !== resolve(home) ? resolve(home) : undefined;
  const folders: string[] = [];
  for (let dir = first; ; ) {
    folders.push(dir);
    if (isProjectRoot(dir) || dir === homeDir) break;
    const up = dirname(dir);
    if (up === dir) {
      folders.splice(1);
      break;
    }
    dir = up;
  }
  for (const dir of folders) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
  }
  return undefined;
}

/** A config problem, filled like every other message. */
function msg(lang: Lang, key: keyof Catalogue["config"], data: Data): string {
  return fill(texts(lang).config[key], data);
}

export function parseSize(value: number | string): number {
  if (typeof value === "number") return value;
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB)$/.exec(value.trim());
  if (!m) throw new UsageError(`invalid size: ${value}`);
  const factor = m[2] === "MB" ? 1024 * 1024 : m[2] === "KB" ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}

const MB = (n: number) => `${n / (1024 * 1024)} MB`;

export function loadConfig(path: string, lang: Lang): Config {
  // Read at most one byte more than the limit: a huge or endless file costs no more than that.
  const read = readCapped(path, MAX_CONFIG_SIZE);
  if (!read.ok) throw new UsageError(msg(lang, "read", { path, reason: read.code }));
  if (read.bytes.length > MAX_CONFIG_SIZE) throw new UsageError(msg(lang, "big", { path, max: MB(MAX_CONFIG_SIZE) }));
  const bytes = read.bytes;
  const decoded = decode(bytes);
  if (!decoded.ok) throw new UsageError(msg(lang, "yaml", { path, line: 1, column: 1, rule: "yaml/encoding" }));
  const parsed = parseYaml(decoded.text, { maxAliasCount: 100 });
  if (!parsed.ok) {
    const { line, col } = parsed.lines.linePos(parsed.offset);
    if (parsed.rule === "yaml/empty") return { ...emptyConfig(dirname(resolve(path))), path };
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
  const themesOff: Config["themesOff"] = [];
  const packFiles = (value.packs as string[] | undefined) ?? [];
  const packRuleIds: NonNullable<Config["packRuleIds"]> = [];
  for (const id of Object.keys(rules)) {
    const pos = positions.locate(`/rules/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`, "key");
    if (!isKnownRuleSelector(id) && packFiles.length > 0 && !isThemePrefixed(id)) {
      packRuleIds.push({ id, line: pos.line, column: pos.column });
    } else if (!isKnownRuleSelector(id)) {
      const ids = closest(id, [...ruleIds(), ...THEMES.map((t) => `${t}/*`)], 3);
      const hint = ids.length ? fill(texts(lang).didYouMean, { ids: ids.map((x) => `«${x}»`).join(", ") }) : "";
      throw new UsageError(msg(lang, "rule", { path, line: pos.line, column: pos.column, id, hint }));
    }
    if (id.endsWith("/*") && rules[id] === "off") themesOff.push({ theme: id.slice(0, -2), line: pos.line, column: pos.column });
  }
  const maxFileSize = value.max_file_size === undefined ? undefined : parseSize(value.max_file_size as number | string);
  if (maxFileSize !== undefined && maxFileSize > MAX_MAX_FILE_SIZE) {
    const pos = positions.locate("/max_file_size", "value");
    throw new UsageError(msg(lang, "maxSize", { path, line: pos.line, column: pos.column, value: String(value.max_file_size), max: MB(MAX_MAX_FILE_SIZE) }));
  }
  return {
    path,
    baseDir: dirname(resolve(path)),
    lang: value.lang as Lang | undefined,
    gate: value.gate as Gate | undefined,
    rules,
    files: value.files as string[] | undefined,
    ignore: (value.ignore as string[] | undefined) ?? [],
    maxFileSize,
    commonComponents: (value.common_components as Config["commonComponents"] | undefined) ?? [],
    themesOff,
    ...(packFiles.length > 0 ? { packs: packRefs(packFiles, dirname(resolve(path)), positions), packRuleIds } : {}),
  };
}

function packRefs(files: string[], baseDir: string, positions: SourcePositions): PackRef[] {
  return files.map((file, i) => ({ file, path: resolve(baseDir, file), ...positions.locate(`/packs/${i}`, "value") }));
}

/** An id under a built-in theme (or input stage) is never a pack rule: packs may not use those prefixes. */
function isThemePrefixed(id: string): boolean {
  return (THEMES as readonly string[]).includes(id.slice(0, id.indexOf("/")));
}

/** A rule id, or «theme/*» for a whole theme. */
export function isKnownRuleSelector(id: string): boolean {
  if (id.endsWith("/*")) return (THEMES as readonly string[]).includes(id.slice(0, -2));
  return hasRule(id);
}
