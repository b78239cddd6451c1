import { defineRule } from "../../src/evaluate/rule.js";
import { assessmentStatus, isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "security/risk-assessment-missing",
  gates: { BP3: "error" },
  source: [{ doc: "PV", locator: "BP3 #13" }],
  description: {
    nb: "Ingen status for risiko- og sårbarhetsanalysen (`security.risk_assessment` mangler eller er `missing`).",
    en: "No status for the risk and vulnerability assessment (`security.risk_assessment` is missing or `missing`).",
  },
  rationale: {
    nb: "Prosjektveiviserens sjekkliste for BP3 spør om informasjonssikkerheten er vurdert gjennom en risiko- og sårbarhetsanalyse (ROS) før gjennomføringen starter. ROS-analysen viser hvilke trusler løsningen og informasjonen den behandler er utsatt for, og hvilke sikringstiltak som må bygges inn. Tiltak som oppdages sent, er dyre å legge inn i en løsning som allerede er utviklet. Uten status for ROS-analysen kan ikke prosjekteieren godkjenne gjennomføringen.",
    en: "Prosjektveiviseren's BP3 checklist asks whether information security has been assessed through a risk and vulnerability assessment (ROS) before execution starts. The ROS shows which threats the solution and the information it processes face, and which safeguards must be built in. Safeguards found late are costly to add to a solution already built. Without a status for the ROS the project owner cannot approve execution.",
  },
  messages: {
    default: {
      nb: "Dossieren sier ikke om risiko- og sårbarhetsanalysen (ROS) er gjort, planlagt eller ikke nødvendig (security.risk_assessment).",
      en: "The dossier does not say whether the risk and vulnerability assessment (ROS) is done, planned or not needed (security.risk_assessment).",
    },
  },
  example: `security:
  dpia: done
  risk_assessment: done`,
  check({ dossier }) {
    const ros = dossier.security?.risk_assessment;
    return isMissing(ros) || assessmentStatus(ros) === "mangler" ? [{ pointer: ptr("security", "risk_assessment") }] : [];
  },
});
