import { defineRule } from "../../src/evaluate/rule.js";
import { assessmentStatus, ptr } from "../helpers.js";

export default defineRule({
  id: "security/assessment-not-done",
  gates: { BP3: "warning", BP4: "error" },
  source: [{ doc: "PV", locator: "BP3 #12–#13 (vurderingene gjennomført), BP4 #9 (risikoene tilfredsstillende håndtert)" }],
  description: {
    nb: "`security.dpia` eller `security.risk_assessment` er `planned` (ennå ikke gjennomført).",
    en: "`security.dpia` or `security.risk_assessment` is `planned` (not yet carried out).",
  },
  rationale: {
    nb: "Prosjektveiviseren spør ved BP3 om personvernkonsekvensvurderingen og risiko- og sårbarhetsanalysen er gjennomført, og ved BP4 om risikoene er tilfredsstillende håndtert. En vurdering som bare er planlagt, har ennå ikke kunnet påvirke løsningen. Ved BP3 er det en advarsel som må besvares i møtet; ved BP4, når resultatet skal overleveres, stopper det beslutningen. Gjennomfør vurderingene og oppdater statusen til `done`.",
    en: "Prosjektveiviseren asks at BP3 whether the data protection impact assessment and the risk and vulnerability assessment have been carried out, and at BP4 whether the risks are handled satisfactorily. An assessment that is only planned has not yet been able to shape the solution. At BP3 this is a warning to be answered at the meeting; at BP4, when the result is to be handed over, it blocks the decision. Carry out the assessments and set their status to `done`.",
  },
  messages: {
    both: {
      nb: "Både personvernkonsekvensvurderingen (DPIA) og ROS-analysen er bare planlagt, ikke gjennomført (security.dpia, security.risk_assessment).",
      en: "Both the data protection impact assessment (DPIA) and the risk assessment (ROS) are only planned, not carried out (security.dpia, security.risk_assessment).",
    },
    dpia: {
      nb: "Personvernkonsekvensvurderingen (DPIA) er bare planlagt, ikke gjennomført (security.dpia).",
      en: "The data protection impact assessment (DPIA) is only planned, not carried out (security.dpia).",
    },
    risk_assessment: {
      nb: "Risiko- og sårbarhetsanalysen (ROS) er bare planlagt, ikke gjennomført (security.risk_assessment).",
      en: "The risk and vulnerability assessment (ROS) is only planned, not carried out (security.risk_assessment).",
    },
  },
  example: `security:
  dpia: done
  risk_assessment: done`,
  check({ dossier }) {
    const dpia = assessmentStatus(dossier.security?.dpia) === "planlagt";
    const ros = assessmentStatus(dossier.security?.risk_assessment) === "planlagt";
    if (dpia && ros) return [{ pointer: ptr("security"), messageId: "both" }];
    if (dpia) return [{ pointer: ptr("security", "dpia"), messageId: "dpia" }];
    if (ros) return [{ pointer: ptr("security", "risk_assessment"), messageId: "risk_assessment" }];
    return [];
  },
});
