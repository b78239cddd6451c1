// The formats, by name, each loaded only when a run uses it. `check` writes every format but
// html; `report` writes html and markdown (its page needs the whole run's dossiers).
import type { Formatter, FormatModule } from "../format-types.js";

const formats = {
  stylish: () => import("./stylish.js"),
  json: () => import("./json.js"),
  sarif: () => import("./sarif.js"),
  junit: () => import("./junit.js"),
  github: () => import("./github.js"),
  markdown: () => import("./markdown.js"),
  html: () => import("../html/page.js"),
} satisfies Record<string, () => Promise<FormatModule>>;

export type FormatName = keyof typeof formats;

/** The formats `check --format` accepts. */
export const FORMAT_NAMES: readonly string[] = ["stylish", "json", "sarif", "junit", "github", "markdown"] satisfies FormatName[];

/** The formats `report --format` accepts. */
export const REPORT_FORMAT_NAMES = ["html", "markdown"] as const satisfies readonly FormatName[];

/** A format `check` writes, by name (undefined: not one of FORMAT_NAMES). */
export async function loadFormatter(name: string): Promise<Formatter | undefined> {
  return (await loadFormat(name))?.default;
}

/** A format `check` writes: its whole-run formatter and, when it has one, its streaming or spooled form. */
export async function loadFormat(name: string): Promise<FormatModule | undefined> {
  return FORMAT_NAMES.includes(name) ? await loadAnyFormat(name as FormatName) : undefined;
}

/** Any registered format's module (the report command's html included). */
export async function loadAnyFormat(name: FormatName): Promise<FormatModule> {
  return await formats[name]();
}
