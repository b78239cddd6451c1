// Building blocks formatters share: a streamed or spooled format's whole-run form.
import { summarize } from "./counts.js";
import type { Formatter, Pieces, Spooled, StreamFormatter } from "./format-types.js";

/** Pieces joined (for the whole-run formatters). */
export const joined = (p: Pieces): string => (typeof p === "string" ? p : [...p].join(""));

/** The whole-run Formatter of a spooled format: the same pieces, joined in memory. */
export function spooledWhole(make: Spooled): Formatter {
  return (results, ctx) => {
    const spool = make(ctx);
    let body = results.map((r, i) => joined(spool.file(r, i))).join("");
    const rewrite = spool.lineRewrite?.();
    if (rewrite) body = body.split("\n").map(rewrite).join("\n");
    return [...spool.head()].join("") + body + spool.tail();
  };
}

export function streamed(stream: StreamFormatter): Formatter {
  return (results, ctx) => stream.begin(ctx) + results.map((r, i) => joined(stream.file(r, i, ctx))).join("") + stream.end(summarize(results), ctx);
}
