// `portvokter rules`: the catalogue, straight from the rule modules' metadata.
import { UsageError } from "../errors.js";
import { closest } from "../util/suggest.js";
import { didYouMeanIds, fill, texts } from "../i18n/index.js";
import { loadRules } from "../evaluate/registry.js";
import { severityAt } from "../evaluate/rule.js";
import { sourceText } from "../evaluate/sources.js";
import { gatesText } from "../report/rule-text.js";
import { GATES, THEMES, type Gate, type Lang } from "../types.js";
import { writeStream } from "./io.js";
import { EXIT } from "./meta.js";
import { effectiveAt, effectiveGates } from "../config/effective.js";
import type { Severity } from "../types.js";

/** The config's rules and gate, and the rules of its packs (loaded only for --config). */
async function configRules(config: string | true, lang: Lang | undefined) {
  const { loadSettings } = await import("../run/settings.js");
  const { ruleSet } = await import("../packs/rule-set.js");
  const settings = loadSettings({ ...(typeof config === "string" ? { config } : {}), ...(lang ? { lang } : {}) });
  const { config: c } = settings;
  return { rules: c.rules, gate: c.gate, all: (await ruleSet(settings)).rules };
}

export interface RulesOptions {
  theme?: string;
  gate?: Gate;
  format: "table" | "json";
  lang?: Lang;
  /** true: the config found from the working directory; a string: that file; absent or false: none (the catalogue as shipped). */
  config?: string | boolean;
}

export { gatesText };

export async function runRules(opts: RulesOptions): Promise<number> {
  const lang = opts.lang ?? "nb";
  if (opts.theme && !(THEMES as readonly string[]).includes(opts.theme)) {
    const near = closest(opts.theme, THEMES, 1);
    const hint = didYouMeanIds(lang, near);
    throw new UsageError(fill(texts(lang).rules.unknownTheme, { theme: opts.theme, themes: THEMES.join(", ") }) + hint);
  }
  // Only when asked: without --config the catalogue is the same wherever it is run.
  const withConfig = opts.config === true || typeof opts.config === "string" ? await configRules(opts.config, opts.lang) : undefined;
  const effGate = opts.gate ?? withConfig?.gate;
  const rules = (withConfig?.all ?? (await loadRules())).filter(
    (r) => (!opts.theme || r.theme === opts.theme) && (!opts.gate || severityAt(r.gates, opts.gate) !== undefined),
  );

  if (opts.format === "json") {
    const list = rules.map((r) => ({
      id: r.id,
      theme: r.theme,
      gates: Object.fromEntries(GATES.filter((g) => r.gates[g] !== undefined).map((g) => [g, r.gates[g]])),
      ...(opts.gate ? { severity: severityAt(r.gates, opts.gate) } : {}),
      ...(withConfig ? { effective: effectiveGates(r, withConfig.rules) } : {}),
      ...(withConfig && effGate ? { effectiveAt: { gate: effGate, severity: effectiveAt(r, effGate, withConfig.rules) ?? null } } : {}),
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
  if (withConfig) {
    // A column between the default and the description: the severity with the config.
    const P = texts(lang).printConfig;
    const word = (s: Severity | "off" | undefined) => (s === undefined ? "" : s === "off" ? P.off : words[s]);
    const eff = (r: (typeof rules)[number]) =>
      effGate ? word(effectiveAt(r, effGate, withConfig.rules)) : GATES.filter((g) => r.gates[g] !== undefined).map((g) => `${g}: ${word(effectiveGates(r, withConfig.rules)[g])}`).join(", ");
    const effRows = rules.map(eff);
    const effHead = effGate ? `${P.headEffective} (${effGate})` : P.headEffective;
    const w2 = Math.max(...effRows.map((x) => x.length), effHead.length);
    const lines = [[...head.slice(0, 2), effHead, head[2]!], ...rows.map((row, i) => [row[0]!, row[1]!, effRows[i]!, row[2]!])].map(
      ([a, b, e, c]) => `${a!.padEnd(w0)}  ${b!.padEnd(w1)}  ${e!.padEnd(w2)}  ${c}`,
    );
    lines.push("", fill(T.count, { n: rules.length }));
    await writeStream(process.stdout, lines.join("\n") + "\n");
    return EXIT.ok;
  }
  const lines = [head, ...rows].map(([a, b, c]) => `${a!.padEnd(w0)}  ${b!.padEnd(w1)}  ${c}`);
  lines.push("", fill(T.count, { n: rules.length }));
  await writeStream(process.stdout, lines.join("\n") + "\n");
  return EXIT.ok;
}
