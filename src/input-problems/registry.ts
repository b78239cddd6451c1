// Input problems: the findings that no rule raises. A file that cannot be read (io/*), is not one
// YAML document (yaml/*) or does not match the dossier schema (schema/*), or a rule that fails
// (internal/*), gives one of these ids instead of rule findings. This is their one list: the
// pipeline takes their theme and source from it, SARIF its rule descriptors, `explain` its text.
import { texts } from "../i18n/index.js";
import { LANGS, type FindingTheme, type Lang, type LocalText, type Severity } from "../types.js";

export interface InputProblem {
  id: string;
  /** The `theme` of its findings. */
  theme: FindingTheme;
  /** Error (an input problem cannot be waived or lowered), except schema/rules-skipped: info, it names rules that did not run. */
  severity: Severity;
  /** One line: what went wrong (SARIF shortDescription). */
  description: LocalText;
  /** The `source` of its findings. */
  source: string;
}

const FILE_SOURCE = "format (README: Input problems)";
const SCHEMA_SOURCE = "format (portvokter schema: schemas/dossier.v1.schema.json)";

const problem = (id: string, theme: FindingTheme, source: string, nb: string, en: string): InputProblem => ({
  id,
  theme,
  severity: "error",
  description: { nb, en },
  source,
});

/** Every input problem, in the order SARIF has always listed them. */
export const INPUT_PROBLEMS: readonly InputProblem[] = [
  problem(
    "io/unreadable",
    "io",
    FILE_SOURCE,
    "Stien finnes ikke, kan ikke leses, eller en mappe eller et mønster inneholder ingen dossier.",
    "The path does not exist, cannot be read, or a folder or glob holds no dossier.",
  ),
  problem("yaml/encoding", "yaml", FILE_SOURCE, "Filen er ikke UTF-8, eller den inneholder NUL-byte.", "The file is not UTF-8, or it contains NUL bytes."),
  problem("yaml/syntax", "yaml", FILE_SOURCE, "Filen er ikke gyldig YAML 1.2.", "The file is not valid YAML 1.2."),
  problem("yaml/duplicate-key", "yaml", FILE_SOURCE, "Den samme nøkkelen står to ganger i én mapping.", "The same key appears twice in one mapping."),
  problem("yaml/multi-document", "yaml", FILE_SOURCE, "Filen har mer enn ett YAML-dokument (---).", "The file holds more than one YAML document (---)."),
  problem("yaml/empty", "yaml", FILE_SOURCE, "Filen har ikke noe innhold.", "The file has no content."),
  problem("yaml/alias-limit", "yaml", FILE_SOURCE, "For mange alias-utvidelser i YAML-en.", "Too many alias expansions in the YAML."),
  problem("yaml/too-large", "yaml", FILE_SOURCE, "Filen er større eller dypere nøstet enn grensen.", "The file is larger or more deeply nested than the limit."),
  problem("schema/unknown-key", "schema", SCHEMA_SOURCE, "En nøkkel som dossierskjemaet ikke kjenner.", "A key the dossier schema does not know."),
  problem("schema/required", "schema", SCHEMA_SOURCE, "En påkrevd nøkkel mangler.", "A required key is missing."),
  problem("schema/type", "schema", SCHEMA_SOURCE, "En verdi av feil type.", "A value of the wrong type."),
  problem("schema/enum", "schema", SCHEMA_SOURCE, "En verdi som ikke er blant de tillatte.", "A value that is not one of the allowed values."),
  problem("schema/format", "schema", SCHEMA_SOURCE, "En verdi med feil format (dato, id, peker).", "A value in the wrong format (date, id, pointer)."),
  problem("schema/other", "schema", SCHEMA_SOURCE, "En verdi som ikke oppfyller skjemaet.", "A value that does not match the schema."),
  {
    ...problem(
      "schema/rules-skipped",
      "schema",
      SCHEMA_SOURCE,
      "Regler som ikke ble kjørt fordi en seksjon de leser, ikke følger skjemaet (de andre reglene ble kjørt).",
      "Rules that did not run because a section they read does not match the schema (the other rules ran).",
    ),
    severity: "info",
  },
  problem("internal/error", "dossier", "portvokter", "En intern feil i en regel.", "An internal error in a rule."),
  {
    // A fact about the portfolio, not about either file: a warning, so that checking an old and
    // a new copy of one dossier together does not fail CI (see README «Portfolio checks»).
    ...problem(
      "portfolio/duplicate-project-id",
      "dossier",
      "format (README: Portfolio checks)",
      "To dossierer i samme kjøring har samme project.id.",
      "Two dossiers in one run have the same project.id.",
    ),
    severity: "warning",
  },
];

const BY_ID = new Map(INPUT_PROBLEMS.map((p) => [p.id, p]));

/** The registry entry for an id (undefined: not an input problem). */
export function inputProblem(id: string): InputProblem | undefined {
  return BY_ID.get(id);
}

/** The registered entry for an id the pipeline emits; throws on an unregistered one. */
export function registered(id: string): InputProblem {
  const p = BY_ID.get(id);
  if (!p) throw new Error(`input problem ${id} is not in src/input-problems/registry.ts`);
  return p;
}

/** What every input problem has in common (from the catalogues: format.sarif.inputNote). */
export const INPUT_NOTE = Object.fromEntries(LANGS.map((lang) => [lang, texts(lang).format.sarif.inputNote])) as LocalText;

/** One line for an input problem id; ids outside the registry get a description by prefix. */
export function inputDescription(id: string, lang: Lang): string {
  const known = BY_ID.get(id);
  if (known) return known.description[lang];
  if (id.startsWith("schema/")) return texts(lang).format.sarif.schemaProblem;
  if (id.startsWith("yaml/") || id.startsWith("io/")) return texts(lang).format.sarif.inputProblem;
  return id;
}

/** The text of `portvokter explain` for an input problem. */
export function inputProblemText(p: InputProblem, lang: Lang): string {
  const h = texts(lang).explain;
  return [
    p.id,
    "=".repeat(p.id.length),
    "",
    `${h.theme}: ${p.theme}`,
    `${h.severity}: ${p.severity}`,
    `${h.source}: ${p.source}`,
    "",
    p.description[lang],
    "",
    INPUT_NOTE[lang],
    "",
  ].join("\n");
}
