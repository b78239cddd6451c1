import { defineRule } from "../../src/evaluate/rule.js";
import { containsText, isMissing, isTrue, items, ptr } from "../helpers.js";

export default defineRule({
  id: "uncertainty/financing-risk-unassessed",
  gates: { BP3: "warning" },
  source: [{ doc: "003", locator: "§6.3 «Dersom finansiering ikke er sikret bør området risikovurderes»" }],
  description: {
    nb: "Ingen risiko i usikkerhetsregisteret nevner finansiering («finansier» i `description`), mens `instruments.financing.assessed` ikke er true eller `instruments.financing.implementation_funding` mangler.",
    en: "No risk in the uncertainty register mentions financing («finansier» in `description`) while `instruments.financing.assessed` is not true or `instruments.financing.implementation_funding` is missing.",
  },
  rationale: {
    nb: "Masteroppgaven om Digibarnevern fant at finansiering er en kritisk faktor når løsningen skal innføres hos andre enn prosjekteieren: «Dersom finansiering ikke er sikret bør området risikovurderes og eventuelle tiltak iverksettes». Hvis det ikke avsettes penger og ressurser til innføringen, blir den overlatt til hver enkelt kommunes prioritering, og «Risikoen er at prosjektet gevinster ikke vil bli realisert». Et prosjekt som ikke har vurdert finansieringen, eller ikke har sikret finansiering av innføringen, må derfor ha denne usikkerheten i registeret før gjennomføring.",
    en: "The master thesis on Digibarnevern found financing to be a critical factor when the solution must be implemented by others than the project owner: «Dersom finansiering ikke er sikret bør området risikovurderes og eventuelle tiltak iverksettes» (if financing is not secured, assess the risk and act). If no money or resources are set aside for implementation, it is left to each kommune's own priorities, and «Risikoen er at prosjektet gevinster ikke vil bli realisert» (the benefits may not be realised). A project that has not assessed financing, or has not secured funding for implementation, must therefore carry this uncertainty in its register before execution.",
  },
  messages: {
    unassessed: {
      nb: "Finansieringen er ikke vurdert (instruments.financing.assessed), og ingen risiko i usikkerhetsregisteret gjelder finansiering (uncertainty). Legg inn en risiko for finansieringen, med eier og tiltak.",
      en: "Financing has not been assessed (instruments.financing.assessed), and no risk in the uncertainty register is about financing (uncertainty). Add a financing risk, with owner and mitigation.",
    },
    unfunded: {
      nb: "Finansieringen av innføringen er ikke beskrevet (instruments.financing.implementation_funding), og ingen risiko i usikkerhetsregisteret gjelder finansiering (uncertainty). Legg inn en risiko for finansieringen, med eier og tiltak.",
      en: "Funding for implementation is not described (instruments.financing.implementation_funding), and no risk in the uncertainty register is about financing (uncertainty). Add a financing risk, with owner and mitigation.",
    },
  },
  example: `uncertainty:
  - id: r2
    description: "Finansieringen av innføringen i kommunene er ikke avklart"
    probability: middels
    consequence: høy
    owner: "Prosjekteier"
    mitigation: "Søke DigiFin og avklare spleiselag med KS"`,
  check({ dossier }) {
    const financing = dossier.instruments?.financing;
    const unassessed = !isTrue(financing?.assessed);
    const unfunded = isMissing(financing?.implementation_funding);
    if (!unassessed && !unfunded) return [];
    const covered = items(dossier.uncertainty).some(({ item }) => containsText(item.description, "finansier"));
    if (covered) return [];
    return [{ pointer: ptr("uncertainty"), messageId: unassessed ? "unassessed" : "unfunded" }];
  },
});
