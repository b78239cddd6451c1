import { defineRule } from "../../src/evaluate/rule.js";
import { containsText, isPresent, ptr, sameText, stakeholders } from "../helpers.js";

export default defineRule({
  id: "needs/legal-dependency-not-raised",
  gates: { BP2: "warning" },
  source: [{ doc: "001", locator: "«Vis departementet hvor avhengige dere er av endringer i lover og forskrifter»" }],
  description: {
    nb: "`needs.legal_changes_needed` er ikke tom, men ingen departementsinteressent (`name` er `project.ministry` eller inneholder «departement») har `involvement`.",
    en: "`needs.legal_changes_needed` is not empty, but no ministry stakeholder (`name` is `project.ministry` or contains «departement») has `involvement`.",
  },
  rationale: {
    nb: "Digitaliseringsrådet anbefaler: «Vis departementet hvor avhengige dere er av endringer i lover og forskrifter». Regelverksendringer tar tid og besluttes av departementet, regjeringen eller Stortinget, ikke av prosjektet; oppdages avhengigheten sent, stopper gjennomføringen. Når prosjektet er avhengig av regelverksendringer, må departementet derfor være kartlagt som interessent, med en beskrivelse av hvordan det involveres, allerede ved BP2.",
    en: "Digitaliseringsrådet advises: «Vis departementet hvor avhengige dere er av endringer i lover og forskrifter» (show the ministry how dependent you are on changes in statutes and regulations). Legal changes take time and are decided by the ministry, the government or the Storting, not by the project; when the dependency is discovered late, execution stops. A project that depends on legal changes must therefore have mapped the ministry as a stakeholder, with how it is involved, already at BP2.",
  },
  messages: {
    default: {
      nb: "Prosjektet er avhengig av {count} regelverksendring(er) (needs.legal_changes_needed), men ingen departementsinteressent har involvement (stakeholders). Legg departementet inn som interessent og beskriv hvordan det involveres.",
      en: "The project depends on {count} legal change(s) (needs.legal_changes_needed), but no ministry stakeholder has involvement (stakeholders). Add the ministry as a stakeholder and describe how it is involved.",
    },
    ministry: {
      nb: "Prosjektet er avhengig av {count} regelverksendring(er) (needs.legal_changes_needed), men {ministry} er ikke en interessent med involvement (stakeholders). Beskriv hvordan departementet involveres.",
      en: "The project depends on {count} legal change(s) (needs.legal_changes_needed), but {ministry} is not a stakeholder with involvement (stakeholders). Describe how the ministry is involved.",
    },
  },
  example: `project:
  ministry: Barne- og familiedepartementet
needs:
  legal_changes_needed: ["Forskrift om digital innsending av bekymringsmeldinger"]
stakeholders:
  - { id: bfd, name: Barne- og familiedepartementet, level: stat, involvement: "Kvartalsvise møter om regelverksarbeidet" }`,
  check({ dossier }) {
    const list = dossier.needs?.legal_changes_needed;
    const changes = Array.isArray(list) ? list.filter((change) => isPresent(change)) : [];
    if (changes.length === 0) return [];
    const ministry = dossier.project.ministry;
    const raised = stakeholders(dossier).some(
      ({ item }) =>
        isPresent(item.involvement) &&
        ((isPresent(ministry) && sameText(item.name, ministry)) || containsText(item.name, "departement")),
    );
    if (raised) return [];
    const data = { count: changes.length };
    return isPresent(ministry)
      ? [{ pointer: ptr("needs", "legal_changes_needed"), messageId: "ministry", data: { ...data, ministry: String(ministry).trim() } }]
      : [{ pointer: ptr("needs", "legal_changes_needed"), data }];
  },
});
