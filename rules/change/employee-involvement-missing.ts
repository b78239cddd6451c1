import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "change/employee-involvement-missing",
  gates: { BP2: "info", BP3: "warning" },
  source: [
    { doc: "002", locator: "RÅD 2 «Alle ansatte må involveres i omstillingsprosessene»" },
    { doc: "001", locator: "(get both one's own employees and key partners on board)" },
    { doc: "000", locator: "«å nå ut i ytterste ledd (med informasjon om endring)»" },
  ],
  description: {
    nb: "Dossieren sier ikke hvordan de ansatte som får endret arbeidet sitt, tar del (`change.employee_involvement` mangler).",
    en: "The dossier does not say how the employees whose work changes take part (`change.employee_involvement` is missing).",
  },
  rationale: {
    nb: "KS' andre råd er at «Alle ansatte må involveres i omstillingsprosessene»: kommunene i rapporten erfarte at involvering av medarbeidere og tillitsvalgte økte forståelsen for endringsbehovet og viljen til å gjennomføre det. I Bærum beskrives det som krevende «å nå ut i ytterste ledd», der de ansatte allerede opplever endringstretthet. Uten en beskrivelse av hvordan de ansatte tar del, risikerer prosjektet å levere en løsning som ingen i tjenesten eier. Derfor bør dette være på plass når prosjektet planlegges, og senest ved BP3.",
    en: "KS's second piece of advice is «Alle ansatte må involveres i omstillingsprosessene» (all employees must be involved in the change): the municipalities in the report found that involving employees and union representatives raised the understanding of the need for change and the will to carry it out. In Bærum, reaching «ytterste ledd» (the front line), where employees already feel change fatigue, is described as hard. Without a description of how employees take part, the project risks delivering a solution nobody in the service owns, so it should be in place when the project is planned, and at the latest at BP3.",
  },
  messages: {
    default: {
      nb: "Beskriv hvordan de ansatte som får endret arbeidet sitt, involveres i omstillingen (change.employee_involvement).",
      en: "Describe how the employees whose work changes are involved in the change (change.employee_involvement).",
    },
  },
  example: `change:
  employee_involvement: "Saksbehandlere deltar i teamet og i alle sprintgjennomganger; hele seksjonen deltar i arbeidsverksteder om nye arbeidsprosesser."`,
  check({ dossier }) {
    return isMissing(dossier.change?.employee_involvement) ? [{ pointer: ptr("change", "employee_involvement") }] : [];
  },
});
