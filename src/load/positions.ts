// JSON Pointer → YAML node → 1-based line/column. The one place positions are computed.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from "yaml";
import { parsePointer } from "../util/pointer.js";

export interface Position {
  line: number;
  column: number;
}

/** Where a finding about `pointer` is shown: the key for a map entry, the item for a list entry. */
export type Anchor = "key" | "value";

export class SourcePositions {
  /** Per mapping, its pairs by key: a file with many findings must not rescan large mappings. */
  private readonly keyIndex = new WeakMap<object, Map<string, Pair>>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  at(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /**
   * Position of the node at `pointer`. A pointer to a missing key resolves to its nearest
   * existing parent. `anchor: "value"` points at the value (type/enum errors), falling back
   * to the key when the value is empty.
   */
  locate(pointer: string, anchor: Anchor = "key"): Position {
    let segments: string[];
    try {
      segments = parsePointer(pointer);
    } catch {
      segments = [];
    }
    let node: unknown = this.doc.contents;
    let keyNode: Node | null = null;
    let found = true;
    for (const seg of segments) {
      const next = this.step(node, seg);
      if (!next) {
        found = false;
        break;
      }
      node = next.value;
      keyNode = next.key;
    }
    const valueNode = node as Node | null;
    const useValue = found && anchor === "value" && valueNode?.range;
    const target = useValue ? valueNode : (keyNode ?? valueNode);
    const offset = target?.range?.[0];
    return offset === undefined ? { line: 1, column: 1 } : this.at(offset);
  }

  /**
   * When `pointer` names a key written without a value inside a flow mapping (`{ … }`), what an
   * unquoted comma makes of text (`{ role: sjef, helse og omsorg }`): the key before it and the
   * text as meant (`role`, `sjef, helse og omsorg`).
   */
  flowCommaSplit(pointer: string): { key: string; text: string } | undefined {
    let segments: string[];
    try {
      segments = parsePointer(pointer);
    } catch {
      return undefined;
    }
    const last = segments.pop();
    let node: unknown = this.doc.contents;
    for (const seg of segments) {
      const next = this.step(node, seg);
      if (!next) return undefined;
      node = next.value;
    }
    if (last === undefined || !isMap(node) || !node.flow) return undefined;
    const items = node.items as Pair[];
    const at = items.findIndex((p) => isPair(p) && keyText(p.key) === last);
    const pair = items[at];
    const before = items[at - 1];
    if (!pair || pair.value !== null || !before || !isScalar(before.value)) return undefined;
    const key = keyText(before.key);
    return key === undefined ? undefined : { key, text: `${String(before.value.value)}, ${last}` };
  }

  private step(node: unknown, seg: string): { key: Node | null; value: unknown } | undefined {
    if (isAlias(node)) return undefined; // never expand aliases while locating
    if (isMap(node)) {
      let index = this.keyIndex.get(node);
      if (!index) {
        index = new Map();
        for (const pair of node.items as Pair[]) {
          const k = isPair(pair) ? keyText(pair.key) : undefined;
          if (k !== undefined && !index.has(k)) index.set(k, pair);
        }
        this.keyIndex.set(node, index);
      }
      const pair = index.get(seg);
      return pair ? { key: pair.key as Node, value: pair.value ?? null } : undefined;
    }
    return stepSeq(node, seg);
  }
}

function stepSeq(node: unknown, seg: string): { key: Node | null; value: unknown } | undefined {
  if (isSeq(node)) {
    if (!/^(0|[1-9]\d*)$/.test(seg)) return undefined;
    const item = node.items[Number(seg)];
    return item === undefined ? undefined : { key: (item as Node) ?? null, value: item };
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value).normalize("NFC");
  return undefined;
}
