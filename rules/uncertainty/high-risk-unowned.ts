import { defineRule } from "../../src/evaluate/rule.js";
import type { RuleReport } from "../../src/evaluate/rule.js";
import { isMissing, items, label, ptr } from "../helpers.js";

export default defineRule({
  id: "uncertainty/high-risk-unowned",
  gates: { BP3: "warning" },
  source: [{ doc: "PV", locator: "usikkerhetsstyring" }],
  description: {
    nb: "En risiko med `probability` eller `consequence` `høy` mangler `owner` eller `mitigation`.",
    en: "A risk with `probability` or `consequence` `høy` has no `owner` or no `mitigation`.",
  },
  rationale: {
    nb: "Usikkerhetsstyring i Prosjektveiviseren betyr at hver vesentlig usikkerhet har en eier som følger den opp, og tiltak som reduserer sannsynligheten eller konsekvensen. En risiko som er vurdert som høy, men som ingen eier eller har tiltak for, er bare registrert, ikke styrt. Når prosjektet går inn i gjennomføring ved BP3, er det disse risikoene som oftest slår til. Navngi en eier og beskriv tiltakene før beslutningen.",
    en: "Uncertainty management in Prosjektveiviseren means that every significant uncertainty has an owner who follows it up, and actions that reduce its probability or consequence. A risk rated high that nobody owns or mitigates is merely recorded, not managed. When the project enters execution at BP3, these are the risks that most often materialise. Name an owner and describe the mitigation before the decision.",
  },
  messages: {
    both: {
      nb: "Risikoen {risk} er vurdert som høy, men har verken eier eller tiltak (uncertainty.owner, uncertainty.mitigation).",
      en: "The risk {risk} is rated high but has neither an owner nor a mitigation (uncertainty.owner, uncertainty.mitigation).",
    },
    owner: {
      nb: "Risikoen {risk} er vurdert som høy, men ingen eier den (uncertainty.owner).",
      en: "The risk {risk} is rated high but nobody owns it (uncertainty.owner).",
    },
    mitigation: {
      nb: "Risikoen {risk} er vurdert som høy, men har ingen tiltak (uncertainty.mitigation).",
      en: "The risk {risk} is rated high but has no mitigation (uncertainty.mitigation).",
    },
  },
  example: `uncertainty:
  - id: r1
    description: "Leverandørene leverer ikke modulene i tide"
    probability: høy
    consequence: høy
    owner: "Seksjonssjef for digitale tjenester"
    mitigation: "Månedlige leverandørmøter og felles testplan"`,
  check({ dossier }) {
    const reports: RuleReport[] = [];
    for (const { item, index } of items(dossier.uncertainty)) {
      if (item.probability !== "høy" && item.consequence !== "høy") continue;
      const noOwner = isMissing(item.owner);
      const noMitigation = isMissing(item.mitigation);
      if (!noOwner && !noMitigation) continue;
      const data = { risk: label(item, index) };
      if (noOwner && noMitigation) reports.push({ pointer: ptr("uncertainty", index), messageId: "both", data });
      else if (noOwner) reports.push({ pointer: ptr("uncertainty", index, "owner"), messageId: "owner", data });
      else reports.push({ pointer: ptr("uncertainty", index, "mitigation"), messageId: "mitigation", data });
    }
    return reports;
  },
});
