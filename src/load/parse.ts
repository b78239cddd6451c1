// Text → one YAML 1.2 document with source positions, or the fatal problem that prevents it.
import { diagnose, type Diagnosis } from "./diagnose.js";
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Scalar, type YAMLError } from "yaml";

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
  /** For yaml/syntax: the likely cause in the user's terms, and where it is. */
  diagnosis?: Diagnosis;
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
  // Bound nesting before the parser sees it: its memory and time grow with depth, not just size.
  if (nestingExceeds(src, MAX_DEPTH)) return { ok: false, rule: "yaml/too-deep", offset: 0, lines };
  const docs = parseDocuments(src, lines);
  if (docs === undefined) return { ok: false, rule: "yaml/too-deep", offset: 0, lines };
  if (!Array.isArray(docs) || docs.length === 0) return { ok: false, rule: "yaml/empty", offset: 0, lines };
  const firstError = docs.flatMap((d) => d.errors)[0];
  if (firstError) {
    if (/call stack/i.test(firstError.message)) return { ok: false, rule: "yaml/too-deep", offset: 0, lines };
    return fromYamlError(firstError, lines, src);
  }
  if (docs.length > 1) {
    const second = docs[1]!;
    return { ok: false, rule: "yaml/multi-document", offset: second.range?.[0] ?? 0, lines };
  }
  const doc = docs[0]!;
  const shape = walkShape(doc.contents, MAX_DEPTH);
  if (shape.duplicate !== undefined) return { ok: false, rule: "yaml/duplicate-key", offset: shape.duplicate, lines };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { ok: false, rule: "yaml/empty", offset: 0, lines }; // "---", "~" or "null": no dossier
  }
  if (shape.tooDeep) return { ok: false, rule: "yaml/too-deep", offset: 0, lines };

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

function fromYamlError(err: YAMLError, lines: LineCounter, src: string): ParseFailure {
  const offset = err.pos?.[0] ?? 0;
  const detail = err.message.split("\n")[0]!;
  if (err.code === "DUPLICATE_KEY") return { ok: false, rule: "yaml/duplicate-key", offset, lines, detail };
  const diagnosis = diagnose(src, err.code, offset, detail);
  return { ok: false, rule: "yaml/syntax", offset: diagnosis.offset, lines, detail, diagnosis };
}

function firstAliasOffset(src: string): number {
  const m = /(^|[\s,[{:-])\*[^\s,\]}]+/.exec(src);
  return m ? m.index + m[1]!.length : 0;
}

/** The parser's documents, or undefined when its recursion overflowed (nesting too deep). */
function parseDocuments(src: string, lines: LineCounter) {
  try {
    return parseAllDocuments(src, {
      lineCounter: lines,
      prettyErrors: false,
      // The library's own duplicate-key check compares every key with every other (quadratic in a
      // mapping's size); walkShape() below does the same job in linear time.
      uniqueKeys: false,
      version: "1.2",
      schema: "core",
      merge: false,
      strict: true,
      // The library would print its warnings (e.g. collection keys stringified) on stderr itself;
      // what matters reaches the user as findings instead.
      logLevel: "error",
    });
  } catch (err) {
    if (err instanceof RangeError) return undefined;
    throw err;
  }
}

/**
 * An upper estimate of how deep flow collections ([ {) and same-line block indicators (- - -, ? ?)
 * nest, skipping quoted scalars and comments. Nesting by indentation alone is bounded by the
 * file-size limit (depth d needs about d²/2 bytes), so it needs no scan.
 */
export function nestingExceeds(src: string, max: number): boolean {
  let depth = 0;
  let quote: "'" | '"' | null = null;
  let lineStart = true;
  let inline = 0; // block indicators at the start of the current line
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (quote !== null) {
      if (quote === '"' && c === 92 /* \ */) i++;
      else if (c === quote.charCodeAt(0)) {
        if (quote === "'" && src.charCodeAt(i + 1) === 39) i++;
        else quote = null;
      }
      continue;
    }
    if (c === 10 /* \n */) {
      lineStart = true;
      inline = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32 || c === 9) continue;
      if ((c === 45 /* - */ || c === 63 /* ? */) && (src.charCodeAt(i + 1) === 32 || src.charCodeAt(i + 1) === 9)) {
        if (depth + ++inline > max) return true;
        i++;
        continue;
      }
      lineStart = false;
    }
    // Most characters are none of # ' " [ { ] }: test for those before looking back.
    if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth + inline > max) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      if (depth > 0) depth--;
    } else if (c === 35 /* # */ || c === 39 /* ' */ || c === 34 /* " */) {
      const prev = i > 0 ? src.charCodeAt(i - 1) : 10;
      if (c === 35) {
        if (prev === 32 || prev === 9 || prev === 10) {
          const nl = src.indexOf("\n", i);
          if (nl === -1) break;
          i = nl - 1;
        }
      } else if (prev === 32 || prev === 9 || prev === 10 || prev === 91 || prev === 123 || prev === 44 || prev === 58) {
        quote = c === 39 ? "'" : '"';
      }
    }
  }
  return false;
}

/**
 * One walk of the tree for what the parser leaves to us: the offset of the first key that repeats
 * an earlier key of the same mapping (linear, unlike the library's own check), and whether nodes
 * nest deeper than `max` (which toJS and the rules would recurse into). Iterative: a recursive walk
 * would overflow on exactly the input it guards against.
 */
function walkShape(root: unknown, max: number): { duplicate: number | undefined; tooDeep: boolean } {
  const nodes: unknown[] = [root];
  const depths: number[] = [0];
  let duplicate: number | undefined;
  let tooDeep = false;
  while (nodes.length > 0) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (depth > max) tooDeep = true;
    if (isMap(node)) {
      // Scalar keys are primitives (core schema): a Set's SameValueZero tells 1 from "1" and
      // finds 1 = 1.0 = 0x1, as YAML does.
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          if (seen.has(key.value)) {
            const offset = (key as Scalar).range?.[0] ?? 0;
            if (duplicate === undefined || offset < duplicate) duplicate = offset;
          }
          seen.add(key.value);
        }
        nodes.push(pair.key, pair.value);
        depths.push(depth + 1, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items as unknown[]) {
        // A flow sequence may hold single pairs ([a: 1]); their key and value nest too.
        if (isPair(item)) {
          nodes.push(item.key, item.value);
          depths.push(depth + 1, depth + 1);
        } else {
          nodes.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return { duplicate, tooDeep };
}
