// `portvokter explain RULE-ID`: a rule's own documentation, from its metadata; for an input
// problem (yaml/*, schema/*, io/*, internal/*), its entry in the input-problems registry.
import { UsageError } from "../errors.js";
import { fill, texts } from "../i18n/index.js";
import { ruleSet } from "../packs/rule-set.js";
import { loadSettings } from "../run/settings.js";
import { inputProblem, inputProblemText } from "../input-problems/registry.js";
import { closest } from "../util/suggest.js";
import type { Lang } from "../types.js";
import { writeStream } from "./io.js";
import { EXIT } from "./meta.js";
import { explainText } from "../report/rule-text.js";

export { explainText };

export async function runExplain(id: string, opts: { lang?: Lang; config?: string | false }): Promise<number> {
  const settings = loadSettings({ config: opts.config, lang: opts.lang });
  const lang = opts.lang ?? settings.lang;
  // A config's packs add rules to explain.
  const { rules } = await ruleSet(settings);
  const rule = rules.find((r) => r.id === id);
  const problem = rule ? undefined : inputProblem(id);
  if (problem) {
    await writeStream(process.stdout, inputProblemText(problem, lang));
    return EXIT.ok;
  }
  if (!rule) {
    const ids = closest(id, rules.map((r) => r.id), 5);
    const T = texts(lang).explain;
    const hint = ids.length ? fill(T.hint, { ids: ids.join(", ") }) : "";
    throw new UsageError(fill(T.unknownRule, { id, hint }));
  }
  await writeStream(process.stdout, explainText(rule, lang));
  return EXIT.ok;
}
