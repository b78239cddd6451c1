#!/usr/bin/env node
// Deterministic, seeded generator of realistic v1 dossiers for the benchmark (issue 5).
//
//   node bench/generate.mjs                 write the corpora that are missing or stale
//   node bench/generate.mjs --force         rewrite them all
//   node bench/generate.mjs --only n1000    just one corpus (repeatable, comma-separated)
//   node bench/generate.mjs --stats         print size/count/gap statistics of what is on disk
//   node bench/generate.mjs --sample 7      print dossier #7 of the mixed series to stdout
//
// Same seed + same GENERATOR_VERSION + same source of this file → byte-identical files. The
// corpora live in bench/corpus/ (git-ignored) and are described by bench/corpus/manifest.json;
// a corpus is rewritten only when it is absent or its manifest entry no longer matches.
//
// Plain ESM, Node 20, no dependency: the generator writes YAML itself (block style, folded
// text, flow mappings for compact lists, header comments), like a person would.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20260605;

const HERE = dirname(fileURLToPath(import.meta.url));
export const CORPUS_ROOT = join(HERE, "corpus");
const MANIFEST = join(CORPUS_ROOT, "manifest.json");

/** The corpora the harness uses. `series` names the seed stream, so n1000 is the first 1 000 files of n10000. */
export const CORPORA = {
  n1: { count: 1, series: "single", size: { fixed: 16 * 1024 } },
  n1000: { count: 1000, series: "mixed", size: { min: 4 * 1024, max: 40 * 1024 } },
  n10000: { count: 10000, series: "mixed", size: { min: 4 * 1024, max: 40 * 1024 } },
  s4k: { count: 1000, series: "small", size: { fixed: 4 * 1024 } },
  s40k: { count: 1000, series: "large", size: { fixed: 40 * 1024 } },
};

// ---------------------------------------------------------------------------------------------
// PRNG: mulberry32 seeded through a string hash (FNV-1a, 32 bit). Independent sub-streams per
// section keep one item's text stable when the number of other items changes.

function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(a) {
  return function next() {
    a = (a + 0x6d2b79f5) | 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seedString) {
    this.next = mulberry32(fnv1a(String(seedString)));
    this.seedString = String(seedString);
  }
  sub(name) {
    return new Rng(`${this.seedString}/${name}`);
  }
  float() {
    return this.next();
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  weighted(pairs) {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [v, w] of pairs) {
      if ((r -= w) < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }
  sample(list, n) {
    const copy = list.slice();
    const out = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Word lists (bokmål, with æ, ø, å).

const FIRST = [
  "Åse", "Øystein", "Bjørn", "Kjærsti", "Sølvi", "Håkon", "Mette", "Tone", "Arild", "Heidi", "Lars Erik",
  "Gunnar", "Kristine", "Henrik", "Ingrid", "Marius", "Siri", "Per Ove", "Eva", "Rune", "Ellen", "Andreas",
  "Linda", "Ola", "Hanne Kristin", "Magnus", "Jørn", "Kari", "Mona", "Torbjørn", "Ragnhild", "Sigrid", "Ørjan",
  "Ståle", "Bodil", "Trond", "Liv", "Anne Grete", "Frode", "Kåre", "Nina", "Geir", "Marianne", "Pål", "Guro",
  "Even", "Solveig", "Halvor", "Ida", "Ådne", "Vibeke", "Terje", "Aslak", "Maren", "Jostein", "Tiril", "Eirik",
];
const LAST = [
  "Bakke", "Sæther", "Løvås", "Fjærli", "Ødegård", "Hansen", "Johansen", "Dahl", "Strand", "Lie", "Haugen", "Berg",
  "Nilsen", "Aas", "Aasland", "Bråten", "Grønli", "Kvåle", "Myhre", "Røed", "Solberg", "Tveit", "Vik", "Bjerkeli",
  "Sandberg", "Nymoen", "Moe", "Fiskum", "Alstad", "Holm", "Wold", "Aarseth", "Fossum", "Thorsen", "Lunde",
  "Aksnes", "Mikalsen", "Kristiansen", "Bøe", "Hågensen", "Sørensen", "Næss", "Østby", "Brække", "Gjærde",
  "Rønning", "Skjærvø", "Håland", "Kvamme", "Jæger", "Tjøstheim", "Vågen", "Hærem", "Lindahl", "Eide",
];

const MUNICIPALITIES = [
  "Oslo", "Bergen", "Trondheim", "Stavanger", "Bærum", "Kristiansand", "Drammen", "Asker", "Lillestrøm",
  "Fredrikstad", "Sandnes", "Tromsø", "Sarpsborg", "Skien", "Ålesund", "Sandefjord", "Larvik", "Bodø",
  "Arendal", "Tønsberg", "Porsgrunn", "Karmøy", "Haugesund", "Moss", "Ringsaker", "Hamar", "Gjøvik",
  "Lørenskog", "Molde", "Harstad", "Lier", "Steinkjer", "Alta", "Halden", "Kongsberg", "Ringerike",
  "Nordre Follo", "Øygarden", "Bjørnafjorden", "Færder", "Elverum", "Narvik", "Sola", "Kristiansund",
  "Verdal", "Sunnfjord", "Voss", "Lindesnes", "Vestvågøy", "Os", "Røros", "Stjørdal", "Levanger", "Grimstad",
  "Ørland", "Hå", "Time", "Øvre Eiker", "Nesodden", "Vågå", "Lødingen", "Sør-Varanger", "Målselv",
];
const COUNTIES = [
  "Vestland", "Rogaland", "Innlandet", "Trøndelag", "Nordland", "Troms", "Finnmark", "Agder", "Møre og Romsdal",
  "Vestfold", "Telemark", "Buskerud", "Akershus", "Østfold",
];
const INTERMUNICIPAL = [
  "IKT Agder IKS", "Digi Vestfold", "Digi Trøndelag", "Digi Rogaland", "Digi Vestland", "IKT Orkide",
  "Hallingdal IKT", "Nord-Troms IKT", "Valdres IKT", "Gudbrandsdal IKT", "Innherred samkommune", "Vesterålen Digital",
  "Helgeland IKT", "Salten IKT", "Sunnhordland IKT",
];
const AGENCIES = [
  ["Husbanken", "Kommunal- og distriktsdepartementet"],
  ["Bufdir", "Barne- og familiedepartementet"],
  ["Arbeids- og velferdsdirektoratet", "Arbeids- og inkluderingsdepartementet"],
  ["Skatteetaten", "Finansdepartementet"],
  ["Helsedirektoratet", "Helse- og omsorgsdepartementet"],
  ["Utdanningsdirektoratet", "Kunnskapsdepartementet"],
  ["Kartverket", "Kommunal- og distriktsdepartementet"],
  ["Statens vegvesen", "Samferdselsdepartementet"],
  ["Brønnøysundregistrene", "Nærings- og fiskeridepartementet"],
  ["Digitaliseringsdirektoratet", "Digitaliserings- og forvaltningsdepartementet"],
  ["Integrerings- og mangfoldsdirektoratet", "Arbeids- og inkluderingsdepartementet"],
  ["Landbruksdirektoratet", "Landbruks- og matdepartementet"],
  ["Miljødirektoratet", "Klima- og miljødepartementet"],
  ["Direktoratet for samfunnssikkerhet og beredskap", "Justis- og beredskapsdepartementet"],
  ["Lånekassen", "Kunnskapsdepartementet"],
  ["Statens pensjonskasse", "Arbeids- og inkluderingsdepartementet"],
];
const VENDORS = [
  "Visma", "Tietoevry", "Netcompany", "Acos", "Sikri", "Kredinor", "Bouvet", "Knowit", "Sopra Steria", "Capgemini",
  "Computas", "Crayon", "Atea", "Evidi", "Norkart", "Geodata", "DIPS", "CGI", "Itera", "Avo Consulting",
];
const VOLUNTARY = [
  "Røde Kors", "Kirkens Bymisjon", "Norsk Folkehjelp", "Frelsesarmeen", "Funksjonshemmedes Fellesorganisasjon",
  "Pensjonistforbundet", "Mental Helse", "Redd Barna", "Blindeforbundet", "Foreningen for barnevernsbarn",
];
const GROUPS = [
  ["Tillitsvalgte i Fagforbundet", "privat"],
  ["Tillitsvalgte i Norsk Sykepleierforbund", "privat"],
  ["Hovedverneombudet", "kommune"],
  ["Eldrerådet", "kommune"],
  ["Ungdomsrådet", "kommune"],
  ["Rådet for personer med funksjonsnedsettelse", "kommune"],
  ["Pasient- og brukerombudet", "stat"],
  ["Statsforvalteren", "stat"],
  ["Datatilsynet", "stat"],
  ["Arkivverket", "stat"],
  ["Statistisk sentralbyrå", "stat"],
  ["Norsk helsenett", "stat"],
  ["Sysselmesteren", "stat"],
  ["Diginettverkene", "interkommunalt"],
  ["Samstyringsorganet", "interkommunalt"],
  ["Huseierne", "frivillig"],
  ["Næringsforeningen", "privat"],
  ["Brukerrådet", "kommune"],
  ["Barnevernstjenesten", "kommune"],
  ["Hjemmetjenesten", "kommune"],
  ["Tildelingskontoret", "kommune"],
  ["Økonomiavdelingen", "kommune"],
  ["Digitalisering og IT", "kommune"],
  ["Servicetorget", "kommune"],
];

const TOPICS = [
  { name: "Digital byggesøknad", area: "byggesaker", users: ["søkere og tiltakshavere", "byggesaksbehandlere", "ansvarlige foretak"], levels: ["kommune", "interkommunalt"] },
  { name: "Felles journalløsning for helse og omsorg", area: "journalføring", users: ["helsepersonell i hjemmetjenesten", "fastleger", "pasienter og pårørende"], levels: ["kommune", "interkommunalt", "stat"] },
  { name: "Digitalt tilsyn i hjemmetjenesten", area: "tilsyn", users: ["hjemmeboende eldre", "pårørende", "ansatte i hjemmetjenesten"], levels: ["kommune"] },
  { name: "Ny løsning for startlån", area: "startlån", users: ["husstander som søker startlån", "saksbehandlere i kommunene", "låneforvaltere"], levels: ["stat", "kommune"] },
  { name: "Digital skolehverdag", area: "skoleadministrasjon", users: ["elever", "foresatte", "lærere og rektorer"], levels: ["kommune", "fylkeskommune"] },
  { name: "Sammenhengende tjenester ved dødsfall", area: "dødsbo", users: ["etterlatte", "saksbehandlere i tingretten", "kommunale servicetorg"], levels: ["stat"] },
  { name: "Elektronisk arkiv i kommunene", area: "arkivering", users: ["arkivarer", "saksbehandlere", "innbyggere som ber om innsyn"], levels: ["kommune", "interkommunalt"] },
  { name: "Felles plattform for innbyggerdialog", area: "innbyggerdialog", users: ["innbyggere", "ansatte i servicetorget", "fagavdelingene"], levels: ["kommune", "interkommunalt"] },
  { name: "Digital søknad om økonomisk sosialhjelp", area: "sosialhjelp", users: ["søkere av økonomisk sosialhjelp", "veiledere i NAV-kontorene"], levels: ["stat", "kommune"] },
  { name: "Automatisert tilskuddsforvaltning", area: "tilskudd", users: ["søkere av tilskudd", "saksbehandlere", "revisjonen"], levels: ["stat", "fylkeskommune"] },
  { name: "Digitalt barnehageopptak", area: "barnehageopptak", users: ["foresatte", "styrere i barnehagene", "opptakskontoret"], levels: ["kommune"] },
  { name: "Felles datadeling for kollektivtrafikk", area: "kollektivtrafikk", users: ["reisende", "trafikkplanleggere", "operatørene"], levels: ["fylkeskommune"] },
  { name: "Ny journalløsning for den offentlige tannhelsetjenesten", area: "tannhelse", users: ["pasienter", "tannleger og tannpleiere", "klinikkledere"], levels: ["fylkeskommune"] },
  { name: "Digital skoleskyss", area: "skoleskyss", users: ["elever og foresatte", "skolene", "transportørene"], levels: ["fylkeskommune"] },
  { name: "Fjernavlesning av vannmålere", area: "vannmåling", users: ["abonnenter", "driftsoperatører", "fakturering"], levels: ["kommune", "interkommunalt"] },
  { name: "Digital flyktningtjeneste", area: "bosetting", users: ["bosatte flyktninger", "programrådgivere", "introduksjonsprogrammet"], levels: ["kommune", "stat"] },
  { name: "Felles løsning for arbeidsmarkedstiltak", area: "tiltaksforvaltning", users: ["arbeidssøkere", "veiledere", "tiltaksarrangører"], levels: ["stat"] },
  { name: "Modernisering av eiendomsregisteret", area: "eiendomsdata", users: ["kommunenes oppmålingsavdelinger", "eiendomsmeglere", "innbyggere"], levels: ["stat"] },
  { name: "Smart vedlikehold av fylkesveiene", area: "veivedlikehold", users: ["trafikanter", "driftsentreprenører", "veiplanleggere"], levels: ["fylkeskommune"] },
  { name: "Digital legemiddelhåndtering", area: "legemiddelhåndtering", users: ["sykepleiere", "beboere på sykehjem", "fastleger"], levels: ["kommune", "interkommunalt"] },
];

const SUBJECTS = [
  "Prosjektet", "Kommunene", "Styringsgruppen", "Saksbehandlerne", "Leverandøren", "Virksomheten", "Brukerne",
  "Linjeledelsen", "Fagavdelingen", "KS", "Prosjektgruppen", "Produkteieren", "Innføringsteamet", "Ledergruppen",
];
const VERBS = [
  "følger opp", "kartlegger", "prioriterer", "forbedrer", "dokumenterer", "vurderer", "innfører", "forenkler",
  "samordner", "måler", "reduserer", "styrker", "beskriver", "avklarer", "tester", "overvåker",
];
const OBJECTS = [
  "saksbehandlingstiden", "gevinstene", "arbeidsprosessene", "datakvaliteten", "brukeropplevelsen",
  "informasjonsflyten", "risikoene", "opplæringen", "integrasjonene", "tjenestetilbudet", "søknadsbehandlingen",
  "rapporteringen", "personvernet", "ansvarsdelingen", "kostnadene", "leveranseplanen", "beslutningsgrunnlaget",
];
const MODIFIERS = [
  "i alle kommuner", "før neste beslutningspunkt", "gjennom faste møter", "i samarbeid med KS", "hvert kvartal",
  "med støtte fra Digdir", "i tråd med arkitekturprinsippene", "uten økt ressursbruk",
  "for å sikre likeverdige tjenester", "basert på målinger fra 2024", "i hele fylket", "på tvers av sektorene",
  "sammen med de tillitsvalgte", "i hver innføringspulje", "etter første pilot", "i styringsdialogen med departementet",
  "slik at brukerne får raskere svar", "før løsningen settes i drift",
];
const BENEFIT_PHRASES = [
  "kortere saksbehandlingstid", "færre feil i vedtakene", "mindre dobbeltregistrering", "frigjort tid for saksbehandlerne",
  "bedre datakvalitet", "raskere svar til søkerne", "færre klager", "lavere driftskostnader", "bedre styringsdata",
  "mer tid til veiledning", "færre manuelle kontroller", "økt brukertilfredshet", "likere praksis mellom kontorene",
  "færre henvendelser til servicetorget", "mindre papirbruk og porto",
];
const INDICATORS = [
  "antall dager fra søknad til vedtak", "andel søknader som behandles automatisk", "timer brukt per sak",
  "antall klager per år", "andel digitale søknader", "årsverk brukt på kontroll og retting", "brukertilfredshet (skala 1–6)",
  "antall feil i vedtak per 1 000 saker", "andel saker avsluttet innen fristen", "antall henvendelser per måned",
];
const ROLES_LEAD = [
  "direktør for digitalisering", "kommunaldirektør for helse og omsorg", "avdelingsdirektør", "fagdirektør",
  "kommunalsjef for oppvekst", "divisjonsdirektør", "assisterende direktør", "seksjonssjef", "kommunedirektør",
  "fylkesdirektør for samferdsel", "virksomhetsleder",
];
const ROLES_TEAM = [
  "løsningsarkitekt", "innføringsleder", "produkteier", "gevinstansvarlig rådgiver", "testleder",
  "endringsleder", "informasjonssikkerhetsrådgiver", "personvernrådgiver", "tjenestedesigner", "fagansvarlig",
  "kommunikasjonsrådgiver", "dataforvalter",
];
const CHANGE_WORDS = ["opplæring", "superbrukere", "omlegging av rutiner", "nye arbeidsprosesser", "samtaler med de ansatte"];
const COMMON_COMPONENTS = [
  "id-porten", "ansattporten", "maskinporten", "krr", "digital-postkasse", "eformidling", "esignering", "elma",
  "einnsyn", "felles-datakatalog", "altinn", "folkeregisteret", "enhetsregisteret", "matrikkelen", "a-ordningen",
  "fiks-plattformen", "fiks-svarut", "fiks-io", "fiks-folkeregister", "fiks-digisos", "fiks-minside",
  "bekymringsmelding", "peppol-ehandel", "feide", "helsenorge",
];
const PHASES = [
  ["idé", "BP1", 0.12],
  ["konsept", "BP2", 0.22],
  ["planlegge", "BP3", 0.24],
  ["gjennomføre", "BP4", 0.24],
  ["avslutte", "BP5", 0.09],
  ["realisere", "BP6", 0.09],
];

// ---------------------------------------------------------------------------------------------
// Text.

function cap(s) {
  return s.charAt(0).toLocaleUpperCase("nb") + s.slice(1);
}

function kebab(s) {
  return s
    .normalize("NFC")
    .toLocaleLowerCase("nb")
    .replace(/é/g, "e")
    .replace(/[^a-z0-9æøå]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function sentence(r, ctx) {
  const templates = [
    () => `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${r.pick(OBJECTS)} ${r.pick(MODIFIERS)}.`,
    () => `${cap(r.pick(OBJECTS))} for ${ctx.area} ${r.pick(VERBS).split(" ")[0]}s ${r.pick(MODIFIERS)}.`,
    () => `Arbeidet med ${ctx.area} skal gi ${r.pick(["kortere ventetid", "færre feil", "mindre dobbeltarbeid", "bedre styringsdata", "likere praksis", "mer tid til brukerne"])} ${r.pick(MODIFIERS)}.`,
    () => `${r.pick(SUBJECTS)} har ansvar for at ${r.pick(OBJECTS)} blir ${r.pick(["vurdert", "fulgt opp", "beskrevet", "målt", "forankret"])} ${r.pick(MODIFIERS)}.`,
    () => `Erfaringene fra ${r.pick(MUNICIPALITIES)} kommune viser at ${r.pick(OBJECTS)} kan ${r.pick(["halveres", "forbedres", "forenkles", "samordnes"])} ${r.pick(MODIFIERS)}.`,
  ];
  return r.pick(templates)();
}

/** A text of n sentences (n ≥ 1), optionally opened by a field-specific lead sentence. */
function text(r, ctx, n, lead) {
  const parts = lead ? [lead] : [];
  while (parts.length < n) parts.push(sentence(r, ctx));
  return parts.join(" ");
}

function person(r) {
  const first = r.pick(FIRST);
  const middle = r.chance(0.15) ? ` ${r.pick(LAST)}` : "";
  return `${first}${middle} ${r.pick(LAST)}`;
}

/** A benefit owner who is, by chance, the project manager would be a finding; draw another surname. */
function otherThan(name, avoid, r) {
  while (name === avoid) name = `${name.split(" ")[0]} ${r.pick(LAST)}`;
  return name;
}

function date(r, yearLo, yearHi) {
  const y = r.int(yearLo, yearHi);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function addDays(iso, days) {
  const t = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// The dossier as a plain object; `flow` marks objects/arrays to be written as {…} / […].

const FLOW = new WeakSet();
function flow(x) {
  FLOW.add(x);
  return x;
}

function uniqueIds(items, baseOf) {
  const used = new Set();
  for (const it of items) {
    const base = baseOf(it) || "interessent";
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    it.id = id;
  }
}

function stakeholderPool(r, project) {
  const pool = [];
  const add = (name, level) => pool.push({ name, level });
  add("KS", "kommune");
  for (const m of r.sample(MUNICIPALITIES, 30)) add(`${m} kommune`, "kommune");
  for (const c of r.sample(COUNTIES, 6)) add(`${c} fylkeskommune`, "fylkeskommune");
  for (const i of r.sample(INTERMUNICIPAL, 6)) add(i, "interkommunalt");
  for (const [a] of r.sample(AGENCIES, 6)) if (a !== project.organisation) add(a, "stat");
  for (const v of r.sample(VENDORS, 8)) add(v, "privat");
  for (const v of r.sample(VOLUNTARY, 4)) add(v, "frivillig");
  for (const [g, level] of r.sample(GROUPS, 12)) add(g, level);
  return pool;
}

/**
 * One dossier. `scale` ∈ [0, 1] drives counts and verbosity; the rest comes from `seed`.
 * Returns { text, meta } where meta says which gaps were planted.
 */
export function buildDossier(seed, scale, { target = 16384, forceGapped } = {}) {
  const base = new Rng(seed);
  let r = base.sub("core");
  const k = Math.max(0, Math.min(1, scale));
  const jitter = (name, spread) => Math.max(0, Math.min(1, k * (1 + (base.sub(`j:${name}`).float() - 0.5) * spread * 2)));
  // How much optional detail (texts the rules only warn about) an item carries: sparse at the
  // small end, complete from about a third of the scale on.
  const detailP = Math.min(1, k * 2.8);
  const opt = (rr) => rr.float() < detailP;

  const gapped = forceGapped ?? base.sub("gap").chance(0.4);
  // Small dossiers are mostly early ones (few sections are filled in before BP2).
  const small = target < 8000;
  const [phase, gate] = base.sub("phase").weighted(PHASES.map(([p, g, w], i) => [[p, g], small ? [0.5, 0.38, 0.08, 0.04, 0, 0][i] : w]));
  const gi = Number(gate.slice(2));
  const topic = r.pick(TOPICS);
  const level = r.pick(topic.levels);
  let organisation;
  let ministry;
  if (level === "stat") [organisation, ministry] = r.pick(AGENCIES);
  else if (level === "kommune") organisation = `${r.pick(MUNICIPALITIES)} kommune`;
  else if (level === "fylkeskommune") organisation = `${r.pick(COUNTIES)} fylkeskommune`;
  else organisation = r.pick(INTERMUNICIPAL);
  const ctx = { area: topic.area, organisation };
  const compact = k < 0.18 || r.chance(0.15);
  const verb = (name) => 1 + Math.floor(jitter(name, 0.5) * 2.4); // sentences per free text: 1–3
  const shortVerb = (name) => 1 + Math.floor(jitter(name, 0.5) * 1.3); // 1–2

  const suffix = r.weighted([["", 5], [` i ${organisation.replace(/ kommune| fylkeskommune/, "")}`, 3], [" 2.0", 1], [" (pilot)", 1]]);
  const projectName = `${topic.name}${suffix}`;
  const cost = level === "stat" ? r.int(40, 900) : r.int(5, 120);
  const stateBig = level === "stat" && cost > 300;
  const dependsOnMunicipal = level === "stat" ? r.chance(0.6) : level !== "kommune" ? r.chance(0.7) : r.chance(0.25);

  const d = { version: 1 };
  const project = {
    id: kebab(projectName),
    name: projectName,
    organisation,
    level,
    ministry,
    kind: r.weighted([["prosjekt", 6], ["program", 2], ["infrastruktur", 1]]),
    phase,
    next_gate: r.chance(0.7) ? gate : undefined,
    cost_estimate_mnok: cost,
    benefit_estimate_mnok: gi >= 3 || r.chance(0.5) ? Math.round(cost * (1.5 + r.float() * 3)) : undefined,
  };
  if (level === "stat") {
    project.external_qa = stateBig
      ? { ks1: "done", ks2: gi >= 4 ? "done" : "planned" }
      : { ks1: "not-required", ks2: "not-required" };
  }
  if (r.chance(0.3)) {
    const meeting = date(r, 2025, 2026);
    const council = {
      meeting_date: meeting,
      documents_sent: addDays(meeting, -r.int(15, 30)),
      questions: Array.from({ length: r.int(1, 3) }, () => `Hvordan sikrer vi at ${r.pick(OBJECTS)} ${r.pick(["blir fulgt opp", "gir gevinster", "forankres i linjen", "når alle kommunene"])}?`),
      leader_attends: true,
    };
    if (meeting < "2026-05-01") {
      council.recommendations = Array.from({ length: r.int(1, 4) }, (_, i) => ({
        id: `a${i + 1}`,
        text: sentence(r, ctx),
        response: sentence(r, ctx),
        status: r.pick(["planlagt", "fulgt-opp"]),
      }));
    }
    project.council = council;
  }
  d.project = project;

  // People.
  r = base.sub("people");
  const ownerName = person(r);
  let pmName = person(r);
  if (pmName === ownerName) pmName = `${pmName.split(" ")[0]} ${r.pick(LAST)}sen`;
  const people = Array.from({ length: 40 }, () => person(r));

  // Governance.
  r = base.sub("governance");
  const steeringCount = (gi >= 3 || opt(r) ? 3 : 2) + Math.floor(jitter("steering", 0.6) * 5);
  const steering = [
    flowIf(compact, { name: ownerName, role: `${r.pick(ROLES_LEAD)} (leder av styringsgruppen)`, organisation, represents: "eier", decision_authority: true, also_in_portfolio_board: opt(r) ? false : undefined }),
    flowIf(compact, { name: people[0], role: r.pick(ROLES_LEAD), organisation, represents: "linje", decision_authority: true, also_in_portfolio_board: opt(r) ? r.chance(0.1) : undefined }),
    flowIf(compact, { name: people[1], role: `${r.pick(ROLES_LEAD)}, brukerrepresentant`, organisation: level === "stat" ? "KS" : organisation, represents: "bruker", decision_authority: true, also_in_portfolio_board: opt(r) ? false : undefined }),
  ];
  for (let i = 3; i < steeringCount; i++) {
    steering.push(flowIf(compact, { name: people[i - 1], role: r.pick(ROLES_LEAD), organisation: r.chance(0.5) ? organisation : r.pick(VENDORS), represents: r.pick(["leverandør", "samarbeidspart", "annet"]), decision_authority: true, also_in_portfolio_board: false }));
  }
  const teamCount = 2 + Math.floor(jitter("team", 0.6) * 6);
  const team = Array.from({ length: teamCount }, (_, i) => flowIf(compact, { role: ROLES_TEAM[(i + r.int(0, 3)) % ROLES_TEAM.length], name: people[10 + i], organisation, allocation_pct: r.pick([20, 30, 40, 50, 60, 80, 100]) }));
  const receiving = `${r.pick(["Seksjon for", "Avdeling for", "Enhet for"])} ${r.pick(["digitale tjenester", "forvaltning", "drift og forvaltning", topic.area])}`;
  d.governance = {
    owner: flowIf(compact, { name: ownerName, role: r.pick(ROLES_LEAD), organisation }),
    project_manager: flowIf(compact, { name: pmName, organisation, dedicated: true }),
    steering_group: steering,
    team: gi >= 2 || opt(r) ? team : undefined,
    mandate: gi < 3 && !opt(r) ? undefined : text(r, ctx, verb("mandate"), `Styringsgruppen styrer prosjektet innenfor kostnadsrammen på ${cost} millioner kroner og godkjenner faseplaner og endringer.`),
    decision_criteria: gi < 3 && !opt(r) ? undefined : text(r, ctx, shortVerb("crit"), `Beslutninger vurderes etter nytte for brukerne, kostnad og risiko for forsinkelse.`),
    escalation: gi < 3 && !opt(r) ? undefined : text(r, ctx, shortVerb("esc"), `Uenighet løftes til styringsgruppens leder og deretter til ${level === "stat" ? "etatsledelsen" : "kommunedirektøren"}.`),
    anchoring: { top_management: true, line_managers_involved: true, political: level === "stat" ? undefined : true },
    delivery_model: r.pick(["smidig", "faseinndelt", "hybrid"]),
    handover:
      gi >= 3 || opt(r)
        ? {
            receiving_unit: receiving,
            continuing_people: flowIf(compact, r.sample(people.slice(10, 10 + teamCount), Math.min(teamCount, r.int(1, 3)))),
            system_owner: gi >= 3 || opt(r) ? { name: people[0], role: r.pick(ROLES_LEAD), organisation } : undefined,
            process_owner: gi >= 3 || opt(r) ? { name: people[20], role: "seksjonssjef", organisation } : undefined,
            date: date(r, 2026, 2029),
          }
        : undefined,
  };

  // Needs.
  r = base.sub("needs");
  const goalCount = 2 + Math.floor(jitter("goals", 0.6) * 6);
  d.needs = {
    users: topic.users.slice(),
    user_involvement: gi < 2 && !opt(r) ? undefined : text(r, ctx, verb("ui"), `Brukere har testet løsningen i ${r.int(2, 5)} runder med totalt ${r.int(12, 80)} deltakere.`),
    problem_statement: text(r, ctx, verb("ps"), `I dag håndteres ${topic.area} manuelt med papirskjema, e-post og dobbeltregistrering i ${r.int(2, 6)} fagsystemer.`),
    strategy_link: opt(r) ? `${organisation}s strategi ${r.int(2024, 2026)}–${r.int(2028, 2030)} og digitaliseringsstrategien «Fremtidens digitale Norge».` : undefined,
    story: gi < 2 && !opt(r) ? undefined : {
      why: text(r, ctx, shortVerb("why"), `Brukerne venter for lenge på svar innen ${topic.area}.`),
      why_now: opt(r) ? text(r, ctx, shortVerb("whynow"), `Dagens løsning må byttes innen ${r.int(2026, 2029)} fordi den ikke videreutvikles.`) : undefined,
      for_users: text(r, ctx, shortVerb("fu"), `Brukerne får svar raskere og slipper å levere de samme opplysningene flere ganger.`),
      for_employees: gi < 2 && !opt(r) ? undefined : text(r, ctx, shortVerb("fe"), `De ansatte slipper manuell innhenting og får mer tid til veiledning.`),
      societal_mission: gi < 2 && !opt(r) ? undefined : `${organisation} skal bidra til gode og likeverdige tjenester for alle innbyggere.`,
    },
    goals: Array.from({ length: goalCount }, (_, i) => {
      const g = r.sub(`goal:${i}`);
      return {
        id: `g${i + 1}`,
        text: cap(`${g.pick(BENEFIT_PHRASES)} innen ${topic.area}`),
        indicator: g.pick(INDICATORS),
        baseline: gi >= 3 || opt(g) ? `${g.int(5, 90)} ${g.pick(["prosent", "dager", "timer"])} (${g.int(2022, 2025)})` : undefined,
        target: `${g.int(2, 95)} ${g.pick(["prosent", "dager", "timer"])}`,
        by: opt(g) ? date(g, 2026, 2030) : undefined,
        status: gi >= 4 ? g.pick(["nådd", "delvis", "ikke-nådd", "ikke-målt"]) : undefined,
      };
    }),
    alternatives: [
      { id: "null-alternativ", description: `Fortsette med dagens løsning for ${topic.area}.`, chosen: false, cost_mnok: Math.round(cost * 0.3), benefit_assessment: "Ingen nye gevinster; forskjellene består." },
      { id: "felles-losning", description: text(r, ctx, shortVerb("alt1"), `Felles løsning for ${topic.area} som tas i bruk av alle berørte virksomheter.`), chosen: true, cost_mnok: cost, benefit_mnok: Math.round(cost * 2.5), benefit_assessment: "Likere praksis og bedre styringsdata." },
      { id: r.pick(["egen-losning", "krav-til-leverandorer", "anskaffe-standardsystem"]), description: text(r, ctx, shortVerb("alt2"), `Hver virksomhet anskaffer eller bygger sin egen løsning.`), chosen: false, cost_mnok: Math.round(cost * 1.6), benefit_mnok: Math.round(cost * 1.2) },
    ],
    legal_changes_needed: opt(r) ? [] : undefined,
  };
  if (gi <= 1) delete d.needs.alternatives; // konseptvalg comes from konsept on

  // Stakeholders.
  r = base.sub("stakeholders");
  const nStake = Math.round(10 + 50 * jitter("stakeholders", 0.25));
  const pool = stakeholderPool(r.sub("pool"), project);
  const chosen = [pool[0], ...r.sub("stk").sample(pool.slice(1), nStake - 1)];
  const stakeholders = chosen.map((s, i) => {
    const sr = r.sub(`stk:${i}`);
    const importance = i < 4 || sr.chance(0.45) ? "høy" : "lav";
    const replaceability = importance === "høy" && (i < 4 || sr.chance(0.6)) ? "lav" : "høy";
    const strategy = importance === "høy" ? sr.weighted([["samarbeid", 6], ["fasilitering", 2], ["unngå", 1], ["gå-alene", 1]]) : sr.pick(["samarbeid", "fasilitering"]);
    const agreement = importance === "høy" ? sr.pick(["samarbeidsavtale", "kontrakt"]) : sr.pick(["ingen", "intensjonsavtale", "samarbeidsavtale"]);
    const key = importance === "høy" && (gi >= 3 || opt(sr));
    const st = {
      id: undefined,
      name: s.name,
      level: s.level,
      importance,
      replaceability,
      strategy: gi >= 2 || opt(sr) ? strategy : undefined,
      decision_maker: opt(sr) ? importance === "høy" && sr.chance(0.4) : undefined,
      benefits: opt(sr) ? text(sr, ctx, shortVerb(`sb${i}`), `${cap(sr.pick(BENEFIT_PHRASES))}.`) : undefined,
      involvement: key || opt(sr) ? text(sr, ctx, compact ? 1 : shortVerb(`si${i}`), `${sr.pick(["Månedlige møter", "Deltar i brukergruppen", "Nyhetsbrev og informasjonsmøter", "Plass i referansegruppen", "Workshop før hver pulje"])} ${sr.pick(MODIFIERS)}.`) : undefined,
      agreement: opt(sr) ? agreement : undefined,
      responsibility: (strategy === "samarbeid" || agreement !== "ingen") && opt(sr) ? text(sr, ctx, shortVerb(`sr${i}`), `Svarer for ${sr.pick(OBJECTS)} og kan forvente ${sr.pick(["stabile grensesnitt", "opplæring", "finansiering av innføringen", "jevnlig informasjon"])}.`) : undefined,
      shared_problem_understanding: opt(sr) ? true : undefined,
    };
    return compact ? flow(st) : st;
  });
  uniqueIds(stakeholders, (s) => kebab(s.name));
  d.stakeholders = stakeholders;
  const municipalIds = stakeholders.filter((s) => s.level === "kommune" || s.level === "interkommunalt" || s.level === "fylkeskommune").map((s) => s.id);
  const publicStake = stakeholders.filter((s) => s.level !== "privat" && s.level !== "frivillig");

  // Municipal.
  r = base.sub("municipal");
  if (municipalIds.length > 0 || level !== "stat") {
    const total = level === "fylkeskommune" ? r.int(10, 40) : level === "interkommunalt" ? r.int(4, 20) : 357;
    const committed = r.int(Math.ceil(total * 0.3), total);
    d.municipal = dependsOnMunicipal
      ? {
          depends_on_municipal_decisions: true,
          municipalities_total: total,
          municipalities_committed: committed,
          committed_target: Math.min(total, Math.max(1, committed - r.int(0, 5))),
          decision_structures: [
            { model: "egen-kommune", decision_makers: flowIf(compact, ["kommunalsjef", "IT-leder"]), mapped: true },
            { model: "interkommunalt-it-selskap", decision_makers: flowIf(compact, ["kommunedirektør i hver eierkommune"]), mapped: true },
            ...(r.chance(0.5) ? [{ model: "interkommunalt-samarbeid", decision_makers: flowIf(compact, ["kommunedirektør i vertskommunen"]), mapped: true }] : []),
          ],
          ks_role: text(r, ctx, shortVerb("ks"), "KS koordinerer innføringen gjennom Diginettverkene."),
          networks: opt(r) ? flowIf(compact, ["Diginettverkene", r.pick(["KS' fagnettverk", "Samstyringsorganet", "KommIT-rådet"])]) : undefined,
          rollout_plan: text(r, ctx, verb("mrollout"), `${r.int(3, 12)} pilotkommuner først, deretter innføring i ${r.int(3, 8)} puljer.`),
          municipal_benefits: text(r, ctx, shortVerb("mb"), `Kommunene får kortere saksbehandlingstid og slipper egen anskaffelse.`),
        }
      : { depends_on_municipal_decisions: false };
  }

  // Benefits.
  r = base.sub("benefits");
  const nBen = Math.round(3 + 22 * jitter("benefits", 0.3));
  const recipients = publicStake.length > 0 ? publicStake : stakeholders;
  d.benefits = Array.from({ length: nBen }, (_, i) => {
    const br = r.sub(`ben:${i}`);
    const rec = br.pick(recipients);
    const type = br.pick(["kvalitativ", "kvantitativ", "økonomisk"]);
    return {
      id: `b${i + 1}`,
      description: cap(`${br.pick(BENEFIT_PHRASES)} ${br.pick(["i kommunene", "for brukerne", "i linjen", "i fagavdelingen", `hos ${rec.name}`])}`),
      type,
      owner: flowIf(compact, { name: otherThan(person(br), pmName, br), role: opt(br) ? br.pick(ROLES_LEAD) : undefined, organisation: gi >= 3 || opt(br) ? rec.name : undefined, in_line: true }),
      recipient: rec.id,
      indicator: br.pick(INDICATORS),
      baseline: gi < 3 && !opt(br) ? undefined : `${br.int(3, 90)} ${br.pick(["dager", "prosent", "årsverk", "timer per sak"])} (${br.int(2022, 2025)})`,
      target: `${br.int(1, 60)} ${br.pick(["dager", "prosent", "årsverk", "timer per sak"])}`,
      realisation_date: opt(br) ? date(br, 2026, 2030) : undefined,
      measured_by: opt(br) && !compact ? text(br, ctx, 1, `${br.pick(["Halvårlig", "Årlig", "Kvartalsvis"])} ${br.pick(["rapport fra løsningen", "tidsstudie", "uttrekk fra fagsystemet", "brukerundersøkelse"])}.`) : undefined,
      confirmed_on: opt(br) ? date(br, 2024, 2026) : undefined,
    };
  });
  d.benefits_plan =
    gi >= 3 || opt(r)
      ? {
          realisation_plan: text(r, ctx, verb("rp"), `Plan for nyttestyring med gevinstkart og målepunkter for hver pulje.`),
          updated: gi >= 4 || opt(r) ? date(r, 2025, 2026) : undefined,
          follow_up_after_project: text(r, ctx, shortVerb("fu2"), `${receiving} følger opp nyttevirkningene i virksomhetsstyringen.`),
          early_benefits: opt(r) ? text(r, ctx, shortVerb("eb"), `Pilotene har gitt kortere saksbehandlingstid allerede.`) : undefined,
          reviews: gi >= 5 || opt(r) ? `${r.pick(["Årlig", "Halvårlig"])} gevinstgjennomgang i ledergruppen i ${r.int(2027, 2028)}, ${r.int(2029, 2030)} og ${r.int(2031, 2032)}.` : undefined,
        }
      : undefined;

  // Uncertainty.
  r = base.sub("uncertainty");
  const nRisk = Math.round(5 + 25 * jitter("risks", 0.3));
  d.uncertainty = Array.from({ length: nRisk }, (_, i) => {
    const rr = r.sub(`risk:${i}`);
    const desc = i === 0
      ? `Finansieringen av innføringen hos ${rr.pick(["kommunene", "fylkeskommunene", "samarbeidspartene"])} blir ikke videreført.`
      : cap(`${rr.pick(["forsinkelser i", "mangelfull kvalitet i", "uklart ansvar for", "økte kostnader til", "lav oppslutning om"])} ${rr.pick(OBJECTS)} ${rr.pick(MODIFIERS)}.`);
    const rk = { id: `r${i + 1}`, description: desc, probability: rr.pick(["lav", "middels", "høy"]), consequence: rr.pick(["lav", "middels", "høy"]), owner: gi >= 3 || opt(rr) ? rr.pick(people) : undefined, mitigation: opt(rr) ? text(rr, ctx, 1, `${rr.pick(["Tett oppfølging", "Fast leverandørforum", "Reserveløsning", "Tidlig dialog", "Ekstra opplæring"])} ${rr.pick(MODIFIERS)}.`) : undefined };
    return compact ? flow(rk) : rk;
  });

  // Instruments.
  r = base.sub("instruments");
  const components = r.sample(COMMON_COMPONENTS, 2 + Math.floor(jitter("cc", 0.6) * 8));
  const deviations = r.chance(0.4) && opt(r)
    ? [{ principle: r.pick(["P4", "P5", "P6"]), description: text(r, ctx, 1, `Løsningen bruker en egen integrasjon i stedet for ${r.pick(["Fiks IO", "eFormidling", "Maskinporten"])}.`), justification: text(r, ctx, shortVerb("just"), "Felleskomponenten manglet nødvendig funksjonalitet da løsningen ble spesifisert."), reported_to: "Digdir" }]
    : undefined;
  d.instruments = gi < 2 && !opt(r) ? undefined : {
    legal: { assessed: true, choice: r.pick(["ingen", "veiledning", "normering"]), rationale: opt(r) ? text(r, ctx, shortVerb("lr"), "Veiledning prøves først; normering vurderes når løsningen er prøvd ut.") : undefined, timing: opt(r) ? text(r, ctx, 1, `Ny vurdering i ${r.int(2026, 2028)}.`) : undefined },
    market: { assessed: true, vendors: flowIf(compact, r.sample(VENDORS, r.int(1, 4))), dialogue: text(r, ctx, shortVerb("md"), "Leverandørforum og markedsdialog med råd fra LUP."), strategy: gi >= 3 || opt(r) ? text(r, ctx, shortVerb("ms"), `${r.pick(["Åpen anbudskonkurranse", "Konkurranse med forhandling", "Avrop på rammeavtale", "Innovasjonspartnerskap"])} med vekt på kvalitet og gjenbruk.`) : undefined },
    architecture: { assessed: true, principles_assessed: true, common_components: flowIf(compact || r.chance(0.5), components), deviations },
    financing: { assessed: true, sources: flowIf(true, level === "stat" ? r.sample(["statsbudsjett", "medfinansiering", "tildelingsbrev"], r.int(1, 2)) : r.sample(["egen-kommune", "tilskudd", "spleiselag", "digifin"], r.int(1, 2))), implementation_funding: text(r, ctx, shortVerb("if"), `Innføringstilskudd på inntil ${r.int(50, 300)} 000 kroner per virksomhet.`) },
    social_norms: opt(r) ? { assessed: r.chance(0.5) } : undefined,
  };

  // Change.
  r = base.sub("change");
  d.change = gi < 3 && !opt(r) ? undefined : {
    employee_involvement: text(r, ctx, verb("ei"), `De ansatte har utformet de nye rutinene sammen med prosjektet.`),
    communication_plan: text(r, ctx, shortVerb("cp"), `Nyhetsbrev, intranett og informasjonsmøter før hver pulje.`),
    union_representatives_involved: true,
    change_agents: opt(r) ? `Superbrukere i hver ${r.pick(["enhet", "kommune", "avdeling"])}.` : undefined,
    training_plan: text(r, ctx, shortVerb("tp"), `E-læring, webinarer og ${r.pick(CHANGE_WORDS)} før hver pulje.`),
    process_changes: text(r, ctx, verb("pc"), `Manuell innhenting av dokumentasjon erstattes av automatisk innhenting.`),
    capacity_cost: opt(r) ? `Om lag ${r.int(10, 80)} timer per ${r.pick(["enhet", "kommune", "ansatt"])} til opplæring og omlegging.` : undefined,
    rollout_plan: d.municipal?.depends_on_municipal_decisions ? undefined : text(r, ctx, shortVerb("cr"), `Pilot i ${r.int(1, 3)} enheter, deretter innføring i ${r.int(2, 6)} bølger.`),
    status: gi >= 4 ? "gjennomført" : gi === 3 ? "planlagt" : undefined,
  };

  r = base.sub("security");
  d.security = gi <= 2 ? { dpia: r.pick(["done", "planned"]), risk_assessment: r.pick(["done", "planned"]) } : { dpia: "done", risk_assessment: "done" };

  r = base.sub("closure");
  if (gi >= 4) {
    d.closure = {
      final_report: gi >= 5 ? "done" : "planned",
      lessons_learned: gi >= 5 ? text(r, ctx, verb("ll"), "Tidlig involvering av linjen var avgjørende.") : undefined,
      open_work_transferred: text(r, ctx, shortVerb("ow"), `Utestående innføring overføres til ${receiving}.`),
      contracts_closed: gi >= 5 ? true : undefined,
      stakeholders_informed: gi >= 5 ? true : undefined,
    };
  }

  r = base.sub("extensions");
  if (r.chance(0.05)) d.x_portefolje = { kategori: r.pick(["A", "B", "C"]), sist_gjennomgått: date(r, 2025, 2026) };
  const gaps = gapped ? plantGaps(base.sub("gaps"), d, gi, ctx) : [];
  return { text: emitDossier(d, topic, gapped), meta: { gate, gapped, gaps } };
}

function flowIf(cond, x) {
  return cond ? flow(x) : x;
}

// ---------------------------------------------------------------------------------------------
// Gaps: each says from which gate it is an *error* (Infinity: never more than a warning there).

const GAPS = [
  { id: "unknown-recipient", errorFrom: 1, apply: (r, d) => { const b = r.pick(d.benefits); b.recipient = `${b.recipient}-${r.pick(["avd", "enhet", "gml"])}`; } },
  { id: "owner-missing", errorFrom: 1, apply: (r, d) => { delete d.governance.owner; } },
  { id: "problem-placeholder", errorFrom: 1, apply: (r, d) => { d.needs.problem_statement = r.pick(["TBD", "uavklart", "?", "Mangler"]); } },
  { id: "users-missing", errorFrom: 1, apply: (r, d) => { d.needs.users = []; } },
  { id: "duplicate-stakeholder-id", errorFrom: 1, apply: (r, d) => { const s = d.stakeholders; s[s.length - 1].id = s[0].id; } },
  { id: "benefit-owner-missing", errorFrom: 2, apply: (r, d) => { delete r.pick(d.benefits).owner; } },
  { id: "no-chosen-alternative", errorFrom: 2, apply: (r, d) => { if (d.needs.alternatives) for (const a of d.needs.alternatives) a.chosen = false; } },
  { id: "deviation-unjustified", errorFrom: 2, needs: (d) => !!d.instruments, apply: (r, d) => { const a = d.instruments.architecture; a.deviations = [{ principle: "P5", description: "Egen innloggingsløsning i stedet for ID-porten.", justification: "TBD" }]; } },
  { id: "benefit-owner-not-in-line", errorFrom: 3, apply: (r, d) => { const b = r.pick(d.benefits); if (b.owner) { b.owner.in_line = false; } } },
  { id: "benefit-owner-is-pm", errorFrom: 3, apply: (r, d) => { const b = r.pick(d.benefits); b.owner = { name: d.governance.project_manager.name, role: "prosjektleder", organisation: d.project.organisation, in_line: false }; } },
  { id: "mandate-placeholder", errorFrom: 3, apply: (r, d) => { d.governance.mandate = r.pick(["TBD", "TBA", "ikke avklart"]); } },
  { id: "dpia-missing", errorFrom: 3, apply: (r, d) => { if (r.chance(0.5)) delete d.security.dpia; else d.security.dpia = "missing"; } },
  { id: "realisation-plan-missing", errorFrom: 3, needs: (d) => !!d.benefits_plan, apply: (r, d) => { d.benefits_plan.realisation_plan = r.pick(["ikke avklart", "-", "TBD"]); } },
  { id: "key-actor-without-involvement", errorFrom: 3, apply: (r, d) => { const s = d.stakeholders.find((x) => x.importance === "høy" && x.replaceability === "lav"); if (s) delete s.involvement; } },
  { id: "goal-without-target", errorFrom: 3, apply: (r, d) => { delete r.pick(d.needs.goals).target; } },
  { id: "benefit-not-measurable", errorFrom: 3, apply: (r, d) => { const b = r.pick(d.benefits); delete b.indicator; delete b.target; } },
  { id: "decision-structures-unmapped", errorFrom: 4, needs: (d) => d.municipal?.depends_on_municipal_decisions === true, apply: (r, d) => { for (const s of d.municipal.decision_structures.slice(1)) s.mapped = false; } },
  { id: "training-missing", errorFrom: 4, needs: (d) => !!d.change, apply: (r, d) => { delete d.change.training_plan; } },
  { id: "handover-missing", errorFrom: 4, needs: (d) => !!d.governance.handover, apply: (r, d) => { delete d.governance.handover.receiving_unit; } },
  // Warnings only (at least up to the gate where they could be errors, they add noise):
  { id: "high-risk-unowned", errorFrom: Infinity, apply: (r, d) => { const x = d.uncertainty.find((k) => k.probability === "høy") ?? d.uncertainty[0]; x.probability = "høy"; delete x.owner; delete x.mitigation; } },
  { id: "escalation-placeholder", errorFrom: Infinity, apply: (r, d) => { d.governance.escalation = "TBD"; } },
  { id: "strategy-unknown", errorFrom: Infinity, apply: (r, d) => { for (const s of d.stakeholders.filter((x) => x.importance === "høy").slice(2, 4)) s.strategy = "ukjent"; } },
  { id: "communication-plan-missing", errorFrom: Infinity, needs: (d) => !!d.change, apply: (r, d) => { delete d.change.communication_plan; } },
  { id: "benefit-unconfirmed", errorFrom: Infinity, apply: (r, d) => { for (const b of d.benefits) if (r.chance(0.5)) delete b.confirmed_on; } },
  { id: "steering-member-without-authority", errorFrom: Infinity, apply: (r, d) => { d.governance.steering_group[d.governance.steering_group.length - 1].decision_authority = false; } },
  { id: "team-role-unassigned", errorFrom: Infinity, needs: (d) => !!d.governance.team, apply: (r, d) => { delete r.pick(d.governance.team).name; } },
];

function plantGaps(r, d, gi, ctx) {
  const usable = GAPS.filter((g) => !g.needs || g.needs(d));
  const errorGaps = usable.filter((g) => g.errorFrom <= gi);
  const first = r.pick(errorGaps);
  const extras = r.sample(usable.filter((g) => g !== first), r.int(0, 3));
  const planted = [first, ...extras];
  // The guaranteed error goes last, so that no extra gap undoes it (an owner put back, …).
  for (const g of [...extras, first]) g.apply(r, d, ctx);
  // A project office's habit: a waiver for the unmapped structures, with a reason.
  if (planted.some((g) => g.id === "decision-structures-unmapped") && r.chance(0.3) && planted[0].id !== "decision-structures-unmapped") {
    d.waivers = [{ rule: "municipal/decision-structures-unmapped", path: "/municipal", reason: "Kartlegges i regi av KS og Diginettverkene innen neste styringsgruppemøte.", until: "2031-03-31" }];
  }
  return planted.map((g) => g.id);
}

// ---------------------------------------------------------------------------------------------
// YAML writer: block mappings and sequences, folded scalars for long text, flow where marked.

const PLAIN = /^[A-Za-zÆØÅæøåÉéÜü][^:#,[\]{}\n"'|>&*!%@`]*$/u;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;

function scalar(v) {
  if (v === null) return "null";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (PLAIN.test(v) && !RESERVED.test(v) && !/\s$/.test(v)) return v;
  return JSON.stringify(v);
}

function folded(s, indent) {
  const width = 92 - indent.length;
  const words = s.split(" ");
  const lines = [];
  let line = "";
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${indent}${l}`).join("\n");
}

function flowText(v) {
  if (Array.isArray(v)) return `[${v.map(flowText).join(", ")}]`;
  if (v && typeof v === "object") {
    const parts = Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => `${k}: ${flowText(x)}`);
    return `{ ${parts.join(", ")} }`;
  }
  return scalar(v);
}

function isObj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function emitMap(obj, indent, out) {
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    emitEntry(k, v, indent, out);
  }
}

function emitEntry(k, v, indent, out) {
  const pad = " ".repeat(indent);
  if (v === null) out.push(`${pad}${k}:`);
  else if (typeof v === "string" && v.length > 72 && !PLAIN_SHORT_ONLY.has(k)) out.push(`${pad}${k}: >-`, folded(v, " ".repeat(indent + 2)));
  else if (!isObj(v) && !Array.isArray(v)) out.push(`${pad}${k}: ${scalar(v)}`);
  else if (FLOW.has(v) || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0)) out.push(`${pad}${k}: ${flowText(v)}`);
  else if (Array.isArray(v)) {
    out.push(`${pad}${k}:`);
    for (const item of v) emitItem(item, indent + 2, out);
  } else {
    out.push(`${pad}${k}:`);
    emitMap(v, indent + 2, out);
  }
}

const PLAIN_SHORT_ONLY = new Set(["id", "rule", "path"]);

function emitItem(item, indent, out) {
  const pad = " ".repeat(indent);
  if (isObj(item) && !FLOW.has(item)) {
    const sub = [];
    emitMap(item, indent + 2, sub);
    // "- " takes the place of the first key's indentation.
    sub[0] = `${pad}- ${sub[0].slice(indent + 2)}`;
    out.push(...sub);
  } else if (typeof item === "string" && item.length > 72) out.push(`${pad}- >-`, folded(item, " ".repeat(indent + 2)));
  else out.push(`${pad}- ${isObj(item) || Array.isArray(item) ? flowText(item) : scalar(item)}`);
}

const SECTION_COMMENTS = {
  governance: "organisering og styring",
  needs: "behov, mål og løsning",
  stakeholders: "interessenter og nettverk",
  benefits: "nyttevirkninger (gevinster)",
  uncertainty: "usikkerhetsregister",
  instruments: "virkemidler",
  change: "omstilling og endringsledelse",
};

function emitDossier(d, topic, gapped) {
  const out = [
    "# yaml-language-server: $schema=../../../schemas/dossier.v1.schema.json",
    `# Generert testdossier (portvokter bench, generator v${GENERATOR_VERSION}): ${topic.name.toLocaleLowerCase("nb")}${gapped ? ", med mangler" : ""}.`,
  ];
  for (const [k, v] of Object.entries(d)) {
    if (v === undefined) continue;
    if (k !== "version") out.push("");
    if (SECTION_COMMENTS[k] && !FLOW.has(v)) out.push(`# ${cap(SECTION_COMMENTS[k])}`);
    emitEntry(k, v, 0, out);
  }
  return out.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------
// Size control: bisect `scale` until the file is within a few per cent of the target size.

export function dossierForTarget(seed, targetBytes, forceGapped) {
  let lo = 0;
  let hi = 1;
  let best = null;
  for (let iter = 0; iter < 9; iter++) {
    const scale = iter === 0 ? estimateScale(targetBytes) : (lo + hi) / 2;
    const res = buildDossier(seed, scale, { target: targetBytes, forceGapped });
    const size = Buffer.byteLength(res.text);
    if (!best || Math.abs(size - targetBytes) < Math.abs(best.size - targetBytes)) best = { ...res, size, scale };
    if (Math.abs(size - targetBytes) / targetBytes < 0.04) break;
    if (size < targetBytes) lo = scale;
    else hi = scale;
  }
  return best;
}

function estimateScale(target) {
  return Math.max(0, Math.min(1, (target - 4500) / 40000));
}

/** The target size of file #i of a series: fixed, or log-uniform between min and max. */
function targetSize(spec, seed) {
  if (spec.fixed) return spec.fixed;
  const u = new Rng(`${seed}/size`).float();
  return Math.round(spec.min * Math.pow(spec.max / spec.min, u));
}

export function seriesFile(series, index, spec, seedBase = DEFAULT_SEED) {
  const seed = `${seedBase}/${series}/${index}`;
  const forceGapped = series === "single" ? true : undefined;
  const res = dossierForTarget(seed, targetSize(spec, seed), forceGapped);
  const pid = /\n {2}id: (\S+)/.exec(res.text)?.[1] ?? "prosjekt";
  const name = `${String(index + 1).padStart(5, "0")}-${pid.slice(0, 48)}.dossier.yaml`;
  return { name, ...res };
}

// ---------------------------------------------------------------------------------------------
// Corpora on disk.

function sourceHash() {
  return createHash("sha256").update(readFileSync(fileURLToPath(import.meta.url))).digest("hex").slice(0, 16);
}

function readManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, "utf8"));
  } catch {
    return { corpora: {} };
  }
}

function expectedEntry(name, seed) {
  const spec = CORPORA[name];
  return { generator_version: GENERATOR_VERSION, source_sha: sourceHash(), seed, count: spec.count, series: spec.series, size: spec.size };
}

function sameEntry(a, b) {
  if (!a) return false;
  for (const key of ["generator_version", "source_sha", "seed", "count", "series"]) if (a[key] !== b[key]) return false;
  return JSON.stringify(a.size) === JSON.stringify(b.size);
}

/** Writes the named corpora that are missing or stale; returns { name: { dir, written, ... } }. */
export function ensureCorpora({ names = Object.keys(CORPORA), seed = DEFAULT_SEED, force = false, log = (s) => process.stderr.write(s + "\n") } = {}) {
  mkdirSync(CORPUS_ROOT, { recursive: true });
  const manifest = readManifest();
  const status = {};
  for (const name of names) {
    const spec = CORPORA[name];
    if (!spec) throw new Error(`unknown corpus ${name}; known: ${Object.keys(CORPORA).join(", ")}`);
    const dir = join(CORPUS_ROOT, name);
    const want = expectedEntry(name, seed);
    if (!force && existsSync(dir) && sameEntry(manifest.corpora[name], want)) {
      status[name] = { dir, written: false, ...manifest.corpora[name] };
      continue;
    }
    const t0 = performance.now();
    const tmp = join(CORPUS_ROOT, `.tmp-${name}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    let bytes = 0;
    let gapped = 0;
    let minSize = Infinity;
    let maxSize = 0;
    const gates = {};
    for (let i = 0; i < spec.count; i++) {
      const f = seriesFile(spec.series, i, spec.size, seed);
      writeFileSync(join(tmp, f.name), f.text);
      bytes += f.size;
      minSize = Math.min(minSize, f.size);
      maxSize = Math.max(maxSize, f.size);
      if (f.meta.gapped) gapped++;
      gates[f.meta.gate] = (gates[f.meta.gate] ?? 0) + 1;
      if (spec.count >= 1000 && (i + 1) % 2000 === 0) log(`  ${name}: ${i + 1}/${spec.count}`);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    const entry = { ...want, files: spec.count, bytes, min_size: minSize, max_size: maxSize, gapped, gates, generated_at: new Date().toISOString() };
    manifest.corpora[name] = entry;
    writeFileSync(MANIFEST, JSON.stringify(manifest, null, 2) + "\n");
    log(`generated ${name}: ${spec.count} files, ${(bytes / 1048576).toFixed(1)} MB, ${gapped} with gaps, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    status[name] = { dir, written: true, ...entry };
  }
  return status;
}

// ---------------------------------------------------------------------------------------------
// CLI.

async function main(argv) {
  const args = { force: false, only: [], stats: false, sample: undefined, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--force") args.force = true;
    else if (a === "--only") args.only.push(...argv[++i].split(","));
    else if (a === "--stats") args.stats = true;
    else if (a === "--sample") args.sample = Number(argv[++i]);
    else if (a === "--seed") args.seed = Number(argv[++i]);
    else if (a === "--help" || a === "-h") {
      process.stdout.write(headerComment(readFileSync(fileURLToPath(import.meta.url), "utf8")) + "\n");
      return;
    } else throw new Error(`unknown argument ${a}`);
  }
  if (args.sample !== undefined) {
    const f = seriesFile("mixed", args.sample, CORPORA.n1000.size, args.seed);
    process.stdout.write(f.text);
    process.stderr.write(`# ${f.name}: ${f.size} bytes, gate ${f.meta.gate}, gaps: ${f.meta.gaps.join(", ") || "none"}\n`);
    return;
  }
  const status = ensureCorpora({ names: args.only.length ? args.only : undefined, seed: args.seed, force: args.force });
  if (args.stats) {
    for (const [name, s] of Object.entries(status)) {
      process.stdout.write(
        `${name.padEnd(7)} ${String(s.files).padStart(6)} files  ${(s.bytes / 1048576).toFixed(1).padStart(6)} MB  avg ${(s.bytes / s.files / 1024).toFixed(1)} KB  [${(s.min_size / 1024).toFixed(1)}–${(s.max_size / 1024).toFixed(1)} KB]  gaps ${((100 * s.gapped) / s.files).toFixed(0)} %  gates ${JSON.stringify(s.gates)}\n`,
      );
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err) => {
    process.stderr.write(`generate: ${err.message}\n`);
    process.exitCode = 2;
  });
}

/** The comment block at the top of this file (after the shebang), as help text. */
function headerComment(source) {
  const lines = source.split("\n").slice(1);
  const end = lines.findIndex((l) => !l.startsWith("//"));
  return lines.slice(0, end === -1 ? lines.length : end).map((l) => l.replace(/^\/\/ ?/, "")).join("\n");
}
