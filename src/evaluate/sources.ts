// Rule sources: each rule cites a list of { doc, locator } parts, where `doc` names a document in
// the shipped legend (rules/data/sources.json) and `locator` the place in it. Users see one line
// of text, rendered from the parts (`sourceText`); the legend gives each document its title,
// publisher, year and URL.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

/** One cited place: a legend document and, optionally, where in it. */
export interface SourceRef {
  /** An id in rules/data/sources.json ("PV", "003", "DFØ", …). */
  doc: string;
  /** The place in that document: section, checklist item, quotation. */
  locator?: string;
}

export interface SourceDoc {
  id: string;
  /** How a citation names the document; the id when absent. */
  cite?: string;
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
}

let legend: ReadonlyMap<string, SourceDoc> | undefined;

/** The shipped legend, in file order. */
export function sourceLegend(): ReadonlyMap<string, SourceDoc> {
  if (!legend) {
    const raw = JSON.parse(readFileSync(join(packageRoot(), "rules", "data", "sources.json"), "utf8")) as Record<string, Omit<SourceDoc, "id">>;
    legend = new Map(Object.entries(raw).map(([id, d]) => [id, { id, ...d }]));
  }
  return legend;
}

/** The legend entry for a document id (undefined: not in the legend). */
export function resolveSourceDoc(id: string): SourceDoc | undefined {
  return sourceLegend().get(id);
}

/** A document as a citation names it. */
export function citeName(id: string): string {
  return resolveSourceDoc(id)?.cite ?? id;
}

const rendered = new WeakMap<readonly SourceRef[], string>();

/** The citation as users see it: "PV BP2 #3; 000 «Profesjonaliserte (Avklarte) roller»". */
export function sourceText(parts: readonly SourceRef[]): string {
  let text = rendered.get(parts);
  if (text === undefined) rendered.set(parts, (text = render(parts)));
  return text;
}

function render(parts: readonly SourceRef[]): string {
  return parts.map((p) => (p.locator === undefined ? citeName(p.doc) : `${citeName(p.doc)} ${p.locator}`)).join("; ");
}

/** The documents a citation names, each once, in citation order (legend entries only). */
export function citedDocs(parts: readonly SourceRef[]): SourceDoc[] {
  const seen = new Set<string>();
  const docs: SourceDoc[] = [];
  for (const p of parts) {
    const doc = resolveSourceDoc(p.doc);
    if (doc && !seen.has(doc.id)) {
      seen.add(doc.id);
      docs.push(doc);
    }
  }
  return docs;
}

/** One legend entry as a line: "PV: Prosjektveiviseren (…). Digdir, 2026. https://…". */
export function docLine(doc: SourceDoc): string {
  const name = doc.cite ?? doc.id;
  const by = doc.year === null ? doc.publisher : `${doc.publisher}, ${doc.year}`;
  return `${name}: ${doc.title}. ${by}.${doc.url === null ? "" : ` ${doc.url}`}`;
}
