// The skeleton `portvokter init` writes, derived from the dossier schema: which keys (x-init: the
// first phase that needs them), their order and nesting, and a comment per key from its title and
// allowed values. Block style, so that text with a comma or a colon can be typed in place; the
// required project keys get quoted placeholder values, everything else is left empty (null), which
// the schema accepts and the rules then ask for.
import type { Lang, Level, Phase } from "../types.js";
import { PHASE_GATE, PHASES } from "../types.js";

interface SchemaNode {
  title?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
  "x-init"?: string;
  /** Older enum values still accepted, not offered to new dossiers. */
  "x-aliases"?: unknown[];
}

interface Schema extends SchemaNode {
  $defs?: Record<string, SchemaNode>;
}

export interface SkeletonOptions {
  phase: Phase;
  level: Level;
  lang: Lang;
  /** The comment lines above the YAML (modeline, what the file is), without "# ". */
  head: readonly string[];
}

/** The values the schema requires before anything else can be checked (placeholders to replace). */
const PLACEHOLDER: Record<string, string> = { id: "nytt-prosjekt", name: "Nytt prosjekt", organisation: "Virksomheten" };

/** "Prosjekteier (project owner)" → nb "Prosjekteier", en "project owner". */
export function titleIn(title: string | undefined, lang: Lang): string | undefined {
  if (!title) return undefined;
  const m = /^(.*\S)\s+\(([^()]*)\)$/.exec(title);
  if (!m) return title;
  return { nb: m[1], en: m[2] }[lang];
}

export function skeleton(schema: Schema, opts: SkeletonOptions): string {
  const upTo = PHASES.indexOf(opts.phase);
  const resolve = (n: SchemaNode): SchemaNode => (n.$ref ? { ...schema.$defs![n.$ref.slice("#/$defs/".length)]!, ...stripRef(n) } : n);
  const included = (n: SchemaNode) => n["x-init"] !== undefined && PHASES.indexOf(n["x-init"] as Phase) <= upTo;
  const isType = (n: SchemaNode, t: string) => (Array.isArray(n.type) ? n.type.includes(t) : n.type === t);
  // Older values kept as accepted aliases (x-aliases) are not offered to new dossiers.
  const aliases = (n: SchemaNode) => n["x-aliases"] ?? [];
  const allowed = (n: SchemaNode) => (n.enum ? n.enum.filter((v) => v !== null && !aliases(n).includes(v)).join(" | ") : undefined);

  const comment = (n: SchemaNode): string => {
    const parts = [titleIn(n.title, opts.lang)];
    const values = allowed(n);
    if (values) parts.push(values);
    if (isType(n, "array") && n.items) {
      const item = resolve(n.items);
      if (item.properties) parts.push(`{ ${Object.keys(item.properties).join(", ")} }`);
    }
    const text = parts.filter(Boolean).join(": ");
    return text ? `  # ${text}` : "";
  };

  const value = (key: string, path: string): string => {
    if (path === "/version") return " 1";
    if (path === "/project/phase") return ` ${JSON.stringify(opts.phase)}`;
    if (path === "/project/level") return ` ${JSON.stringify(opts.level)}`;
    if (path === "/project/next_gate") return ` ${JSON.stringify(PHASE_GATE[opts.phase])}`;
    if (path.startsWith("/project/") && PLACEHOLDER[key] !== undefined) return ` ${JSON.stringify(PLACEHOLDER[key])}`;
    return "";
  };

  const lines: string[] = [];
  const walk = (node: SchemaNode, path: string, indent: string, whole: boolean) => {
    const props = Object.entries(node.properties ?? {});
    // An object whose keys carry no x-init of their own is written whole once it is included.
    const annotated = props.some(([, child]) => child["x-init"] !== undefined);
    for (const [key, raw] of props) {
      if (annotated ? !included(raw) : !whole) continue;
      const child = resolve(raw);
      const here = `${path}/${key}`;
      if (isType(child, "object") && child.properties) {
        lines.push(`${indent}${key}:${comment(child)}`);
        walk(child, here, indent + "  ", true);
      } else if (isType(child, "array")) {
        lines.push(`${indent}${key}: []${comment(child)}`);
      } else {
        lines.push(`${indent}${key}:${value(key, here)}${comment(child)}`);
      }
    }
  };
  walk(schema, "", "", false);
  return opts.head.map((l) => `# ${l}\n`).join("") + lines.join("\n") + "\n";
}

function stripRef(n: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = n;
  return rest;
}
