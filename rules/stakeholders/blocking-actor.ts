import { defineRule } from "../../src/evaluate/rule.js";
import { isImportant, isMissing, ptr, stakeholderName, stakeholders } from "../helpers.js";

const BLOCKING = new Set(["gå-alene", "unngå"]);

export default defineRule({
  id: "stakeholders/blocking-actor",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "003", locator: "«aktører som kan blokkere gjennomføringen»" }],
  description: {
    nb: "En viktig interessent med `strategy` `gå-alene` eller `unngå` mangler `involvement`.",
    en: "An important stakeholder with `strategy` `gå-alene` or `unngå` has no `involvement`.",
  },
  rationale: {
    nb: "Masteroppgaven sier at aktørkartleggingen skal finne ut «om det er aktører som kan blokkere gjennomføringen av prosjektet». En viktig aktør som vil gå alene med egne løsninger, eller som unngår å ta stilling, er nettopp en slik aktør og må håndteres aktivt. Uten en beskrivelse av hvordan prosjektet involverer aktøren, er risikoen ikke håndtert: ved BP2 er det en advarsel, ved BP3, før gjennomføringen starter, en feil.",
    en: "The thesis says the actor mapping must find out «om det er aktører som kan blokkere gjennomføringen av prosjektet» (whether there are actors who can block the project's execution). An important actor who will go alone with its own solutions, or who avoids taking a position, is exactly such an actor and must be handled actively. Without a description of how the project involves it, the risk is not handled: at BP2 this is a warning, at BP3, before execution starts, an error.",
  },
  messages: {
    default: {
      nb: "Den viktige interessenten {name} har strategien «{strategy}» og kan blokkere gjennomføringen, men dossieren sier ikke hvordan prosjektet involverer den (stakeholders[].involvement).",
      en: "Important stakeholder {name} has the strategy «{strategy}» and can block execution, but the dossier does not say how the project involves it (stakeholders[].involvement).",
    },
  },
  example: `stakeholders:
  - { id: kommunene, name: Kommunene, importance: høy, strategy: unngå, involvement: "Pilotkommuner i styringsgruppen; informasjonsmøter i Diginettverkene" }`,
  check({ dossier }) {
    return stakeholders(dossier)
      .filter(({ item }) => isImportant(item) && typeof item.strategy === "string" && BLOCKING.has(item.strategy) && isMissing(item.involvement))
      .map(({ item, index }) => ({
        pointer: ptr("stakeholders", index, "involvement"),
        data: { name: stakeholderName(item, index), strategy: String(item.strategy) },
      }));
  },
});
