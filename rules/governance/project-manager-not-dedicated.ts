import { defineRule } from "../../src/evaluate/rule.js";
import { isPresent, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/project-manager-not-dedicated",
  gates: { BP3: "warning" },
  source: [{ doc: "000", locator: "(«1 kg IT kompetanse»), 000 professionalised PM role" }],
  description: {
    nb: "Prosjektlederen er ikke dedikert til prosjektet (`project_manager.dedicated: false`).",
    en: "The project manager is not dedicated to the project (`project_manager.dedicated: false`).",
  },
  rationale: {
    nb: "Gjennomføringen krever en prosjektleder som har prosjektet som hovedoppgave, ikke som bioppgave ved siden av linjearbeidet. Bærums intervjuer beskriver prosjekter der «ingen er øremerket til prosjektet» og man bestiller «1 kg IT kompetanse», og etterlyser en profesjonalisert prosjektlederrolle. Når prosjektlederen deler tiden med annet arbeid ved BP3, er det prosjektet som taper når det blir trangt.",
    en: "Execution needs a project manager for whom the project is the main job, not a side task next to line work. The Bærum interviews describe projects where nobody is earmarked for the project and one orders «1 kg IT kompetanse» (a kilo of IT competence), and call for a professional project manager role. When the project manager shares their time with other work at BP3, the project is what loses when time gets short.",
  },
  messages: {
    default: {
      nb: "Prosjektlederen{name} er ikke satt av til prosjektet (governance.project_manager.dedicated: false); sørg for at prosjektledelsen er hovedoppgaven, ikke en bioppgave.",
      en: "The project manager{name} is not set aside for the project (governance.project_manager.dedicated: false); make managing the project their main job, not a side task.",
    },
  },
  example: `governance:
  project_manager: { name: "Ola Hansen", organisation: Bufdir, dedicated: true }`,
  check({ dossier }) {
    const pm = dossier.governance?.project_manager;
    if (pm?.dedicated !== false) return [];
    const name = isPresent(pm.name) ? String(pm.name).trim() : "";
    return [{ pointer: ptr("governance", "project_manager", "dedicated"), data: { name: name ? ` «${name}»` : "" } }];
  },
});
