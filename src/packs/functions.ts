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
    return Array.isArray(list?.value) && keysOf(list.value, options.key ?? "id").has(value);
  },
};

/** The values of `key` in a list's items, once per list and key: a dossier may hold 10 000 items. */
const keyCache = new WeakMap<readonly unknown[], Map<string, Set<unknown>>>();

function keysOf(list: readonly unknown[], key: string): Set<unknown> {
  let byKey = keyCache.get(list);
  if (!byKey) keyCache.set(list, (byKey = new Map()));
  let keys = byKey.get(key);
  if (!keys) {
    keys = new Set(list.map((item) => (item !== null && typeof item === "object" ? (item as Record<string, unknown>)[key] : undefined)));
    keys.delete(undefined);
    byKey.set(key, keys);
  }
  return keys;
}
