import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "change/strategy-missing",
  gates: { BP2: "warning", BP3: "error" },
  source: [{ doc: "PV", locator: "BP2 #12, BP3 #11" }],
  description: {
    nb: "Dossieren har ikke noe om endringsledelse og omstilling: `change` mangler.",
    en: "The dossier has no change-management content at all: `change` is missing.",
  },
  rationale: {
    nb: "Ny teknologi gir ikke nyttevirkninger (gevinster) før arbeidet i organisasjonen faktisk endres, og det skjer ikke av seg selv. Prosjektveiviseren spør derfor etter en plan for endringsledelse allerede ved BP2 og krever den før gjennomføring ved BP3. En prosjektleder i Bærum sier det rett ut: «Endringsledelse bør alltid være en del av digitalisering prosjekter». Når dossieren ikke sier noe om omstilling, kan de som beslutter ikke se hvordan de ansatte skal tas gjennom endringen.",
    en: "New technology yields no benefits until the work in the organisation actually changes, and that does not happen by itself. Prosjektveiviseren therefore asks for a change-management plan at BP2 and requires it before execution at BP3. A project manager in Bærum puts it plainly: «Endringsledelse bør alltid være en del av digitalisering prosjekter» (change management should always be part of digitalisation projects). When the dossier says nothing about change, the decision makers cannot see how the employees will be taken through it.",
  },
  messages: {
    default: {
      nb: "Dossieren sier ingenting om endringsledelse og omstilling (change). Beskriv hvordan de ansatte involveres, informeres og læres opp, og hvilke arbeidsprosesser som endres.",
      en: "The dossier says nothing about change management (change). Describe how the employees are involved, informed and trained, and which work processes change.",
    },
  },
  example: `change:
  employee_involvement: "Saksbehandlere deltar i teamet og i alle sprintgjennomganger."
  communication_plan: "Månedlige nyhetsbrev internt og egne møter med samarbeidspartene."
  union_representatives_involved: true
  training_plan: "Opplæring av alle saksbehandlere før første pilot."
  process_changes: "Dokumentkontrollen erstattes av avviksbehandling."`,
  check({ dossier }) {
    return isMissing(dossier.change) ? [{ pointer: ptr("change") }] : [];
  },
});
