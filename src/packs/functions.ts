// The named functions of `then.function`: what JSON Schema cannot say because it needs the run
// date or another part of the dossier. Few on purpose; each is documented in the README.
import { isCalendarDate } from "../util/date.js";
import { parsePointer } from "../util/pointer.js";
import { select } from "./select.js";

export interface FunctionContext {
  dossier: unknown;
  today: string;
}

export interface FunctionOptions {
  list?: string;
  key?: string;
}

export type PackFunction = (value: unknown, ctx: FunctionContext, options: FunctionOptions) => boolean;

export const FUNCTIONS: Record<string, PackFunction> = {
  /** A calendar date, YYYY-MM-DD, on or after the run date (--today). */
  dateNotPast: (value, ctx) => isCalendarDate(value) && value >= ctx.today,
  /** The `key` (default `id`) of an item of the list at `options.list`. */
  refersTo: (value, ctx, options) => {
    const [list] = select(ctx.dossier, parsePointer(options.list ?? ""));
    return Array.isArray(list?.value) && countsOf(list.value, options.key ?? "id").has(value);
  },
  /**
   * Occurs at most once among the `key` (default `id`) values of the list at `options.list`: what
   * `uniqueItems` (refused, quadratic) cannot say of one key. Every occurrence of a repeat fails.
   */
  unique: (value, ctx, options) => {
    if (value === undefined || value === null) return true;
    const [list] = select(ctx.dossier, parsePointer(options.list ?? ""));
    return !Array.isArray(list?.value) || (countsOf(list.value, options.key ?? "id").get(value) ?? 0) <= 1;
  },
};

/** How often each value of `key` occurs in a list's items, counted once per list and key: a dossier may hold 10 000 items. */
const countCache = new WeakMap<readonly unknown[], Map<string, Map<unknown, number>>>();

function countsOf(list: readonly unknown[], key: string): Map<unknown, number> {
  let byKey = countCache.get(list);
  if (!byKey) countCache.set(list, (byKey = new Map()));
  let counts = byKey.get(key);
  if (!counts) {
    counts = new Map();
    for (const item of list) {
      const v = item !== null && typeof item === "object" ? (item as Record<string, unknown>)[key] : undefined;
      if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    byKey.set(key, counts);
  }
  return counts;
}
