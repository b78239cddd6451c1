import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, MUNICIPAL_LEVELS, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/political-anchoring-missing",
  gates: { BP2: "warning" },
  source: [{ doc: "002", locator: "RÅD 1 «både politisk og administrativ ledelse må ta aktivt eierskap»" }],
  description: {
    nb: "Et kommunalt, fylkeskommunalt eller interkommunalt prosjekt uten politisk forankring (`anchoring.political` er ikke `true`).",
    en: "A municipal, county or inter-municipal project without political anchoring (`anchoring.political` is not `true`).",
  },
  rationale: {
    nb: "KS' første råd om digital omstilling i kommunene er at «både politisk og administrativ ledelse må ta aktivt eierskap» til digitaliseringen. I en kommune eller fylkeskommune er det kommunestyret eller fylkestinget som gir rammer og penger, og et prosjekt uten politisk eierskap kan miste både finansiering og prioritet underveis. Ved BP2, før planleggingen starter, bør dossieren vise at den politiske ledelsen har tatt aktivt eierskap, for eksempel ved et vedtak.",
    en: "KS's first piece of advice on digital transformation in municipalities is that «både politisk og administrativ ledelse må ta aktivt eierskap» (both political and administrative leadership must take active ownership). In a kommune or fylkeskommune it is the council (kommunestyret, fylkestinget) that sets frames and grants money, and a project without political ownership may lose both funding and priority along the way. At BP2, before planning starts, the dossier should show that the political leadership has taken active ownership, for instance by a decision.",
  },
  messages: {
    default: {
      nb: "Prosjektet er på nivået {level}, men dossieren viser ikke at den politiske ledelsen (kommunestyret eller fylkestinget) har tatt aktivt eierskap, f.eks. ved et vedtak (governance.anchoring.political).",
      en: "The project is at the {level} level, but the dossier does not show that the political leadership (kommunestyret or fylkestinget) has taken active ownership, e.g. by a decision (governance.anchoring.political).",
    },
  },
  example: `project:
  level: kommune
governance:
  anchoring:
    top_management: true
    political: true`,
  check({ dossier }) {
    const level = dossier.project.level;
    if (!MUNICIPAL_LEVELS.has(level) || isTrue(dossier.governance?.anchoring?.political)) return [];
    return [{ pointer: ptr("governance", "anchoring", "political"), data: { level } }];
  },
});
