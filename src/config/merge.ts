// How configs combine when one extends others: later wins. One line per config key, so that a
// new key says here how it merges (a scalar: `later`; a list of paths or globs: `concat`).
import type { Config, PackRef } from "./config.js";

type Merged = Omit<Config, "path" | "baseDir">;
type Merger<K extends keyof Merged> = (earlier: Merged[K], later: Merged[K]) => Merged[K];

const later = <T>(a: T, b: T): T => (b === undefined ? a : b);
const concat = <T>(a: T[], b: T[]): T[] => [...a, ...b];
/** By a key, later wins, in first-seen order. */
const byKey =
  <T>(key: (x: T) => string) =>
  (a: T[], b: T[]): T[] =>
    [...new Map([...a, ...b].map((x) => [key(x), x] as const)).values()];

const MERGE: { [K in keyof Merged]-?: Merger<K> } = {
  sources: concat,
  lang: later,
  gate: later,
  rules: (a, b) => ({ ...a, ...b }),
  files: later,
  ignore: concat,
  maxFileSize: later,
  commonComponents: byKey((c) => c.id),
  themesOff: byKey((t) => t.theme),
  // Every config's packs, each once (by file); ids kept for them are checked against them all.
  packs: (a, b) => (a || b ? byKey((p: PackRef) => p.path)(a ?? [], b ?? []) : undefined),
  packRuleIds: (a, b) => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined),
};

/** `configs` merged in order (each one's settings over those before it); path and baseDir from the last. */
export function mergeConfigs(configs: readonly Config[]): Config {
  const last = configs[configs.length - 1]!;
  const out = { ...configs[0]! } as Config;
  for (const next of configs.slice(1)) {
    for (const key of Object.keys(MERGE) as Array<keyof Merged>) {
      (out as unknown as Record<string, unknown>)[key] = (MERGE[key] as Merger<typeof key>)(out[key] as never, next[key] as never);
    }
  }
  // A theme turned off by an earlier config and set again by a later one is no longer off.
  out.themesOff = out.themesOff.filter((t) => out.rules[`${t.theme}/*`] === "off");
  return { ...out, path: last.path, baseDir: last.baseDir } as Config;
}
