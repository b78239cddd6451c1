// `portvokter rules`: the catalogue, straight from the rule modules' metadata.
import { UsageError } from "../errors.js";
import { closest } from "../util/suggest.js";
import { fill, texts } from "../i18n/index.js";
import { ruleSet } from "../packs/rule-set.js";
import { loadSettings } from "../run/settings.js";
import { severityAt } from "../evaluate/rule.js";
import { sourceText } from "../evaluate/sources.js";
import { gatesText } from "../report/rule-text.js";
import { GATES, THEMES, type Gate, type Lang } from "../types.js";
import { writeStream } from "./io.js";
import { EXIT } from "./meta.js";

export interface RulesOptions {
  theme?: string;
  gate?: Gate;
  format: "table" | "json";
  lang?: Lang;
  /** The config whose packs add rules (absent: searched for; false: none). */
  config?: string | false;
}

export { gatesText };

export async function runRules(opts: RulesOptions): Promise<number> {
  const settings = loadSettings({ config: opts.config, lang: opts.lang });
  const lang = opts.lang ?? settings.lang;
  if (opts.theme && !(THEMES as readonly string[]).includes(opts.theme)) {
    const near = closest(opts.theme, THEMES, 1);
    const hint = near.length ? fill(texts(lang).didYouMean, { ids: near.map((x) => `«${x}»`).join(", ") }) : "";
    throw new UsageError(fill(texts(lang).rules.unknownTheme, { theme: opts.theme, themes: THEMES.join(", ") }) + hint);
  }
  const rules = (await ruleSet(settings)).rules.filter(
    (r) => (!opts.theme || r.theme === opts.theme) && (!opts.gate || severityAt(r.gates, opts.gate) !== undefined),
  );

  if (opts.format === "json") {
    const list = rules.map((r) => ({
      id: r.id,
      theme: r.theme,
      gates: Object.fromEntries(GATES.filter((g) => r.gates[g] !== undefined).map((g) => [g, r.gates[g]])),
      ...(opts.gate ? { severity: severityAt(r.gates, opts.gate) } : {}),
      ...(r.escalation ? { escalation: r.escalation[lang] } : {}),
      description: r.description[lang],
      source: sourceText(r.source),
      ...(r.origin ? { pack: r.origin.pack } : {}),
    }));
    await writeStream(process.stdout, JSON.stringify(list, null, 2) + "\n");
    return EXIT.ok;
  }

  const words = texts(lang).severity;
  const at = (r: (typeof rules)[number]) => {
    const sev = severityAt(r.gates, opts.gate!);
    return sev === undefined ? "" : words[sev];
  };
  const rows = rules.map((r) => [r.id, opts.gate ? at(r) : gatesText(r, lang), r.description[lang]]);
  const w0 = Math.max(...rows.map((r) => r[0]!.length), 4);
  const w1 = Math.max(...rows.map((r) => r[1]!.length), 5);
  const T = texts(lang).rules;
  const head = [T.headRule, opts.gate ? fill(T.headAtGate, { gate: opts.gate }) : T.headGates, T.headFlags];
  const lines = [head, ...rows].map(([a, b, c]) => `${a!.padEnd(w0)}  ${b!.padEnd(w1)}  ${c}`);
  lines.push("", fill(T.count, { n: rules.length }));
  await writeStream(process.stdout, lines.join("\n") + "\n");
  return EXIT.ok;
}
