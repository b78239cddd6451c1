// Lints one side of a diff (bytes from a file or from git) as `check` lints a file, with the
// same settings (config, --gate, today); the dossier's own gate unless one is given.
import { loadReferenceData } from "../evaluate/reference-data.js";
import { ruleSet } from "../packs/rule-set.js";
import type { Rule } from "../evaluate/rule.js";
import { UsageError } from "../errors.js";
import { fill, texts } from "../i18n/index.js";
import { DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_FILE_SIZE, lintBytes, type LintOptions } from "../pipeline/lint-bytes.js";
import { escapeTerminal } from "../report/text.js";
import type { Settings } from "../run/settings.js";
import type { FileResult, Gate, Severity } from "../types.js";

export interface SideLinter {
  options: LintOptions;
  rules: readonly Rule[];
}

export async function sideLinter(settings: Settings, opts: { gate?: Gate; today: string; overrides?: ReadonlyMap<string, Severity | "off"> }): Promise<SideLinter> {
  const { config, lang } = settings;
  const overrides = new Map<string, Severity | "off">(Object.entries(config.rules));
  for (const [id, s] of opts.overrides ?? []) overrides.set(id, s);
  return {
    // The config's packs too: both sides are checked with the rules `check` uses.
    rules: (await ruleSet(settings)).rules,
    options: {
      lang,
      gate: opts.gate ?? config.gate,
      today: opts.today,
      overrides,
      maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      maxAliasCount: DEFAULT_MAX_ALIAS_COUNT,
      data: loadReferenceData(config.commonComponents),
    },
  };
}

/**
 * The side's result; a side that is not one readable YAML document (a fatal result) cannot be
 * compared, and is a UsageError with its position and message.
 */
export function lintSide(label: string, bytes: Uint8Array, linter: SideLinter): FileResult {
  const result = lintBytes(label, bytes, linter.rules, linter.options);
  if (result.status !== "fatal") return result;
  const f = result.findings[0]!;
  const message = escapeTerminal(f.message.split("\n")[0]!);
  throw new UsageError(fill(texts(linter.options.lang).diff.fatal, { spec: escapeTerminal(label), line: f.line, column: f.column, message }));
}
