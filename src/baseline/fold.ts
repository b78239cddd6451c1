// For formats without a place of their own for baselined findings (JUnit, markdown, the HTML
// report): they are listed with the waived ones, the reason saying they are in the baseline.
import { texts } from "../i18n/index.js";
import type { FileResult, Lang } from "../types.js";

export function foldBaselined<R extends FileResult>(r: R, lang: Lang): R {
  if (!r.baselined?.length) return r;
  const reason = texts(lang).baseline.reason;
  return { ...r, suppressed: [...r.suppressed, ...r.baselined.map((f) => ({ ...f, reason }))] };
}
