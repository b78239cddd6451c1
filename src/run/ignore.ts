// `ignore` globs from the config: each relative to the folder of the config that declares it,
// matched against a file's absolute path, whatever path the command line gave. A glob that
// names a folder skips everything in it (`arkiv` as `arkiv/**`), as in .gitignore.
import { minimatch, escape } from "minimatch";
import { isAbsolute, resolve, sep } from "node:path";
import type { BasedGlob } from "../config/config.js";

const posix = (path: string) => path.split(sep).join("/");

/** The glob as one absolute pattern: the config's folder (escaped: it is a path, not a pattern) + the glob. */
export function absolutePattern(g: BasedGlob): string {
  if (isAbsolute(g.pattern)) return posix(g.pattern);
  const base = escape(posix(resolve(g.baseDir)), { windowsPathsNoEscape: sep === "\\" });
  const pattern = g.pattern.replace(/^\.\//, "");
  return `${base.replace(/\/$/, "")}/${pattern}`;
}

/** The first glob that skips `file` (an absolute path), if any. */
export function ignoredBy(file: string, globs: readonly BasedGlob[]): BasedGlob | undefined {
  if (globs.length === 0) return undefined;
  const path = posix(resolve(file));
  return globs.find((g) => {
    const pattern = absolutePattern(g).replace(/\/+$/, "");
    return minimatch(path, pattern, { dot: true }) || minimatch(path, `${pattern}/**`, { dot: true });
  });
}
