// `portvokter init`: a commented skeleton dossier holding the sections asked for at the gate
// that ends the chosen phase (derived from the schema, see src/init/skeleton.ts). Empty values
// pass the schema; the rules then say what to fill in.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { skeleton } from "../init/skeleton.js";
import { packageRoot } from "../util/package-root.js";
import { fill, texts } from "../i18n/index.js";
import { UsageError } from "../errors.js";
import { PHASE_GATE, type Lang, type Level, type Phase } from "../types.js";
import { refuseProtectedOutput, writeOutputFile, writeStream } from "./io.js";
import { writeStderr } from "../util/stderr.js";
import { EXIT } from "./meta.js";

/** The modeline's schema path: relative to the file written, so that it resolves from any folder. */
function schemaRef(output: string | undefined): string {
  const schema = join(packageRoot(), "schemas", "dossier.v1.schema.json");
  const from = output === undefined ? process.cwd() : dirname(resolve(output));
  const rel = relative(from, schema).split(sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

export function skeletonText(phase: Phase, level: Level, lang: Lang, output?: string): string {
  const schema = JSON.parse(readFileSync(join(packageRoot(), "schemas", "dossier.v1.schema.json"), "utf8"));
  const gate = PHASE_GATE[phase];
  const head = [`yaml-language-server: $schema=${schemaRef(output)}`, fill(texts(lang).init.header, { phase, gate })];
  return skeleton(schema, { phase, level, lang, head });
}

export async function runInit(opts: { phase: Phase; level: Level; output: string; force?: boolean; stdout?: boolean; lang?: Lang }): Promise<number> {
  const lang = opts.lang ?? "nb";
  const text = skeletonText(opts.phase, opts.level, lang, opts.stdout ? undefined : opts.output);
  if (opts.stdout) {
    await writeStream(process.stdout, text);
    return EXIT.ok;
  }
  refuseProtectedOutput(opts.output, lang, `--output ${opts.output}`);
  if (existsSync(opts.output) && !opts.force) {
    throw new UsageError(fill(texts(lang).init.exists, { output: opts.output }));
  }
  // A folder that does not exist yet is made (a new project's folder in a portfolio repo).
  mkdirSync(dirname(resolve(opts.output)), { recursive: true });
  await writeOutputFile(opts.output, text, lang, `--output ${opts.output}`);
  writeStderr(fill(texts(lang).init.wrote, { output: opts.output, phase: opts.phase, gate: gate(opts.phase)! }) + "\n");
  return EXIT.ok;
}

const gate = (phase: Phase) => PHASE_GATE[phase];
