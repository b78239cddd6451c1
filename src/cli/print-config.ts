// `portvokter print-config [FILE]`: the merged config a run from here uses (everything it
// extends folded in), as YAML a config could hold, or as JSON; like `eslint --print-config`.
import { relative, resolve, sep } from "node:path";
import { fill, texts } from "../i18n/index.js";
import type { BasedGlob, Config } from "../config/config.js";
import { showPath } from "../config/extends.js";
import { ignoredBy } from "../run/ignore.js";
import { loadSettings } from "../run/settings.js";
import type { Lang } from "../types.js";
import { writeStream } from "./io.js";
import { EXIT } from "./meta.js";

export interface PrintConfigOptions {
  format: "yaml" | "json";
  lang?: Lang;
  config?: string | false;
}

/** A config glob relative to the working directory (as a config there would write it). */
function fromCwd(pattern: string, baseDir: string, cwd: string): string {
  if (pattern.startsWith("/")) return pattern;
  const rel = relative(cwd, baseDir).split(sep).join("/");
  const tail = pattern.replace(/^\.\//, "");
  return rel === "" ? tail : `${rel}/${tail}`;
}

/** The merged config under the keys a config file uses. */
function asConfigKeys(config: Config, cwd: string): Record<string, unknown> {
  const globs = (list: readonly BasedGlob[]) => list.map((g) => fromCwd(g.pattern, g.baseDir, cwd));
  const entries: Array<[string, unknown]> = [
    ["lang", config.lang],
    ["gate", config.gate],
    ["max_file_size", config.maxFileSize],
    ["rules", Object.keys(config.rules).length > 0 ? config.rules : undefined],
    ["files", config.files && globs(config.files.patterns.map((pattern) => ({ pattern, baseDir: config.files!.baseDir })))],
    ["ignore", config.ignore.length > 0 ? globs(config.ignore) : undefined],
    ["common_components", config.commonComponents.length > 0 ? config.commonComponents : undefined],
    // Each pack as a path from here (in the config that names it, it is relative to that file).
    ["packs", config.packs?.length ? config.packs.map((p) => showPath(p.path, cwd)) : undefined],
  ];
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

export async function runPrintConfig(file: string | undefined, opts: PrintConfigOptions): Promise<number> {
  const settings = loadSettings({ ...(opts.config !== undefined ? { config: opts.config } : {}), ...(opts.lang ? { lang: opts.lang } : {}) });
  const { config, cwd, lang } = settings;
  const T = texts(lang).printConfig;
  const sources = config.sources.map((s) => showPath(s, cwd));
  const body = asConfigKeys(config, cwd);
  const by = file === undefined ? undefined : ignoredBy(resolve(cwd, file), config.ignore);
  const fileNote =
    file === undefined
      ? undefined
      : by === undefined
        ? fill(T.notIgnored, { path: file })
        : fill(T.ignoredBy, { path: file, pattern: by.pattern, config: by.file ? showPath(by.file, cwd) : "" });

  if (opts.format === "json") {
    const out = {
      sources,
      ...body,
      ...(file !== undefined ? { file: { path: file, ignored: by === undefined ? null : { pattern: by.pattern, config: by.file ? showPath(by.file, cwd) : null } } } : {}),
    };
    await writeStream(process.stdout, JSON.stringify(out, null, 2) + "\n");
    return EXIT.ok;
  }
  const { stringify } = await import("yaml");
  const head = sources.length > 0 ? [T.header, ...sources.map((s) => `  ${s}`)] : [T.none];
  if (fileNote !== undefined) head.push(fileNote);
  const yamlBody = Object.keys(body).length > 0 ? stringify(body) : "{}\n";
  await writeStream(process.stdout, head.map((l) => `# ${l}`).join("\n") + "\n" + yamlBody);
  return EXIT.ok;
}
