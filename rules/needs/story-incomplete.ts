import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, ptr } from "../helpers.js";

const KEYS = ["why", "for_users", "for_employees"] as const;

export default defineRule({
  id: "needs/story-incomplete",
  gates: { BP2: "warning" },
  source: [{ doc: "001", locator: "«den gode historien»; «Gode råd til toppledere»" }],
  description: {
    nb: "Den gode historien er ufullstendig: `story.why`, `story.for_users` eller `story.for_employees` mangler.",
    en: "The good story is incomplete: `story.why`, `story.for_users` or `story.for_employees` is missing.",
  },
  rationale: {
    nb: "Digitaliseringsrådets erfaringsrapport 2019 sier at toppledere må fortelle «den gode historien»: hvorfor prosjektet gjøres, «hvordan løsningen dekker brukernes behov» og hvilke konsekvenser prosjektet får for de ansatte. Uten en slik fortelling blir nytten for brukerne og behovet for å investere utydelig, og rådet advarer om at det gjør det vanskelig å skape engasjement og få gjennomslag. Ved BP2 skal ledelsen kunne fortelle historien som begrunner investeringen, både innad og utad.",
    en: "Digitaliseringsrådet's 2019 report says top leaders must tell «den gode historien» (the good story): why the project is done, «hvordan løsningen dekker brukernes behov» (how the solution meets the users' needs) and what the project means for the employees. Without such a story the value for users and the need to invest stay unclear, which the council warns makes it hard to create commitment and win support. At BP2 management must be able to tell the story that justifies the investment, inside and outside the organisation.",
  },
  messages: {
    default: {
      nb: "Den gode historien mangler {keys} (needs.story). Fortell hvorfor prosjektet gjøres, hva det betyr for brukerne og hva det betyr for de ansatte.",
      en: "The good story lacks {keys} (needs.story). Tell why the project is done, what it means for the users and what it means for the employees.",
    },
  },
  example: `needs:
  story:
    why: "Barn i risiko skal fanges opp tidligere."
    for_users: "Én digital kanal for bekymringsmeldinger, døgnet rundt."
    for_employees: "Mindre manuell registrering og bedre oversikt over hver sak."`,
  check({ dossier }) {
    const story = dossier.needs?.story;
    const missing = KEYS.filter((key) => isMissing(story?.[key]));
    if (missing.length === 0) return [];
    const pointer = missing.length === 1 ? ptr("needs", "story", missing[0]!) : ptr("needs", "story");
    return [{ pointer, data: { keys: missing.map((key) => `story.${key}`).join(", ") } }];
  },
});
