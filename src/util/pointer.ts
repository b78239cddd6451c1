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
