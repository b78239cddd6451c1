import { defineRule } from "../../src/evaluate/rule.js";
import { dependsOnMunicipalities, isMissing, ksHasRole, isPresent, ptr, sameText, stakeholders } from "../helpers.js";

export default defineRule({
  id: "municipal/ks-not-involved",
  gates: { BP2: "warning" },
  source: [
    { doc: "003", locator: "§7.3" },
    { doc: "001", locator: "«viktig at KS tar en aktiv rolle når kommunene er med»" },
  ],
  description: {
    nb: "Prosjektet er avhengig av kommunale beslutninger og spenner over forvaltningsnivåer (et statlig prosjekt, eller interessenter på et annet offentlig nivå enn prosjektets), men verken en KS-interessent (`id: ks` eller `name: KS`) med `involvement` eller `municipal.ks_role` er oppgitt. Kommuner som samarbeider med kommuner, spørres ikke.",
    en: "The project depends on municipal decisions and spans levels of government (a state project, or stakeholders at a public level other than the project's), but neither a KS stakeholder (`id: ks` or `name: KS`) with `involvement` nor `municipal.ks_role` is given. Kommuner working with kommuner are not asked.",
  },
  rationale: {
    nb: "Digitaliseringsrådet skriver at erfaringene viser at det er «viktig at KS tar en aktiv rolle når kommunene er med», og masteroppgaven anbefaler at KS gis en sentral rolle i implementeringen og dialogen med kommunene i statlige prosjekter som berører dem (003 §7.3). KS kan ikke beslutte for kommunene, men informerer, samordner og når dem gjennom Diginettverkene. Et prosjekt som er avhengig av kommunale beslutninger bør derfor allerede ved BP2 si hvilken rolle KS skal ha. Der kommuner samarbeider seg imellom uten et annet forvaltningsnivå, er det kommunene selv som beslutter, og KS har ingen rolle å spille.",
    en: "Digitaliseringsrådet writes that experience shows it is «viktig at KS tar en aktiv rolle når kommunene er med», and the thesis recommends giving KS a central role in the rollout and the dialogue with the kommuner in state projects that affect them (003 §7.3). KS cannot decide for the kommuner, but it informs, coordinates and reaches them through the Diginettverk. A project that depends on municipal decisions should therefore say by BP2 what role KS will have. Where kommuner work together with no other level of government involved, the kommuner decide themselves and KS has no role to play.",
  },
  messages: {
    default: {
      nb: "Prosjektet er avhengig av kommunale beslutninger, men sier ikke hvilken rolle KS har (municipal.ks_role), og ingen KS-interessent har involvement (stakeholders). Avklar KS' rolle overfor kommunene.",
      en: "The project depends on municipal decisions but does not say what role KS has (municipal.ks_role), and no KS stakeholder has involvement (stakeholders). Agree the role of KS towards the kommuner.",
    },
  },
  example: `municipal:
  depends_on_municipal_decisions: true
  ks_role: "KS leder innføringen i kommunene gjennom Diginettverkene."`,
  check({ dossier }) {
    if (!dependsOnMunicipalities(dossier) || !ksHasRole(dossier)) return [];
    if (isPresent(dossier.municipal?.ks_role)) return [];
    const ksInvolved = stakeholders(dossier).some(
      ({ item }) => (sameText(item.id, "ks") || sameText(item.name, "KS")) && !isMissing(item.involvement),
    );
    return ksInvolved ? [] : [{ pointer: ptr("municipal", "ks_role") }];
  },
});
