// Shared notions of the rule catalogue ("missing", "key actor", "multi-level", "belongs to", …),
// defined once here so that every rule means the same thing by them.
import type { Dossier, Person, Stakeholder } from "../src/dossier.js";
import type { Gate } from "../src/types.js";
import { gateIndex } from "../src/types.js";
import { displayPath } from "../src/util/pointer.js";
import { ptr } from "../src/util/pointer.js";
export { ptr };

const PLACEHOLDERS = new Set(["tbd", "tba", "?", "-", "ikke avklart", "uavklart", "mangler"]);
const PLACEHOLDER_LENGTHS = new Set([...PLACEHOLDERS].map((p) => p.length));

/** A string whose whole value (trimmed, any case) is a placeholder such as TBD, "?" or «mangler». */
export function isPlaceholder(value: unknown): boolean {
  if (typeof value !== "string") return false;
  // Called for nearly every string of a dossier: only lower-case what could be a placeholder.
  const trimmed = value.trim();
  return PLACEHOLDER_LENGTHS.has(trimmed.length) && PLACEHOLDERS.has(trimmed.toLowerCase());
}

/** Absent, null, "", [], {}, or a placeholder string: not an answer. */
export function isMissing(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "" || isPlaceholder(value);
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object") return Object.keys(value).length === 0;
  return false;
}

export function isPresent(value: unknown): boolean {
  return !isMissing(value);
}

/** Only a literal `true` counts ("not true" in the catalogue covers false, null and absent). */
export function isTrue(value: unknown): boolean {
  return value === true;
}

/** Items of a list with their index, for pointing at the offending item; non-lists give none. */
export function items<T>(list: T[] | null | undefined): Array<{ item: T; index: number }> {
  if (!Array.isArray(list)) return [];
  const out: Array<{ item: T; index: number }> = [];
  list.forEach((item, index) => {
    if (item !== null && typeof item === "object") out.push({ item, index });
  });
  return out;
}

// Characters that change a name without changing how it looks: zero-width space, non-joiner and
// joiner, word joiner, zero-width no-break space (BOM) and soft hyphen. «Nav\u200b» is «Nav».
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * A name as every rule compares it: invisible characters removed, trimmed, lower-cased (nb, so
 * the same under any process locale), and NFC, which the loader already applied.
 */
export function nameKey(value: string): string {
  return value.replace(INVISIBLE, "").trim().toLocaleLowerCase("nb");
}

/** Names compare as nameKey() gives them; an empty name equals nothing. */
export function sameText(a: unknown, b: unknown): boolean {
  if (typeof a !== "string" || typeof b !== "string") return false;
  const key = nameKey(a);
  return key !== "" && key === nameKey(b);
}

/** Case-insensitive substring test («departement», «finansier»), on nameKey()s. */
export function containsText(haystack: unknown, needle: string): boolean {
  return typeof haystack === "string" && nameKey(haystack).includes(nameKey(needle));
}

/** A label for an item in messages: its id, else its name, else its 1-based position. */
export function label(item: { id?: unknown; name?: unknown } | null | undefined, index: number): string {
  if (item && typeof item.id === "string" && item.id.trim() !== "") return item.id;
  if (item && typeof item.name === "string" && item.name.trim() !== "") return item.name;
  return `#${index + 1}`;
}

export const PUBLIC_LEVELS = new Set(["stat", "fylkeskommune", "kommune", "interkommunalt"]);
export const MUNICIPAL_LEVELS = new Set(["kommune", "fylkeskommune", "interkommunalt"]);

export function isPublicLevel(level: unknown): boolean {
  return typeof level === "string" && PUBLIC_LEVELS.has(level);
}

/** Stakeholder at `kommune`, `fylkeskommune` or `interkommunalt` level. */
export function isMunicipalStakeholder(s: Stakeholder): boolean {
  return typeof s.level === "string" && MUNICIPAL_LEVELS.has(s.level);
}

/** importance: høy */
export function isImportant(s: Stakeholder): boolean {
  return s.importance === "høy";
}

/**
 * An assessment's status (security.dpia, security.risk_assessment) in its Norwegian form: the
 * schema's canonical values are Norwegian, and the older English ones are accepted aliases.
 */
export type AssessmentStatus = "gjennomført" | "planlagt" | "ikke-nødvendig" | "mangler";
const ASSESSMENT_ALIASES: Record<string, AssessmentStatus> = {
  done: "gjennomført",
  planned: "planlagt",
  "not-needed": "ikke-nødvendig",
  missing: "mangler",
};

export function assessmentStatus(value: unknown): AssessmentStatus | undefined {
  if (typeof value !== "string") return undefined;
  if (value === "gjennomført" || value === "planlagt" || value === "ikke-nødvendig" || value === "mangler") return value;
  return ASSESSMENT_ALIASES[value];
}

/**
 * importance: høy and replaceability: lav — the group that must be tied to the project. middels
 * is neither høy nor lav: such an actor is no key actor.
 */
export function isKeyActor(s: Stakeholder): boolean {
  return s.importance === "høy" && s.replaceability === "lav";
}

/** Citizens or users as a group (level innbyggere, brukere): involved, but not partners to sign agreements with or seat in the steering group. */
export const CITIZEN_LEVELS = new Set(["innbyggere", "brukere"]);

export function isCitizenGroup(s: Stakeholder): boolean {
  return typeof s.level === "string" && CITIZEN_LEVELS.has(s.level);
}

/**
 * A kommune or interkommunalt project that lists another kommune as a decision maker: its
 * benefits also wait for decisions by autonomous kommuner, whatever depends_on_municipal_decisions
 * says. Another kommune: a decision maker at level kommune that is not the project's organisation
 * and, for a kommune project, whose name or id says so ("Oslo kommune", "kommunene"); a kommune's
 * own units (Hjemmetjenesten) are listed at level kommune too, and are not other kommuner.
 */
export function otherMunicipalitiesDecide(d: Dossier): boolean {
  const level = d.project.level;
  if (level !== "kommune" && level !== "interkommunalt") return false;
  return stakeholders(d).some(
    ({ item }) =>
      item.level === "kommune" &&
      isTrue(item.decision_maker) &&
      !sameText(item.name, d.project.organisation) &&
      (level === "interkommunalt" || /kommun/i.test(`${item.name ?? ""} ${item.id ?? ""}`)),
  );
}

/** The project needs decisions by kommuner: said so in `municipal`, or other kommuner are listed as decision makers. */
export function dependsOnMunicipalities(d: Dossier): boolean {
  return d.municipal?.depends_on_municipal_decisions === true || otherMunicipalitiesDecide(d);
}

/**
 * KS has a role where the project spans levels of government: a national (stat) project, or
 * stakeholders at a public level other than the project's. Kommuner working with kommuner do
 * not need KS to speak for them.
 */
export function ksHasRole(d: Dossier): boolean {
  if (d.project.level === "stat") return true;
  return stakeholders(d).some(({ item }) => isPublicLevel(item.level) && item.level !== d.project.level);
}

/**
 * Multi-level: a stakeholder at a public level different from the project's, or a project
 * that depends on municipal decisions. Vendors and voluntary groups do not count.
 */
export function isMultiLevel(d: Dossier): boolean {
  if (dependsOnMunicipalities(d)) return true;
  return stakeholders(d).some(({ item }) => isPublicLevel(item.level) && item.level !== d.project.level);
}

export function stakeholders(d: Dossier): Array<{ item: Stakeholder; index: number }> {
  return items(d.stakeholders);
}

/** Stakeholders by `id` (first wins; duplicate ids are dossier/duplicate-id's business). */
export function stakeholderIndex(d: Dossier): Map<string, Stakeholder> {
  const map = new Map<string, Stakeholder>();
  for (const { item } of stakeholders(d)) {
    if (typeof item.id === "string" && !map.has(item.id)) map.set(item.id, item);
  }
  return map;
}

/** Every person in the dossier that may name a stakeholder, with the path to it. */
export function peopleOf(d: Dossier): Array<{ person: Person & { stakeholder?: unknown }; at: Array<string | number> }> {
  const out: Array<{ person: Person & { stakeholder?: unknown }; at: Array<string | number> }> = [];
  const add = (person: unknown, at: Array<string | number>) => {
    if (person && typeof person === "object" && !Array.isArray(person)) out.push({ person: person as Person, at });
  };
  const g = d.governance;
  add(g?.owner, ["governance", "owner"]);
  add(g?.project_manager, ["governance", "project_manager"]);
  for (const { item, index } of items(g?.steering_group)) add(item, ["governance", "steering_group", index]);
  for (const { item, index } of items(g?.team)) add(item, ["governance", "team", index]);
  add(g?.handover?.system_owner, ["governance", "handover", "system_owner"]);
  add(g?.handover?.process_owner, ["governance", "handover", "process_owner"]);
  for (const { item, index } of items(d.benefits)) add(item?.owner, ["benefits", index, "owner"]);
  return out;
}

/** The stakeholder id a person names (`stakeholder: <id>`), if any. */
export function stakeholderRef(person: { stakeholder?: unknown } | null | undefined): string | undefined {
  const ref = person?.stakeholder;
  return typeof ref === "string" && ref.trim() !== "" ? ref : undefined;
}

/**
 * A person belongs to a stakeholder when their `stakeholder` is its id; when they name none,
 * when their `organisation` equals its `name` or `id` (case-insensitive), the fallback.
 */
export function belongsTo(person: Person | null | undefined, s: Stakeholder): boolean {
  if (!person) return false;
  const ref = stakeholderRef(person);
  if (ref !== undefined) return typeof s.id === "string" && ref === s.id;
  return sameText(person.organisation, s.name) || sameText(person.organisation, s.id);
}

/** True when the person object is missing or has no `name`. */
export function personMissing(person: Person | null | undefined): boolean {
  return isMissing(person) || isMissing(person?.name);
}

/** The gate checked is `gate` or later. */
export function atOrAfter(current: Gate, gate: Gate): boolean {
  return gateIndex(current) >= gateIndex(gate);
}

/** Days from date a to date b (YYYY-MM-DD, calendar days, b − a); NaN when either is not a date. */
export function daysBetween(a: unknown, b: unknown): number {
  if (typeof a !== "string" || typeof b !== "string") return NaN;
  const ta = Date.parse(a + "T00:00:00Z");
  const tb = Date.parse(b + "T00:00:00Z");
  return Math.round((tb - ta) / 86_400_000);
}

/** Items of a list that are themselves answers: an item that is missing (`{}`) is no item. */
export function presentItems<T>(list: T[] | null | undefined): Array<{ item: T; index: number }> {
  return items(list).filter(({ item }) => isPresent(item));
}

/** The zero alternative: the alternative with `id: null-alternativ` (any case). */
export function isZeroAlternative(alternative: { id?: unknown } | null | undefined): boolean {
  return sameText(alternative?.id, "null-alternativ");
}

/** A stakeholder in messages: its `name`, else its `id`, else its 1-based position. */
export function stakeholderName(s: Stakeholder | null | undefined, index: number): string {
  if (s && isPresent(s.name) && typeof s.name === "string") return s.name.trim();
  return label(s, index);
}

/** The council meeting (`project.council`) when present and not null; council rules apply only then (`{}` counts as present). */
export function councilOf(d: Dossier): NonNullable<Dossier["project"]["council"]> | undefined {
  const council = d.project?.council;
  return council === undefined || council === null ? undefined : council;
}

/** What people belong to, so that "does someone belong to stakeholder s" is one lookup (the same comparison as belongsTo). */
export interface Belonging {
  /** Stakeholder ids people name with `stakeholder:` (exact). */
  ids: Set<string>;
  /** Normalised `organisation`s of people who name no stakeholder. */
  organisations: Set<string>;
}

export function organisationKeys(people: Iterable<{ organisation?: unknown; stakeholder?: unknown } | null | undefined>): Belonging {
  const keys: Belonging = { ids: new Set(), organisations: new Set() };
  for (const p of people) {
    const ref = stakeholderRef(p);
    if (ref !== undefined) {
      keys.ids.add(ref);
      continue;
    }
    const org = p?.organisation;
    if (typeof org === "string" && nameKey(org) !== "") keys.organisations.add(nameKey(org));
  }
  return keys;
}

/** True when one of the people collected by organisationKeys belongs to stakeholder `s`. */
export function someoneBelongsTo(keys: Belonging, s: Stakeholder): boolean {
  if (typeof s.id === "string" && keys.ids.has(s.id)) return true;
  const k = (v: unknown) => (typeof v === "string" && nameKey(v) !== "" ? nameKey(v) : undefined);
  const name = k(s.name);
  const id = k(s.id);
  return (name !== undefined && keys.organisations.has(name)) || (id !== undefined && keys.organisations.has(id));
}

/** A value met by walkValues, with the link to where it sits (the key or index under its parent). */
export interface WalkNode {
  value: unknown;
  parent: WalkNode | null;
  key: string | number | null;
}

/** Visits every value of the dossier once (maps, lists and scalars; not keys), iteratively, so any depth is safe. */
export function walkValues(root: unknown, visit: (node: WalkNode) => void): void {
  const stack: WalkNode[] = [{ value: root, parent: null, key: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const v = node.value;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], parent: node, key: i });
    } else if (v !== null && typeof v === "object" && !(v instanceof Date)) {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (v as Record<string, unknown>)[keys[i]!], parent: node, key: keys[i]! });
    }
  }
}

/** The keys and indices from the root down to a walked node. */
export function segmentsOf(node: WalkNode): Array<string | number> {
  const segs: Array<string | number> = [];
  for (let n: WalkNode | null = node; n && n.key !== null; n = n.parent) segs.push(n.key);
  return segs.reverse();
}

/** A key path for messages, as users read the YAML: governance.team[0].name */
export function keyPath(segments: ReadonlyArray<string | number>): string {
  return displayPath(ptr(...segments));
}

/** "#2 (P5)": an architecture deviation's position, with its principle when given. */
export function deviationLabel(item: { principle?: string | null }, index: number): string {
  const principle = typeof item.principle === "string" && item.principle.trim() !== "" ? ` (${item.principle})` : "";
  return label(null, index) + principle;
}

/** The KS-ordningen threshold (Statens prosjektmodell, R-108/23; 001): cost frames above it need KS1/KS2. */
export const QA_THRESHOLD_MNOK = 300;

/** `project.cost_estimate_mnok` is given and above the external-QA threshold. */
export function overQaThreshold(d: Dossier): boolean {
  const cost = d.project.cost_estimate_mnok;
  return typeof cost === "number" && cost > QA_THRESHOLD_MNOK;
}
