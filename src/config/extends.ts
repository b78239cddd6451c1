// `extends:` in a config: other config files (paths, or YAML files inside installed packages)
// merged under the declaring one. Only YAML is read: nothing in a package is required or run.
import { realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fill, texts, type Catalogue, type Data } from "../i18n/index.js";
import { UsageError } from "../errors.js";
import type { Lang } from "../types.js";
import { readCapped } from "../run/read.js";
import { MAX_CONFIG_SIZE, readConfigLayer, type Config } from "./config.js";
import { mergeConfigs } from "./merge.js";

/** The most config files one chain may read (a shared config is one or two; more is a loop or a mistake). */
export const MAX_CONFIG_FILES = 20;

/** The config file a package offers when `extends` names only the package. */
const PACKAGE_DEFAULTS = ["portvokter.config.yaml", "portvokter.config.yml"];

function msg(lang: Lang, key: keyof Catalogue["extends"], data: Data): string {
  return fill(texts(lang).extends[key], data);
}

/** How a file is named in messages: relative to the working directory when below it. */
export function showPath(abs: string, cwd = process.cwd()): string {
  const rel = relative(cwd, abs);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? abs : rel;
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const realOrSelf = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
};

/** `@scope/name/sub/file.yaml` → ["@scope/name", "sub/file.yaml"]. */
function splitPackage(spec: string): [string, string] {
  const parts = spec.split("/");
  const n = spec.startsWith("@") ? 2 : 1;
  return [parts.slice(0, n).join("/"), parts.slice(n).join("/")];
}

/** A package name npm would accept (so that a spec never walks the file system by itself). */
const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/i;

/**
 * The file an `extends` entry names, or a reason it names none. Paths (./, ../ or absolute) are
 * relative to the declaring config's folder; anything else is a package found as Node finds one
 * (node_modules in that folder and each folder above it), without reading its `exports` or code.
 */
export function resolveExtends(spec: string, fromFile: string): { file: string; fromPackage?: true } | { missing: "file" | "package" | "in-package" } {
  const from = dirname(resolve(fromFile));
  if (spec.startsWith("./") || spec.startsWith("../") || spec === "." || spec === ".." || isAbsolute(spec)) {
    const file = resolve(from, spec);
    return isFile(file) ? { file } : { missing: "file" };
  }
  const [name, sub] = splitPackage(spec);
  if (!PACKAGE_NAME.test(name)) return { missing: "package" };
  for (let dir = from; ; dir = dirname(dir)) {
    const pkgDir = join(dir, "node_modules", name);
    if (isFile(join(pkgDir, "package.json"))) return inPackage(pkgDir, sub);
    if (dirname(dir) === dir) return { missing: "package" };
  }
}

/** A file inside an installed package: `sub`, else package.json's `portvokter` field, else portvokter.config.yaml. */
function inPackage(pkgDir: string, sub: string): { file: string; fromPackage: true } | { missing: "in-package" } {
  let names = sub !== "" ? [sub] : PACKAGE_DEFAULTS;
  if (sub === "") {
    const read = readCapped(join(pkgDir, "package.json"), MAX_CONFIG_SIZE);
    try {
      const field = read.ok ? (JSON.parse(new TextDecoder().decode(read.bytes)) as { portvokter?: unknown }).portvokter : undefined;
      if (typeof field === "string") names = [field];
    } catch {
      /* not JSON: the default name */
    }
  }
  const root = realOrSelf(pkgDir);
  for (const name of names) {
    const file = resolve(pkgDir, name);
    // The file must be the package's own: no ../ (or a link) out of it.
    const real = realOrSelf(file);
    if (isFile(file) && (real === root || real.startsWith(root + sep))) return { file, fromPackage: true };
  }
  return { missing: "in-package" };
}

interface Frame {
  file: string;
  line: number;
  column: number;
}

/** Loads `path` and everything it extends, merged: extended configs first in list order, `path` last. */
export function loadConfigChain(path: string, lang: Lang): Config {
  let count = 0;
  // A package's globs cannot mean its own folder (node_modules is never searched): they are
  // relative to the folder of the config that extends the package, as in ESLint's shared configs.
  const load = (file: string, shown: string, stack: Frame[], globBase?: string): Config => {
    if (++count > MAX_CONFIG_FILES) {
      const last = stack[stack.length - 1]!;
      throw new UsageError(msg(lang, "tooMany", { path: showPath(last.file), line: last.line, column: last.column, max: MAX_CONFIG_FILES }));
    }
    const layer = readConfigLayer(shown, lang, globBase);
    const ownBase = globBase ?? dirname(file);
    const own = { ...layer.config, path: shown };
    const parts: Config[] = [];
    for (const entry of layer.extends) {
      const where = { path: shown, line: entry.line, column: entry.column, spec: entry.spec };
      const found = resolveExtends(entry.spec, file);
      if ("missing" in found) {
        const key = found.missing === "file" ? "missingFile" : found.missing === "package" ? "missingPackage" : "missingInPackage";
        throw new UsageError(msg(lang, key, where));
      }
      const frames = [...stack, { file, line: entry.line, column: entry.column }];
      const real = realOrSelf(found.file);
      const loop = frames.findIndex((f) => realOrSelf(f.file) === real);
      if (loop >= 0) {
        const chain = [...frames.slice(loop).map((f) => `${showPath(f.file)}:${f.line}:${f.column}`), showPath(found.file)].join(" → ");
        throw new UsageError(msg(lang, "cycle", { chain }));
      }
      parts.push(load(found.file, showPath(found.file), frames, found.fromPackage ? ownBase : globBase));
    }
    return mergeConfigs([...parts, own]);
  };
  const abs = resolve(path);
  // A config found by searching comes absolute: named relative to the working directory when below it.
  const merged = load(abs, isAbsolute(path) ? showPath(abs) : path, []);
  return { ...merged, path, baseDir: dirname(abs) };
}
