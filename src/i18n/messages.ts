// Every message the tool itself prints (input problems, schema problems, CLI and reports), in
// nb (default) and en. Rule messages live in each rule's metadata, not here.
import type { Lang, LocalText } from "../types.js";
import { formatMessage } from "../evaluate/rule.js";

const M = {
  // input problems
  "io/not-found": { nb: "Fant ikke filen eller mappen «{path}».", en: "File or folder «{path}» not found." },
  "io/permission": { nb: "Har ikke lesetilgang til «{path}».", en: "No read permission for «{path}»." },
  "io/is-directory": { nb: "«{path}» er en mappe, ikke en fil.", en: "«{path}» is a folder, not a file." },
  "io/outside": {
    nb: "«{path}» ligger utenfor mappen som sjekkes (via en symbolsk lenke eller ../) og leses ikke; oppgi filen direkte på kommandolinjen om den skal sjekkes.",
    en: "«{path}» lies outside the folder being checked (through a symbolic link or ../) and is not read; name the file itself on the command line to check it.",
  },
  "io/not-regular": {
    nb: "«{path}» er ikke en vanlig fil (navngitt rør, sokkel eller enhet) og leses ikke.",
    en: "«{path}» is not a regular file (a named pipe, socket or device) and is not read.",
  },
  "io/other": { nb: "Kan ikke lese «{path}»: {reason}.", en: "Cannot read «{path}»: {reason}." },
  "io/no-match": {
    nb: "Ingen dossierfiler passer «{path}» (ser etter *.dossier.yaml, *.dossier.yml og YAML-filer under en mappe som heter dossiers/).",
    en: "No dossier files match «{path}» (looking for *.dossier.yaml, *.dossier.yml and YAML files under a folder named dossiers/).",
  },
  "yaml/encoding": {
    nb: "Filen er ikke UTF-8; den ser ut til å være {encoding}. Lagre den som UTF-8 (i Word/Notepad: «Lagre som» → koding UTF-8), eller konverter: iconv -f {iconv} -t UTF-8 fil.yaml > ny.yaml",
    en: "The file is not UTF-8; it looks like {encoding}. Save it as UTF-8 (in Word/Notepad: «Save as» → encoding UTF-8), or convert it: iconv -f {iconv} -t UTF-8 file.yaml > new.yaml",
  },
  "yaml/binary": {
    nb: "Filen inneholder NUL-tegn og er ikke en tekstfil (binær fil eller feil koding).",
    en: "The file contains NUL bytes and is not a text file (binary, or the wrong encoding).",
  },
  "yaml/syntax": { nb: "Ugyldig YAML: {detail}", en: "Invalid YAML: {detail}" },
  "yaml/duplicate-key": {
    nb: "Nøkkelen «{key}» står flere ganger i samme mapping; bare én av dem kan gjelde.",
    en: "The key «{key}» appears more than once in the same mapping; only one of them can count.",
  },
  "yaml/multi-document": {
    nb: "Filen har mer enn ett YAML-dokument (skilt med ---); skriv én dossier per fil.",
    en: "The file has more than one YAML document (separated by ---); write one dossier per file.",
  },
  "yaml/empty": { nb: "Filen er tom: ingen dossier å sjekke.", en: "The file is empty: no dossier to check." },
  "yaml/alias-limit": {
    nb: "Filen bruker flere alias (*navn) enn grensen på {max}; den avvises for å hindre at utvidelsen bruker opp minnet.",
    en: "The file uses more aliases (*name) than the limit of {max}; it is refused so that expanding it cannot exhaust memory.",
  },
  "yaml/too-large": {
    nb: "Filen er større enn grensen på {max}; endre grensen med --max-file-size eller max_file_size i konfigurasjonen.",
    en: "The file is larger than the limit of {max}; change the limit with --max-file-size or max_file_size in the config.",
  },
  "yaml/too-deep": {
    nb: "Dokumentet er nestet dypere enn {depth} nivåer; en dossier har bare noen få nivåer.",
    en: "The document is nested deeper than {depth} levels; a dossier has only a few levels.",
  },
  "yaml/not-mapping": {
    nb: "En dossier må være en mapping med nøkler som version og project, ikke {actual}.",
    en: "A dossier must be a mapping with keys such as version and project, not {actual}.",
  },
  // schema problems
  "schema/unknown-key": {
    nb: "Ukjent nøkkel «{key}» i {where}.{hint} Egne utvidelser må begynne med x_.",
    en: "Unknown key «{key}» in {where}.{hint} Local extensions must start with x_.",
  },
  "schema/unknown-key-hint": { nb: " Mente du «{suggestion}»?", en: " Did you mean «{suggestion}»?" },
  "schema/required": { nb: "Påkrevd nøkkel «{key}» mangler i {where}.", en: "Required key «{key}» is missing in {where}." },
  "schema/type": { nb: "{where} skal være {expected}, men er {actual}.", en: "{where} must be {expected}, but is {actual}." },
  "schema/enum": {
    nb: "«{value}» er ikke en gyldig verdi for {where}. Tillatte verdier: {allowed}.",
    en: "«{value}» is not a valid value for {where}. Allowed values: {allowed}.",
  },
  "schema/format-date": {
    nb: "«{value}» er ikke en gyldig dato for {where}; skriv ÅÅÅÅ-MM-DD, f.eks. 2027-03-31.",
    en: "«{value}» is not a valid date for {where}; write YYYY-MM-DD, e.g. 2027-03-31.",
  },
  "schema/format-id": {
    nb: "«{value}» er ikke en gyldig id for {where}; bruk små bokstaver, tall og bindestrek (kebab-case), f.eks. «nytt-fagsystem».",
    en: "«{value}» is not a valid id for {where}; use lower-case letters, digits and hyphens (kebab-case), e.g. «new-case-system».",
  },
  "schema/format-pointer": {
    nb: "«{value}» er ikke en JSON Pointer for {where}; den må begynne med /, f.eks. /municipal.",
    en: "«{value}» is not a JSON Pointer for {where}; it must start with /, e.g. /municipal.",
  },
  "schema/format-reason": {
    nb: "{where} må gi en begrunnelse med synlig tekst, ikke bare mellomrom eller usynlige tegn.",
    en: "{where} must give a reason in visible text, not only spaces or invisible characters.",
  },
  "schema/format": { nb: "«{value}» har feil format for {where}.", en: "«{value}» has the wrong format for {where}." },
  "schema/minimum": { nb: "{where} må være minst {limit}, men er {value}.", en: "{where} must be at least {limit}, but is {value}." },
  "schema/maximum": { nb: "{where} kan være høyst {limit}, men er {value}.", en: "{where} must be at most {limit}, but is {value}." },
  "schema/other": { nb: "{where} oppfyller ikke skjemaet: {detail}.", en: "{where} does not match the schema: {detail}." },
  "schema/too-many": {
    nb: "Filen har flere skjemafeil enn de {shown} som er vist (omtrent {more} til); er dette en dossier?",
    en: "The file has more schema errors than the {shown} shown (about {more} more); is this a dossier?",
  },
  "schema/the-dossier": { nb: "dossieren", en: "the dossier" },
  "schema/the-config": { nb: "konfigurasjonsfilen", en: "the config file" },
  "type/string": { nb: "tekst", en: "text" },
  "type/number": { nb: "et tall", en: "a number" },
  "type/integer": { nb: "et heltall", en: "a whole number" },
  "type/boolean": { nb: "true eller false", en: "true or false" },
  "type/array": { nb: "en liste", en: "a list" },
  "type/object": { nb: "en mapping (nøkkel: verdi)", en: "a mapping (key: value)" },
  "type/null": { nb: "tom", en: "empty" },
  "or": { nb: "eller", en: "or" },
  // engine notes
  "note/rules-skipped": {
    nb: "Reglene ble ikke kjørt fordi filen ikke følger skjemaet; rett skjemafeilene først.",
    en: "The rules were not run because the file does not match the schema; fix the schema errors first.",
  },
  "note/no-gate": {
    nb: "Fant ingen beslutningspunkt: angi --gate eller project.next_gate.",
    en: "No decision point found: give --gate or project.next_gate.",
  },
} satisfies Record<string, LocalText>;

export type MessageKey = keyof typeof M;

export function t(lang: Lang, key: MessageKey, data?: Record<string, string | number>): string {
  return formatMessage(M[key][lang], data);
}

/** "governance.steering_group[0].name" — how users read a JSON Pointer. */
export function displayPath(pointer: string): string {
  if (pointer === "") return "";
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), "");
}
