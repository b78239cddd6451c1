// portvokter.config.yaml: found from the working directory up to the project root, read as
// data only (nothing in it executes), validated by schemas/config.schema.json.
import { existsSync, statSync } from "node:fs";
import { didYouMeanIds, fill, texts, type Catalogue, type Data } from "../i18n/index.js";
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
import { loadConfigChain, showPath } from "./extends.js";
export { UsageError };

export const CONFIG_NAMES = ["portvokter.config.yaml", "portvokter.config.yml"];

/** A glob from a config, with the folder it is relative to (that of the config that declares it). */
export interface BasedGlob {
  pattern: string;
  baseDir: string;
  /** The config file that declares it. */
  file?: string;
}

export interface Config {
  /** The file it came from (absent: no config). */
  path?: string;
  /** The leaf config's folder (the cwd when there is none). */
  baseDir: string;
  /** Every config file merged into this one, in merge order (extended first, `path` last). */
  sources: string[];
  lang?: Lang;
  gate?: Gate;
  rules: Record<string, Severity | "off">;
  /** Globs of the last config that sets `files`, relative to its folder. */
  files?: { patterns: string[]; baseDir: string };
  /** Every config's `ignore`, each glob relative to its own config's folder. */
  ignore: BasedGlob[];
  maxFileSize?: number;
  commonComponents: Array<{ id: string; name: string }>;
  /** Themes the config turns off as a whole (`theme/*: off`), with where (which file) it says so. */
  themesOff: Array<{ theme: string; line: number; column: number; file?: string }>;
  /** Rule packs (`packs`) of every config in the chain, each resolved against the folder of the config that names it. */
  packs?: PackRef[];
  /**
   * Ids in `rules` outside the built-in themes: they may name pack rules, so they are checked
   * once the packs are loaded (src/packs/rule-set.ts); a chain without packs refuses them in loadConfig.
   */
  packRuleIds?: Array<{ id: string; line: number; column: number; file: string }>;
}

/** A pack file named in a config. */
export interface PackRef {
  /** As written in the config. */
  file: string;
  /** Absolute. */
  path: string;
  /** The config file that names it (absolute), where line and column are; the pack must lie inside its folder. */
  source: string;
  line: number;
  column: number;
}

/** The largest config file read (a config is a few lines; more is not a config). */
export const MAX_CONFIG_SIZE = 1024 * 1024;
/** The highest `max_file_size` a config may set: a stranger's config must not lift the cap on memory. */
export const MAX_MAX_FILE_SIZE = 50 * 1024 * 1024;


export function emptyConfig(baseDir: string): Config {
  return { baseDir, sources: [], rules: {}, ignore: [], commonComponents: [], themesOff: [] };
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

/** A config file and what it extends (with positions), merged through src/config/extends.ts. */
export function loadConfig(path: string, lang: Lang): Config {
  const config = loadConfigChain(path, lang);
  // Ids outside the built-in themes were kept for the packs; with none in the chain they are unknown.
  const unknown = config.packs?.length ? undefined : config.packRuleIds?.[0];
  if (unknown) {
    const ids = closest(unknown.id, [...ruleIds(), ...THEMES.map((t) => `${t}/*`)], 3);
    const hint = didYouMeanIds(lang, ids);
    throw new UsageError(msg(lang, "rule", { path: showPath(unknown.file), line: unknown.line, column: unknown.column, id: unknown.id, hint }));
  }
  return config;
}

/** One config file as written, before `extends` is followed: its own settings and its `extends` entries. */
export interface ConfigLayer {
  config: Config;
  extends: Array<{ spec: string; line: number; column: number }>;
}

/** Reads and validates one config file (`path` as the user or an `extends` names it). */
export function readConfigLayer(path: string, lang: Lang, globBase?: string): ConfigLayer {
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
    if (parsed.rule === "yaml/empty") return { config: { ...emptyConfig(dirname(resolve(path))), path, sources: [resolve(path)] }, extends: [] };
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
    if (!isKnownRuleSelector(id) && !isThemePrefixed(id)) {
      // Maybe a pack rule (of this config or of one in the chain): checked once the chain is merged.
      packRuleIds.push({ id, line: pos.line, column: pos.column, file: resolve(path) });
    } else if (!isKnownRuleSelector(id)) {
      const ids = closest(id, [...ruleIds(), ...THEMES.map((t) => `${t}/*`)], 3);
      const hint = didYouMeanIds(lang, ids);
      throw new UsageError(msg(lang, "rule", { path, line: pos.line, column: pos.column, id, hint }));
    }
    if (id.endsWith("/*") && rules[id] === "off") themesOff.push({ theme: id.slice(0, -2), line: pos.line, column: pos.column });
  }
  const maxFileSize = value.max_file_size === undefined ? undefined : parseSize(value.max_file_size as number | string);
  if (maxFileSize !== undefined && maxFileSize > MAX_MAX_FILE_SIZE) {
    const pos = positions.locate("/max_file_size", "value");
    throw new UsageError(msg(lang, "maxSize", { path, line: pos.line, column: pos.column, value: String(value.max_file_size), max: MB(MAX_MAX_FILE_SIZE) }));
  }
  const baseDir = dirname(resolve(path));
  // `files`/`ignore` are relative to this file's folder, or for a config from a package to `globBase`.
  const globDir = globBase ?? baseDir;
  const based = (list: unknown) => (list as string[] | undefined)?.map((pattern) => ({ pattern, baseDir: globDir, file: resolve(path) }));
  const specs = value.extends === undefined ? [] : Array.isArray(value.extends) ? (value.extends as string[]) : [value.extends as string];
  const extendsAt = (i: number) => positions.locate(Array.isArray(value.extends) ? `/extends/${i}` : "/extends", "value");
  return {
    config: {
      path,
      baseDir,
      sources: [resolve(path)],
      lang: value.lang as Lang | undefined,
      gate: value.gate as Gate | undefined,
      rules,
      ...(value.files !== undefined ? { files: { patterns: value.files as string[], baseDir: globDir } } : {}),
      ignore: based(value.ignore) ?? [],
      maxFileSize,
      commonComponents: (value.common_components as Config["commonComponents"] | undefined) ?? [],
      themesOff: themesOff.map((t) => ({ ...t, file: resolve(path) })),
      ...(packFiles.length > 0 ? { packs: packRefs(packFiles, path, positions) } : {}),
      ...(packRuleIds.length > 0 ? { packRuleIds } : {}),
    },
    extends: specs.map((spec, i) => ({ spec, ...pick(extendsAt(i)) })),
  };
}

const pick = (p: { line: number; column: number }) => ({ line: p.line, column: p.column });

function packRefs(files: string[], configPath: string, positions: SourcePositions): PackRef[] {
  const source = resolve(configPath);
  return files.map((file, i) => ({ file, path: resolve(dirname(source), file), source, ...pick(positions.locate(`/packs/${i}`, "value")) }));
}

/** An id under a built-in theme is never a pack rule: packs may not use those prefixes. */
function isThemePrefixed(id: string): boolean {
  return (THEMES as readonly string[]).includes(id.slice(0, id.indexOf("/")));
}

/** A rule id, or «theme/*» for a whole theme. */
export function isKnownRuleSelector(id: string): boolean {
  if (id.endsWith("/*")) return (THEMES as readonly string[]).includes(id.slice(0, -2));
  return hasRule(id);
}
