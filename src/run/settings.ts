// What a run is configured by before any dossier is read: the config file in use and the
// language. Loaded once, so that the CLI can word its own option errors in the config's language.
import { relative } from "node:path";
import { emptyConfig, findConfig, loadConfig, type Config } from "../config/config.js";
import type { Lang } from "../types.js";

export interface SettingsOptions {
  /** A config file to use; false: none; absent: searched for from the working directory. */
  config?: string | false;
  /** Overrides the config's `lang`. */
  lang?: Lang;
  cwd?: string;
}

export interface Settings {
  config: Config;
  /** The config file used: as named, else relative to the working directory; absent: none. */
  configName?: string;
  lang: Lang;
  cwd: string;
}

/** Finds and loads the config (a bad config is a UsageError in `opts.lang`, nb by default). */
export function loadSettings(opts: SettingsOptions = {}): Settings {
  const cwd = opts.cwd ?? process.cwd();
  const path = opts.config === false ? undefined : typeof opts.config === "string" ? opts.config : findConfig(cwd);
  const config = path ? loadConfig(path, opts.lang ?? "nb") : emptyConfig(cwd);
  const configName = config.path === undefined ? undefined : typeof opts.config === "string" ? opts.config : relative(cwd, config.path);
  return { config, lang: opts.lang ?? config.lang ?? "nb", cwd, ...(configName !== undefined ? { configName } : {}) };
}
