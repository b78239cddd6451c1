// How a diff names one of its sides: the path or REV:path as given, and the gate it was checked at.
import type { DiffSideFacts } from "../../diff/compare.js";
import { texts } from "../../i18n/index.js";
import type { Lang } from "../../types.js";

export function side(s: DiffSideFacts, lang: Lang): string {
  return `${s.label} (${s.gate ?? texts(lang).diff.noGate})`;
}
