// The «since the last gate» section of the Markdown report (`report --since REV`).
import type { Since } from "../../diff/compare.js";
import { fill, texts } from "../../i18n/index.js";
import type { Lang } from "../../types.js";
import { md } from "../md-escape.js";
import { diffGroupsMarkdown } from "./markdown.js";

export function sinceMarkdown(since: Since, lang: Lang): string[] {
  const t = texts(lang).diff;
  const head = [`### ${md(fill(t.since, { rev: since.rev }))}`, ""];
  if (!since.diff) return [...head, `_${md(fill(t.newSince, { rev: since.rev }))}_`, ""];
  return [...head, ...diffGroupsMarkdown(since.diff, lang, "####").split("\n")];
}
