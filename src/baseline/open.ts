// A run's baseline from its suppressions file (absent file: none, unless it is to be written).
import { dirname, resolve } from "node:path";
import type { Lang } from "../types.js";
import { Baseline, type BaselineOptions } from "./baseline.js";
import { checkLocation, readSuppressions } from "./file.js";

export interface OpenBaselineOptions extends Omit<BaselineOptions, "dir"> {
  /** The suppressions file, absolute. */
  path: string;
  /** The file as the user named it (for messages). */
  shown: string;
  /** Make a baseline even when the file does not exist yet (it is about to be written). */
  create?: boolean;
}

export function openBaseline(opts: OpenBaselineOptions, lang: Lang): Baseline | undefined {
  const path = resolve(opts.path);
  const entries = readSuppressions(path, lang, opts.shown);
  if (opts.create || (entries && opts.prune)) checkLocation(path, lang, opts.shown);
  if (entries === undefined && !opts.create) return undefined;
  return new Baseline(entries ?? new Map(), { ...opts, dir: dirname(path) });
}
