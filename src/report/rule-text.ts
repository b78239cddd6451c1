// A rule's documentation as text, from its metadata: what `portvokter explain` prints and what
// report formats embed (SARIF help text). Pure: no I/O.
import type { RuleMeta } from "../evaluate/rule.js";
import { citedDocs, docLine, sourceText } from "../evaluate/sources.js";
import { fill, texts } from "../i18n/index.js";
import { GATES, type Lang } from "../types.js";

/** "BP2: warning, BP3: error" — how the catalogue writes a rule's gates. */
export function gatesText(rule: RuleMeta, lang: Lang): string {
  const words = texts(lang).severity;
  const parts = GATES.filter((g) => rule.gates[g] !== undefined).map((g) => `${g}: ${(words as Record<string, string>)[rule.gates[g]!] ?? rule.gates[g]}`);
  return parts.join(", ") + (rule.escalation ? ` (${fill(texts(lang).explain.escalation, { condition: rule.escalation[lang] })})` : "");
}

/** The text of `portvokter explain RULE-ID`. */
export function explainText(rule: RuleMeta, lang: Lang): string {
  const h = texts(lang).explain;
  const indent = (s: string) => s.split("\n").map((l) => `    ${l}`).join("\n");
  return [
    rule.id,
    "=".repeat(rule.id.length),
    "",
    `${h.theme}: ${rule.theme}`,
    `${h.gates}: ${gatesText(rule, lang)}`,
    `${h.source}: ${sourceText(rule.source)}`,
    // Each cited document, resolved through the legend: what a reader needs to find it.
    ...citedDocs(rule.source).map((d) => `  - ${docLine(d)}`),
    ...(rule.origin?.url ? [`  - ${texts(lang).packs.explainLink}: ${rule.origin.url}`] : []),
    ...(rule.origin ? [`${texts(lang).packs.explainPack}: ${rule.origin.pack}${rule.origin.title ? ` (${rule.origin.title[lang]})` : ""}`] : []),
    "",
    `${h.flags}:`,
    indent(rule.description[lang]),
    "",
    `${h.why}:`,
    indent(rule.rationale[lang]),
    "",
    // A pack rule may come without an example.
    ...(rule.example ? [`${h.example}:`, indent(rule.example), ""] : []),
  ].join("\n");
}
