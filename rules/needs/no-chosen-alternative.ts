import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, presentItems, ptr } from "../helpers.js";

export default defineRule({
  id: "needs/no-chosen-alternative",
  gates: { BP2: "error" },
  source: [{ doc: "PV", locator: "BP2" }],
  description: {
    nb: "Alternativer er listet i `needs.alternatives`, men ingen har `chosen: true`.",
    en: "Alternatives are listed in `needs.alternatives`, but none has `chosen: true`.",
  },
  rationale: {
    nb: "BP2 er beslutningen om hvilket konsept som skal planlegges videre, og Prosjektveiviseren forventer at prosjektforslaget anbefaler ett av de utredede alternativene. Når alternativene er listet, men ingen er markert som valgt, vet verken beslutningstakerne eller dem som skal planlegge hva det er de godkjenner. Planleggingsfasen, styringsdokumentet og planen for nyttestyring (gevinstrealiseringsplanen) skal bygge på det valgte konseptet.",
    en: "BP2 is the decision on which concept is planned further, and Prosjektveiviseren expects the project proposal to recommend one of the alternatives studied. When alternatives are listed but none is marked as chosen, neither the decision makers nor those who are to plan know what they approve. The planning phase, the steering document and the plan for nyttestyring (gevinstrealiseringsplan) are to build on the chosen concept.",
  },
  messages: {
    default: {
      nb: "Ingen av alternativene er valgt (needs.alternatives[].chosen). Marker det anbefalte konseptet med chosen: true.",
      en: "None of the alternatives is chosen (needs.alternatives[].chosen). Mark the recommended concept with chosen: true.",
    },
  },
  example: `needs:
  alternatives:
    - { id: null-alternativ, description: "Dagens løsning videreføres", chosen: false }
    - { id: felles-moduler, description: "Felles moduler i fagsystemene", chosen: true }`,
  check({ dossier }) {
    const alternatives = presentItems(dossier.needs?.alternatives);
    if (alternatives.length === 0 || alternatives.some(({ item }) => isTrue(item.chosen))) return [];
    return [{ pointer: ptr("needs", "alternatives") }];
  },
});
