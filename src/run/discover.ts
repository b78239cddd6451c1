// Command-line paths → the dossier files to check. Named files are checked whatever their
// name; folders are searched for dossiers; glob patterns are expanded (glob is imported only then).
// What a search or a glob finds must lie inside the searched folder (or the glob's fixed leading
// folders); paths from the config must lie inside the config's folder. The rest is `outside`.
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { basename, join, relative, resolve, sep } from "node:path";
import type { BasedGlob } from "../config/config.js";

export type Target =
  | { kind: "file"; path: string; display: string }
  | { kind: "stdin"; display: string }
  | { kind: "missing"; display: string; reason: "not-found" | "no-match" | "permission" | "outside" };

const ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**"];
const GLOB_MAGIC = /[*?[\]{}]/;

/** *.dossier.yaml / *.dossier.yml anywhere, or any .yaml/.yml with a `dossiers` folder in its path. */
export function isDossierName(relPath: string): boolean {
  const p = relPath.split(sep).join("/");
  if (/\.dossier\.ya?ml$/i.test(p)) return true;
  return /\.ya?ml$/i.test(p) && /(^|\/)dossiers\//.test(p);
}

export interface DiscoverOptions {
  cwd: string;
  /** Globs (each relative to its config's folder) for files and folders to skip, wherever the path given. */
  ignore: readonly BasedGlob[];
  /** A file named on the command line that `ignore` skips (not read; the caller may warn). */
  onIgnored?: (display: string, glob: BasedGlob) => void;
  /**
   * The paths come from the config (untrusted): nothing whose real path is outside this folder is
   * read, whether named, found by a glob or by a folder search.
   */
  confine?: string;
}

export async function discover(paths: string[], options: DiscoverOptions): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  const display = (abs: string) => {
    const rel = relative(options.cwd, abs);
    return rel === "" ? "." : rel.startsWith("..") ? abs : rel;
  };
  const addFile = (abs: string) => {
    let key = abs;
    try {
      key = realpathSync(abs);
    } catch {
      /* keep the given path */
    }
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ kind: "file", path: abs, display: display(abs) });
  };
  // The matcher is loaded only for a config with `ignore` (a lean start otherwise).
  const matcher = options.ignore.length > 0 ? await import("./ignore.js") : undefined;
  const ignoredBy = (abs: string) => matcher?.ignoredBy(abs, options.ignore);
  // Found by a search or a glob and matching an ignore glob: dropped (glob prunes what it can).
  const addFound = (abs: string) => {
    if (ignoredBy(abs) === undefined) addFile(abs);
  };
  const ignore = [...ALWAYS_SKIPPED, ...(matcher ? options.ignore.flatMap((g) => [matcher.absolutePattern(g), `${matcher.absolutePattern(g)}/**`]) : [])];
  const confine = options.confine === undefined ? undefined : realOrSelf(options.confine);
  const outside = (abs: string, given = display(abs)) => {
    const key = `outside:${abs}`;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push({ kind: "missing", display: given, reason: "outside" });
  };

  for (const given of paths) {
    if (given === "-") {
      targets.push({ kind: "stdin", display: "<stdin>" });
      continue;
    }
    const abs = resolve(options.cwd, given);
    let stat;
    try {
      stat = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EACCES") {
        targets.push({ kind: "missing", display: given, reason: "permission" });
        continue;
      }
      if (!GLOB_MAGIC.test(given)) {
        targets.push({ kind: "missing", display: given, reason: "not-found" });
        continue;
      }
      const { glob } = await import("glob");
      const found = (await glob(given, { cwd: options.cwd, ignore, nodir: true, absolute: true, dot: false })).sort();
      if (found.length === 0) targets.push({ kind: "missing", display: given, reason: "no-match" });
      // Like a folder search: a match (through a symlinked file or folder) must stay inside.
      const root = confine ?? realOrSelf(globBase(given, options.cwd));
      for (const file of found) {
        if (inside(file, root)) addFound(file);
        else outside(file);
      }
      continue;
    }
    if (confine !== undefined && !inside(abs, confine)) {
      outside(abs, given);
      continue;
    }
    if (stat.isDirectory()) {
      try {
        accessSync(abs, constants.R_OK | constants.X_OK);
      } catch {
        targets.push({ kind: "missing", display: given, reason: "permission" });
        continue;
      }
      const { glob } = await import("glob");
      const found = (
        await glob("**/*.{yaml,yml,YAML,YML}", { cwd: abs, ignore, nodir: true, dot: false })
      )
        // The searched folder's own name counts: `check dossiers` finds dossiers/*.yaml.
        .filter((rel) => isDossierName(join(basename(abs), rel)))
        .sort()
        .map((rel) => resolve(abs, rel));
      if (found.length === 0) targets.push({ kind: "missing", display: given, reason: "no-match" });
      const root = realOrSelf(abs);
      for (const file of found) {
        // A symlink found by searching that leads out of the folder is not read: a repository
        // could otherwise make CI echo files from elsewhere. Named explicitly, it is checked.
        if (inside(file, root)) addFound(file);
        else outside(file);
      }
      continue;
    }
    // Named on the command line and ignored: skipped with a word (like ESLint); --no-ignore checks it.
    const by = ignoredBy(abs);
    if (by !== undefined) {
      options.onIgnored?.(given, by);
      continue;
    }
    addFile(abs);
  }
  return targets;
}

/** Whether `path`'s real path is `root` (a real path) or lies under it. */
function inside(path: string, root: string): boolean {
  const real = realOrSelf(path);
  return real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
}

/** A glob's leading folders without magic: `portefolje/**\/*.yaml` → portefolje. */
function globBase(pattern: string, cwd: string): string {
  const parts = pattern.split("/");
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (GLOB_MAGIC.test(part)) break;
    fixed.push(part);
  }
  return resolve(cwd, fixed.length === 1 && fixed[0] === "" ? "/" : fixed.join("/") || ".");
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

