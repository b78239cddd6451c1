// The tool's own texts: one catalogue per language (nb.ts is the source of truth) and the one
// placeholder filler everything uses, rule messages included. Adding a language means adding
// it to LANGS (src/types.ts), a catalogue file here, an entry in CATALOGUES, and the rule texts.
import { LANGS, type Lang } from "../types.js";
import { en } from "./en.js";
import { nb, type Catalogue } from "./nb.js";

export type { Catalogue };

const CATALOGUES: Record<Lang, Catalogue> = { nb, en };

/** Every text of one language. */
export function texts(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** The language of a command-line value, or the default (nb) when it names none. */
export function langOf(value: string | undefined): Lang {
  return (LANGS as readonly (string | undefined)[]).includes(value) ? (value as Lang) : "nb";
}

export type Data = Record<string, string | number>;

/**
 * Fill `{name}` placeholders from `data`; a placeholder without a value stays visible (so a
 * missing value is noticed). Values are inserted as they are, never read as placeholders.
 */
export function fill(template: string, data: Data = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in data ? String(data[key]) : m));
}

/** "; mente du «a», «b»?" naming the nearest ids, or "" when there are none (`quote: false` leaves them bare). */
export function didYouMeanIds(lang: Lang, ids: readonly string[], quote = true): string {
  return ids.length ? fill(texts(lang).didYouMean, { ids: ids.map((x) => (quote ? `«${x}»` : x)).join(", ") }) : "";
}

/** A problem message (io/*, yaml/*, schema/*, …) with its placeholders filled. */
export type ProblemKey = keyof Catalogue["problem"];

export function problem(lang: Lang, key: ProblemKey, data?: Data): string {
  return fill(CATALOGUES[lang].problem[key], data);
}

/** A hint (what caused a problem and how to fix it) with its placeholders filled. */
type Hints = Catalogue["hints"];
export type HintKey = { [K in keyof Hints]: Hints[K] extends string ? K : never }[keyof Hints];

export function hint(lang: Lang, key: HintKey, data?: Data): string {
  return fill(CATALOGUES[lang].hints[key] as string, data);
}

/** "1 fil" / "3 filer": the form for `n` filled with n. */
export function plural(forms: { one: string; other: string }, n: number): string {
  return fill(n === 1 ? forms.one : forms.other, { n });
}

/** The texts of the HTML and Markdown reports. */
export type ReportStrings = Catalogue["report"];
