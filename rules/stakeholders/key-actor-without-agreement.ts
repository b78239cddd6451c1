import { defineRule } from "../../src/evaluate/rule.js";
import { isCitizenGroup, isKeyActor, isMissing, isTrue, ptr, stakeholderName, stakeholders } from "../helpers.js";

export default defineRule({
  id: "stakeholders/key-actor-without-agreement",
  gates: { BP3: "warning" },
  source: [
    { doc: "003", locator: "Vedlegg 2 (etabler avtaler), Rogers & Whetten" },
    { doc: "003", locator: "§3.1.2 («intensjonsavtaler og mer forpliktende samarbeidsavtaler»)" },
    { doc: "001", locator: "«Inngå forpliktende samarbeid med viktige aktører»" },
  ],
  description: {
    nb: "En nøkkelaktør eller en beslutningstaker (`decision_maker: true`) har `agreement` som mangler, er `ingen` eller bare `intensjonsavtale`.",
    en: "A key actor or a decision maker (`decision_maker: true`) has an `agreement` that is missing, `ingen` or only `intensjonsavtale`.",
  },
  rationale: {
    nb: "Masteroppgavens sjekkliste for planleggingsfasen ber prosjektet etablere «systemer og avtaler som regulerer organisering og styring mot de viktigste interessentene», og Digitaliseringsrådet anbefaler: «Inngå forpliktende samarbeid med viktige aktører». En intensjonsavtale synliggjør samarbeidet, men binder ingen; det er de mer forpliktende samarbeidsavtalene (Rogers og Whetten) som regulerer roller, ansvar og beslutningsmyndighet. Ved BP3 bør derfor nøkkelaktørene og de som tar beslutninger prosjektet avhenger av, være bundet av en samarbeidsavtale eller kontrakt.",
    en: "The thesis's checklist for the planning phase asks the project to establish «systemer og avtaler som regulerer organisering og styring mot de viktigste interessentene» (systems and agreements that govern organisation and steering towards the most important stakeholders), and Digitaliseringsrådet advises: «Inngå forpliktende samarbeid med viktige aktører» (enter into binding collaboration with important actors). A letter of intent makes the collaboration visible but binds no one; the more binding collaboration agreements (Rogers and Whetten) regulate roles, responsibilities and decision authority. At BP3 the key actors and those who make decisions the project depends on should therefore be bound by a collaboration agreement or a contract.",
  },
  messages: {
    none: {
      nb: "{name} er en nøkkelaktør eller tar beslutninger prosjektet avhenger av, men har ingen avtale med prosjektet (stakeholders[].agreement). Inngå en forpliktende samarbeidsavtale eller kontrakt.",
      en: "{name} is a key actor or makes decisions the project depends on, but has no agreement with the project (stakeholders[].agreement). Enter into a binding collaboration agreement or contract.",
    },
    intent: {
      nb: "{name} er en nøkkelaktør eller tar beslutninger prosjektet avhenger av, men har bare en intensjonsavtale, som ikke binder noen (stakeholders[].agreement). Inngå en forpliktende samarbeidsavtale eller kontrakt.",
      en: "{name} is a key actor or makes decisions the project depends on, but has only a letter of intent (intensjonsavtale), which binds no one (stakeholders[].agreement). Enter into a binding collaboration agreement or contract.",
    },
  },
  example: `stakeholders:
  - { id: ks, name: KS, importance: høy, replaceability: lav, agreement: samarbeidsavtale }
  - { id: kommunene, name: Kommunene, importance: høy, replaceability: høy, decision_maker: true, agreement: kontrakt }`,
  check({ dossier }) {
    return stakeholders(dossier)
      .filter(({ item }) => (isKeyActor(item) || isTrue(item.decision_maker)) && !isCitizenGroup(item))
      .filter(({ item }) => isMissing(item.agreement) || item.agreement === "ingen" || item.agreement === "intensjonsavtale")
      .map(({ item, index }) => ({
        pointer: ptr("stakeholders", index, "agreement"),
        messageId: item.agreement === "intensjonsavtale" ? "intent" : "none",
        data: { name: stakeholderName(item, index) },
      }));
  },
});
