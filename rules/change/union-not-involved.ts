import { defineRule } from "../../src/evaluate/rule.js";
import { isTrue, ptr } from "../helpers.js";

export default defineRule({
  id: "change/union-not-involved",
  gates: { BP3: "warning" },
  source: [
    { doc: "002", locator: "RÅD 2" },
    { doc: "000", locator: "«møter med tillitsvalgte»" },
  ],
  description: {
    nb: "De tillitsvalgte er ikke involvert: `change.union_representatives_involved` er ikke true.",
    en: "Union representatives are not involved: `change.union_representatives_involved` is not true.",
  },
  rationale: {
    nb: "KS' råd om omstilling fremhever at «involvering av tillitsvalgte og medarbeidere» øker forståelsen for endringsbehovet, og at beslutninger basert på involvering har større legitimitet. De tillitsvalgte har også en viktig informasjons- og motivasjonsfunksjon i enhetene der endringene skal gjennomføres. En prosjektleder i Bærum forteller om «mange møter med tillitsvalgte» som en del av opplæring og medvirkning. Før gjennomføring (BP3) bør dossieren vise at de tillitsvalgte er med.",
    en: "KS's advice on change stresses that «involvering av tillitsvalgte og medarbeidere» (involving union representatives and employees) raises the understanding of the need for change, and that decisions based on involvement have more legitimacy. Union representatives also carry information and motivation into the units where the changes happen. A project manager in Bærum tells of «mange møter med tillitsvalgte» (many meetings with union representatives) as part of training and participation. Before execution (BP3) the dossier should show that the tillitsvalgte are involved.",
  },
  messages: {
    default: {
      nb: "Dossieren viser ikke at de tillitsvalgte er involvert i omstillingen (change.union_representatives_involved). Involver dem og sett verdien til true.",
      en: "The dossier does not show that the tillitsvalgte (union representatives) are involved in the change (change.union_representatives_involved). Involve them and set it to true.",
    },
  },
  example: `change:
  union_representatives_involved: true`,
  check({ dossier }) {
    return isTrue(dossier.change?.union_representatives_involved)
      ? []
      : [{ pointer: ptr("change", "union_representatives_involved") }];
  },
});
