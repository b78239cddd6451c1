// Path comparison that sees through links and relative spellings.
import { realpathSync } from "node:fs";
import { resolve } from "node:path";

/** Whether two paths name the same file (by real path when both exist, else as resolved). */
export function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}
