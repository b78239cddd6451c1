// Text → one YAML 1.2 document with source positions, or the fatal problem that prevents it.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type YAMLError } from "yaml";

export interface Parsed {
  ok: true;
  doc: Document.Parsed;
  lines: LineCounter;
  value: unknown;
}
export interface ParseFailure {
  ok: false;
  rule: "yaml/syntax" | "yaml/duplicate-key" | "yaml/multi-document" | "yaml/empty" | "yaml/alias-limit" | "yaml/too-deep";
  /** Character offset in the text, when the problem has one. */
  offset: number;
  lines: LineCounter;
  /** The YAML library's own message (English), shown after ours for detail. */
  detail?: string;
}

export interface ParseOptions {
  /** Most aliases a document may expand (bounds "billion laughs"). */
  maxAliasCount: number;
}

/** A dossier is a handful of levels deep; far deeper input is hostile or broken, and recursion-bound. */
export const MAX_DEPTH = 200;

export function parseYaml(text: string, options: ParseOptions): Parsed | ParseFailure {
  // YAML treats a lone CR as a line break; LineCounter does not. CR → LF keeps offsets intact.
  const src = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
  const lines = new LineCounter();
  const docs = parseAllDocuments(src, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    version: "1.2",
    schema: "core",
    merge: false,
    strict: true,
    // The library would print its warnings (e.g. collection keys stringified) on stderr itself;
    // what matters reaches the user as findings instead.
    logLevel: "error",
  });

  if (!Array.isArray(docs) || docs.length === 0) return { ok: false, rule: "yaml/empty", offset: 0, lines };
  const firstError = docs.flatMap((d) => d.errors)[0];
  if (firstError) {
    if (/call stack/i.test(firstError.message)) return { ok: false, rule: "yaml/too-deep", offset: 0, lines };
    return fromYamlError(firstError, lines);
  }
  if (docs.length > 1) {
    const second = docs[1]!;
    return { ok: false, rule: "yaml/multi-document", offset: second.range?.[0] ?? 0, lines };
  }
  const doc = docs[0]!;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { ok: false, rule: "yaml/empty", offset: 0, lines }; // "---", "~" or "null": no dossier
  }

  if (depthOver(doc.contents, MAX_DEPTH)) return { ok: false, rule: "yaml/too-deep", offset: 0, lines };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: options.maxAliasCount });
  } catch (err) {
    if (err instanceof ReferenceError && /alias/i.test(err.message)) {
      return { ok: false, rule: "yaml/alias-limit", offset: firstAliasOffset(src), lines };
    }
    if (err instanceof RangeError) return { ok: false, rule: "yaml/too-deep", offset: 0, lines };
    return { ok: false, rule: "yaml/syntax", offset: 0, lines, detail: (err as Error).message };
  }
  return { ok: true, doc, lines, value };
}

function fromYamlError(err: YAMLError, lines: LineCounter): ParseFailure {
  const offset = err.pos?.[0] ?? 0;
  const rule = err.code === "DUPLICATE_KEY" ? "yaml/duplicate-key" : "yaml/syntax";
  return { ok: false, rule, offset, lines, detail: err.message.split("\n")[0] };
}

function firstAliasOffset(src: string): number {
  const m = /(^|[\s,[{:-])\*[^\s,\]}]+/.exec(src);
  return m ? m.index + m[1]!.length : 0;
}

/** Iterative (a recursive walk would overflow on exactly the input it guards against). */
function depthOver(root: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          stack.push([item.key, depth + 1], [item.value, depth + 1]);
        } else {
          stack.push([item, depth + 1]);
        }
      }
    }
  }
  return false;
}
