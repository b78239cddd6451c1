import { defineRule } from "../../src/evaluate/rule.js";
import { isMissing, personMissing, ptr } from "../helpers.js";

export default defineRule({
  id: "governance/owner-missing",
  gates: { BP1: "error" },
  source: [
    { doc: "PV", locator: "BP2 #3" },
    { doc: "000", locator: "«Profesjonaliserte (Avklarte) roller»" },
  ],
  description: {
    nb: "Ingen prosjekteier: `governance.owner` mangler eller har ikke `name`.",
    en: "No project owner: `governance.owner` is missing or has no `name`.",
  },
  rationale: {
    nb: "Prosjekteieren tar beslutningene ved beslutningspunktene, signerer styringsdokumentet og står ansvarlig for at nyttevirkningene (gevinstene) tas ut. Uten en navngitt prosjekteier er det ingen som kan godkjenne at prosjektet går videre, og rollene blir uklare – et av de tydeligste funnene i Bærums intervjuer om avklarte roller.",
    en: "The project owner takes the decisions at the gates, signs the steering document and answers for the benefits being realised. Without a named owner nobody can approve going on, and roles blur – one of the clearest findings of the Bærum interviews on clarified roles.",
  },
  messages: {
    default: {
      nb: "Prosjektet har ingen navngitt prosjekteier (governance.owner.name).",
      en: "The project has no named project owner (governance.owner.name).",
    },
  },
  example: `governance:
  owner: { name: "Kari Nordmann", role: "direktør", organisation: Bufdir }`,
  check({ dossier }) {
    const owner = dossier.governance?.owner;
    if (!personMissing(owner)) return [];
    return [{ pointer: isMissing(owner) ? ptr("governance", "owner") : ptr("governance", "owner", "name") }];
  },
});
