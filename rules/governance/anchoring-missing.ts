import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/anchoring-missing",
  gates: { BP1: "warning", BP3: "error" },
  source: [
    { doc: "002", locator: "RÅD 1" },
    { doc: "000", locator: "forankring i hvert leder-ledd" },
    { doc: "PV", locator: "BP3 signing" },
  ],
  description: {
    nb: "Prosjektet er ikke forankret i toppledelsen (`anchoring.top_management` er ikke `true`).",
    en: "The project is not anchored in top management (`anchoring.top_management` is not `true`).",
  },
  rationale: {
    nb: "KS' første råd om digital omstilling er at omstillingen må være tydelig forankret i ledergruppen, og at «både politisk og administrativ ledelse må ta aktivt eierskap». Bærums intervjuer sier det samme: «hvis ikke prosjektet blir støttet av toppledelsen, så mangler det litt drivkraft», og forankring i hvert leder-ledd må til. Ved BP3 signerer prosjekteieren styringsdokumentet på vegne av ledelsen, og da må forankringen være på plass.",
    en: "KS's first piece of advice on digital transformation is that it must be clearly anchored in the management group, and that «både politisk og administrativ ledelse må ta aktivt eierskap» (political and administrative leadership must take active ownership). The Bærum interviews say the same: without top management support the project lacks drive, and anchoring at every management level is needed. At BP3 the owner signs the steering document on behalf of management, so the anchoring must be in place by then.",
  },
  messages: {
    default: {
      nb: "Dossieren viser ikke at toppledelsen har forankret og tatt eierskap til prosjektet (governance.anchoring.top_management).",
      en: "The dossier does not show that top management has endorsed and taken ownership of the project (governance.anchoring.top_management).",
    },
  },
  example: `governance:
  anchoring:
    top_management: true`,
  check({ dossier }) {
    return isTrue(dossier.governance?.anchoring?.top_management) ? [] : [{ pointer: ptr("governance", "anchoring", "top_management") }];
  },
});
