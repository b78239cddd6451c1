import { defineRule } from "../../src/evaluate/rule.js";
import { isKeyActor, isMissing, isTrue, ptr, stakeholderName, stakeholders } from "../helpers.js";

export default defineRule({
  id: "stakeholders/benefits-not-visible",
  gates: { BP3: "warning" },
  source: [{ doc: "003", locator: "Vedlegg 2 «Synliggjør gevinstene for de ulike aktørene»; faresignal" }],
  description: {
    nb: "En nøkkelaktør eller beslutningstaker (`decision_maker: true`) mangler `benefits`.",
    en: "A key actor or decision maker (`decision_maker: true`) has no `benefits`.",
  },
  rationale: {
    nb: "Masteroppgavens sjekkliste for planleggingsfasen sier «Synliggjør gevinstene for de ulike aktørene», og blant faresignalene er at «en aktør ikke opplever tilstrekkelig gevinster fra prosjektet». En nøkkelaktør eller beslutningstaker som ikke ser hva den selv får igjen, har liten grunn til å prioritere prosjektet eller investere i det. Ved BP3 må prosjektet kunne vise nyttevirkningene (gevinstene) for hver av dem.",
    en: "The thesis's checklist for the planning phase says «Synliggjør gevinstene for de ulike aktørene» (make the benefits visible for each actor), and among the danger signals is that «en aktør ikke opplever tilstrekkelig gevinster fra prosjektet» (an actor does not see enough benefit from the project). A key actor or decision maker who cannot see what it gains has little reason to prioritise the project or invest in it. At BP3 the project must be able to show the benefits (gevinster) for each of them.",
  },
  messages: {
    default: {
      nb: "Det står ikke hva {name} får igjen av prosjektet (stakeholders[].benefits). Synliggjør nyttevirkningene (gevinstene) for denne aktøren.",
      en: "The dossier does not say what {name} gains from the project (stakeholders[].benefits). Make the benefits (gevinster) visible for this actor.",
    },
  },
  example: `stakeholders:
  - { id: kommunene, name: Kommunene, importance: høy, replaceability: lav, decision_maker: true, benefits: "Raskere saksbehandling og færre manuelle registreringer" }`,
  check({ dossier }) {
    return stakeholders(dossier)
      .filter(({ item }) => (isKeyActor(item) || isTrue(item.decision_maker)) && isMissing(item.benefits))
      .map(({ item, index }) => ({ pointer: ptr("stakeholders", index, "benefits"), data: { name: stakeholderName(item, index) } }));
  },
});
