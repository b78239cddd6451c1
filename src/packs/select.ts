// `given` and `field`: the places in a dossier a pack rule looks at. A JSON Pointer whose `*`
// segments stand for every item of a list (and every value of a mapping). A concrete segment
// always gives a place, present or not, so that "must exist" can be checked; `*` over nothing
// gives none.
import { escapeSegment, parsePointer } from "../util/pointer.js";

export interface Place {
  pointer: string;
  /** undefined: absent. */
  value: unknown;
  /** The innermost `*` match in a list: its position, from 1. */
  index?: number;
  /** The innermost `*` match, for its id or name. */
  item?: unknown;
}

export const WILDCARD = "*";

export function segmentsOf(pointer: string): string[] {
  return parsePointer(pointer);
}

const own = (node: unknown, key: string): unknown =>
  node !== null && typeof node === "object" && Object.prototype.hasOwnProperty.call(node, key) ? (node as Record<string, unknown>)[key] : undefined;

function child(place: Place, seg: string): Place {
  const value = Array.isArray(place.value) ? (/^(0|[1-9]\d*)$/.test(seg) ? place.value[Number(seg)] : undefined) : own(place.value, seg);
  return { ...place, pointer: `${place.pointer}/${escapeSegment(seg)}`, value };
}

/** Every place `segments` names under `root`. */
export function select(root: unknown, segments: readonly string[]): Place[] {
  let places: Place[] = [{ pointer: "", value: root }];
  for (const seg of segments) {
    const next: Place[] = [];
    for (const place of places) {
      if (seg !== WILDCARD) {
        next.push(child(place, seg));
      } else if (Array.isArray(place.value)) {
        place.value.forEach((item, i) => next.push({ pointer: `${place.pointer}/${i}`, value: item, index: i + 1, item }));
      } else if (place.value !== null && typeof place.value === "object") {
        for (const [key, item] of Object.entries(place.value)) next.push({ ...place, pointer: `${place.pointer}/${escapeSegment(key)}`, value: item, item });
      }
    }
    places = next;
  }
  return places;
}

/** The place `segments` (no `*`) below `place`. */
export function below(place: Place, segments: readonly string[]): Place {
  return segments.reduce(child, place);
}
