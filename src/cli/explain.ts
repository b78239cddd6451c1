// `portvokter explain RULE-ID`: a rule's own documentation, from its metadata.
import { UsageError } from "../errors.js";
import { loadRule, ruleIds } from "../evaluate/registry.js";
import { closest } from "../util/suggest.js";
import type { Lang } from "../types.js";
import { writeStream } from "./io.js";
import { EXIT } from "./meta.js";
import { gatesText } from "./rules.js";
import type { Rule } from "../evaluate/rule.js";

const H = {
  nb: { flags: "Flagger", why: "Hvorfor", gates: "Beslutningspunkt og alvorlighetsgrad", source: "Kilde", example: "Eksempel som oppfyller regelen", theme: "Tema" },
  en: { flags: "Flags", why: "Why", gates: "Gates and severities", source: "Source", example: "Example that satisfies the rule", theme: "Theme" },
};

export function explainText(rule: Rule, lang: Lang): string {
  const h = H[lang];
  const indent = (s: string) => s.split("\n").map((l) => `    ${l}`).join("\n");
  return [
    rule.id,
    "=".repeat(rule.id.length),
    "",
    `${h.theme}: ${rule.theme}`,
    `${h.gates}: ${gatesText(rule, lang)}`,
    `${h.source}: ${rule.source}`,
    "",
    `${h.flags}:`,
    indent(rule.description[lang]),
    "",
    `${h.why}:`,
    indent(rule.rationale[lang]),
    "",
    `${h.example}:`,
    indent(rule.example),
    "",
  ].join("\n");
}

export async function runExplain(id: string, opts: { lang?: Lang }): Promise<number> {
  const lang = opts.lang ?? "nb";
  const rule = await loadRule(id);
  if (!rule) {
    const ids = closest(id, ruleIds(), 5);
    const hint = ids.length ? (lang === "nb" ? ` Mente du: ${ids.join(", ")}?` : ` Did you mean: ${ids.join(", ")}?`) : "";
    throw new UsageError(
      (lang === "nb" ? `ukjent regel «${id}».` : `unknown rule «${id}».`) +
        hint +
        (lang === "nb" ? " Se alle med: portvokter rules" : " List them all with: portvokter rules"),
    );
  }
  await writeStream(process.stdout, explainText(rule, lang));
  return EXIT.ok;
}
