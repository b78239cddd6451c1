import { defineRule } from "../../src/evaluate/rule.js";
import { councilOf, daysBetween, isMissing, ptr } from "../helpers.js";

/** Documentation is due at least this many days before the rådsmøte (001: «senest to uker før»). */
const DAYS_BEFORE = 14;

export default defineRule({
  id: "council/documents-late",
  gates: { BP1: "error" },
  source: [{ doc: "001", locator: "«senest to uker før rådsmøtet»" }],
  description: {
    nb: "Dokumentasjonen til Digitaliseringsrådet er sendt mindre enn 14 dager før rådsmøtet, eller ikke sendt når møtet mangler dato, er passert eller er mindre enn 14 dager etter kjøredatoen.",
    en: "The documentation for Digitaliseringsrådet was sent less than 14 days before the council meeting, or is not sent while the meeting has no date, is past, or is less than 14 days after the run date.",
  },
  rationale: {
    nb: "Digitaliseringsrådets prosess krever at virksomheten sender prosjektdokumentasjonen og spørsmålene den vil diskutere, «senest to uker før rådsmøtet». Rådet er ti personer med toppledererfaring som leser dokumentasjonen opp mot de seks temaene før møtet; kommer den sent, blir rådene mindre treffsikre. Virksomhetene sier selv at de har lært mye av forarbeidet før rådsmøtet. Når møtet nærmer seg eller er passert uten at noe er sendt, er fristen allerede brutt.",
    en: "Digitaliseringsrådet's process requires the agency to send the project documentation and the questions it wants to discuss «senest to uker før rådsmøtet» (at least two weeks before the council meeting). The council is ten people with top-management experience who read the documentation against the six themes before the meeting; when it comes late, the advice is less to the point. The agencies themselves say they learned much from the preparation before the meeting. When the meeting is near or past and nothing has been sent, the deadline is already broken.",
  },
  messages: {
    late: {
      nb: "Dokumentasjonen ble sendt {sent}, bare {days} dag(er) før rådsmøtet {meeting}; Digitaliseringsrådet skal ha den senest to uker (14 dager) før (project.council.documents_sent).",
      en: "The documentation was sent on {sent}, only {days} day(s) before the council meeting on {meeting}; Digitaliseringsrådet must have it at least two weeks (14 days) before (project.council.documents_sent).",
    },
    afterMeeting: {
      nb: "Dokumentasjonen ble sendt {sent}, {days} dag(er) etter rådsmøtet {meeting}; Digitaliseringsrådet skal ha den senest to uker (14 dager) før møtet (project.council.documents_sent).",
      en: "The documentation was sent on {sent}, {days} day(s) after the council meeting on {meeting}; Digitaliseringsrådet must have it at least two weeks (14 days) before the meeting (project.council.documents_sent).",
    },
    notSent: {
      nb: "Rådsmøtet er {meeting}, mindre enn 14 dager etter {today}, og dossieren viser ikke at dokumentasjon og spørsmål er sendt. Send dem straks og før inn datoen (project.council.documents_sent).",
      en: "The council meeting is on {meeting}, less than 14 days after {today}, and the dossier does not show that documentation and questions have been sent. Send them now and record the date (project.council.documents_sent).",
    },
    notSentPast: {
      nb: "Rådsmøtet var {meeting}, men dossieren viser ikke når dokumentasjonen ble sendt til Digitaliseringsrådet. Før inn datoen (project.council.documents_sent).",
      en: "The council meeting was on {meeting}, but the dossier does not show when the documentation was sent to Digitaliseringsrådet. Record the date (project.council.documents_sent).",
    },
    noDates: {
      nb: "Verken datoen for rådsmøtet eller datoen dokumentasjonen ble sendt, er oppgitt. Før inn begge, og send dokumentasjonen senest to uker før møtet (project.council.meeting_date, project.council.documents_sent).",
      en: "Neither the date of the council meeting nor the date the documentation was sent is given. Record both, and send the documentation at least two weeks before the meeting (project.council.meeting_date, project.council.documents_sent).",
    },
  },
  example: `project:
  council:
    meeting_date: 2025-12-10
    documents_sent: 2025-11-20`,
  check({ dossier, today }) {
    const council = councilOf(dossier);
    if (!council) return [];
    const pointer = ptr("project", "council", "documents_sent");
    const sent = council.documents_sent;
    const meeting = council.meeting_date;
    if (!isMissing(sent)) {
      if (isMissing(meeting)) return [];
      const days = daysBetween(sent, meeting);
      if (Number.isNaN(days) || days >= DAYS_BEFORE) return [];
      return [
        {
          pointer,
          messageId: days < 0 ? "afterMeeting" : "late",
          data: { sent: String(sent), meeting: String(meeting), days: Math.abs(days) },
        },
      ];
    }
    if (isMissing(meeting)) return [{ pointer, messageId: "noDates" }];
    const ahead = daysBetween(today, meeting);
    if (Number.isNaN(ahead) || ahead >= DAYS_BEFORE) return [];
    return [{ pointer, messageId: ahead < 0 ? "notSentPast" : "notSent", data: { meeting: String(meeting), today } }];
  },
});
