import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "change/capacity-cost-missing",
  gates: { BP3: "info" },
  source: [{ doc: "000", locator: "(cost of taking time from service delivery, PLO)" }],
  description: {
    nb: "Dossieren sier ikke hvor mye tid omstillingen tar fra tjenesteproduksjonen (`change.capacity_cost` mangler).",
    en: "The dossier does not say how much time the change takes from service delivery (`change.capacity_cost` is missing).",
  },
  rationale: {
    nb: "Opplæring, medvirkning og nye rutiner tar tid fra de ansatte som skal yte tjenestene. En prosjekteier i Bærum sier at det ikke er sikkert at de «i stor nok grad har beregnet hva det ville koste», og at det for pleie og omsorg dreier seg om «svært store summer», fordi det «tar tid og ressurser bort fra tjenesten som skal ytes». Når denne kapasitetskostnaden er beskrevet før gjennomføring (BP3), kan linjen planlegge for den i stedet for å bli overrasket.",
    en: "Training, participation and new routines take time from the employees who deliver the services. A project owner in Bærum says they may not have «i stor nok grad har beregnet hva det ville koste» (sufficiently calculated what it would cost), and that for pleie og omsorg it comes to «svært store summer» (very large sums), since it «tar tid og ressurser bort fra tjenesten som skal ytes» (takes time and resources away from the service). When this capacity cost is described before execution (BP3), the line can plan for it instead of being taken by surprise.",
  },
  messages: {
    default: {
      nb: "Anslå hvor mye tid omstillingen tar fra tjenesteproduksjonen, og hvordan det dekkes (change.capacity_cost).",
      en: "Estimate how much time the change takes from service delivery, and how that is covered (change.capacity_cost).",
    },
  },
  example: `change:
  capacity_cost: "Om lag 12 timer per ansatt til opplæring og testing; vikarer i hjemmetjenesten dekkes av prosjektet."`,
  check({ dossier }) {
    return isMissing(dossier.change?.capacity_cost) ? [{ pointer: ptr("change", "capacity_cost") }] : [];
  },
});
