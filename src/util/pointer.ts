// JSON Pointer (RFC 6901) building and parsing.

export function escapeSegment(seg: string | number): string {
  return String(seg).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** ptr("governance", "steering_group", 0) → "/governance/steering_group/0" */
export function ptr(...segments: Array<string | number>): string {
  return segments.map((s) => "/" + escapeSegment(s)).join("");
}

export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** True when `pointer` is `base` or lies under it ("/a/b" is under "/a", "/ab" is not). */
export function isUnder(pointer: string, base: string): boolean {
  return base === "" || pointer === base || pointer.startsWith(base + "/");
}

/**
 * A form of `pointer` that survives reordering: each list index whose item (in `root`) has an
 * `id` unique within its list becomes `[id=…]` ("/benefits/2/owner" → "/benefits/[id=b3]/owner").
 * Other segments, and those below a part that does not exist, stay as they are. Not a JSON
 * Pointer: it is key material for identities that must not change when lines or items move.
 */
export function stablePointer(root: unknown, pointer: string): string {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return pointer;
  }
  let node: unknown = root;
  let out = "";
  for (const seg of segments) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(seg)) {
      const item: unknown = node[Number(seg)];
      const id = idOf(item);
      const unique = id !== undefined && idCounts(node).get(id) === 1;
      out += "/" + (unique ? `[id=${escapeSegment(id)}]` : seg);
      node = item;
    } else {
      out += "/" + escapeSegment(seg);
      node =
        node !== null && typeof node === "object" && !Array.isArray(node) && Object.prototype.hasOwnProperty.call(node, seg)
          ? (node as Record<string, unknown>)[seg]
          : undefined;
    }
  }
  return out;
}

/** How often each id occurs in a list, counted once per list (not per finding: a list can hold 50 000 items). */
const idCountCache = new WeakMap<readonly unknown[], Map<string, number>>();

function idCounts(list: readonly unknown[]): Map<string, number> {
  let counts = idCountCache.get(list);
  if (!counts) {
    counts = new Map();
    for (const x of list) {
      const id = idOf(x);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    idCountCache.set(list, counts);
  }
  return counts;
}

function idOf(item: unknown): string | undefined {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return undefined;
  const id = (item as Record<string, unknown>).id;
  return typeof id === "string" && id !== "" ? id : typeof id === "number" ? String(id) : undefined;
}

/** "governance.steering_group[0].name" — how users read a JSON Pointer. */
export function displayPath(pointer: string): string {
  if (pointer === "") return "";
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), "");
}
