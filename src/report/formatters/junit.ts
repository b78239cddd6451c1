// JUnit XML in the Ant/Jenkins shape that GitLab, Jenkins and Azure DevOps display: one
// <testsuite> per dossier, one <testcase> per rule that applies at the file's gate. A rule
// with findings at or above the fail severity is a failed test case: one <failure> listing
// each such finding as "path:line:column message (rule)". Findings below the threshold and
// suppressed findings are the case's <system-out>.
import { severityAt } from "../../evaluate/rule.js";
import { fill, texts } from "../../i18n/index.js";
import { severityRank, type FileResult, type Finding, type Severity } from "../../types.js";
import { spooledWhole } from "../format-kit.js";
import type { FormatContext, Formatter, Spooled } from "../format-types.js";
import { breakCiCommands } from "../text.js";

// Characters XML 1.0 does not allow at all: C0 controls other than tab/LF/CR, lone surrogates,
// U+FFFE and U+FFFF. (With the u flag a lone surrogate is one code point and matches here.)
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** A character reference (&#35;): a parser reads the character, a CI log sees no command. */
const charRef = (c: string) => `&#${c.charCodeAt(0)};`;

/**
 * Text content: forbidden characters removed, markup and CR escaped (a parser would turn CR into
 * LF), CI log commands (`##vso[`, `##[`, `::` at a line start) broken by a character reference.
 */
export function xmlText(s: string): string {
  return breakCiCommands(
    s.replace(NOT_XML, "").replace(/[&<>\r]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&#13;")),
    charRef,
  );
}

/** Attribute value (in double quotes): also quotes escaped, and tab/LF/CR as references so they survive normalisation. */
export function xmlAttr(s: string): string {
  return breakCiCommands(s.replace(NOT_XML, "").replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]!), charRef);
}

const ENTITY: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

interface Case {
  classname: string;
  name: string;
  kind: "pass" | "failure" | "error" | "skipped";
  message?: string;
  type?: string;
  body?: string;
  out?: string;
}

const line = (path: string, f: Finding) => `${path}:${f.line}:${f.column} ${f.message} (${f.rule})`;

function worst(findings: readonly Finding[]): Severity {
  return findings.reduce<Severity>((w, f) => (severityRank(f.severity) > severityRank(w) ? f.severity : w), "info");
}

function casesFor(file: FileResult, ctx: FormatContext): Case[] {
  const c = texts(ctx.lang);
  const w = c.format.junit;
  const threshold = severityRank(ctx.failSeverity);
  const byRule = new Map<string, Finding[]>();
  for (const f of file.findings) {
    const list = byRule.get(f.rule) ?? [];
    list.push(f);
    byRule.set(f.rule, list);
  }
  const suppressedByRule = new Map<string, Finding[]>();
  // Waived and baselined findings alike: in the case's output, not failing it.
  for (const f of [...file.suppressed, ...(file.baselined ?? []).map((x) => ({ ...x, baselined: true }))]) {
    const list = suppressedByRule.get(f.rule) ?? [];
    list.push(f);
    suppressedByRule.set(f.rule, list);
  }

  if (file.status === "fatal") {
    return file.findings.map((f) => ({
      classname: f.theme,
      name: f.rule,
      kind: "error",
      message: f.message,
      type: f.severity,
      body: line(file.path, f),
    }));
  }

  const failing = (rule: string, classname: string): Case => {
    const all = byRule.get(rule) ?? [];
    const fails = all.filter((f) => severityRank(f.severity) >= threshold);
    const below = all.filter((f) => severityRank(f.severity) < threshold);
    const suppressed = (suppressedByRule.get(rule) ?? []) as Array<Finding & { reason?: string; baselined?: true }>;
    const out = [
      ...below.map((f) => `${line(file.path, f)} [${f.severity}, ${w.below}]`),
      ...suppressed.map((f) => `${line(file.path, f)} [${f.baselined ? c.baseline.reason : `${c.result.suppressed}: ${f.reason ?? ""}`}]`),
    ];
    const base = { classname, name: rule, ...(out.length ? { out: out.join("\n") } : {}) };
    if (fails.length === 0) return { ...base, kind: "pass" };
    const first = fails[0]!;
    return {
      ...base,
      kind: "failure",
      message: fails.length === 1 ? `${first.line}:${first.column} ${first.message}` : `${fill(w.findings, { n: fails.length })}; ${first.line}:${first.column} ${first.message}`,
      type: worst(fails),
      body: fails.map((f) => line(file.path, f)).join("\n"),
    };
  };

  if (file.status === "invalid") {
    const ids = [...new Set([...byRule.keys(), ...(file.baselined ?? []).map((f) => f.rule)])].sort();
    return [
      ...ids.map((id) => failing(id, "schema")),
      { classname: "rules", name: "rules", kind: "skipped", message: c.result.skipped },
    ];
  }

  // checked: every rule that applies at the gate, plus any rule that reported without being listed.
  const cases: Case[] = [];
  const listed = new Set<string>();
  for (const rule of ctx.rules) {
    const applies = file.gate !== null && severityAt(rule.gates, file.gate) !== undefined;
    if (!applies && !byRule.has(rule.id) && !suppressedByRule.has(rule.id)) continue;
    listed.add(rule.id);
    cases.push(failing(rule.id, rule.theme));
  }
  const others = [...new Set([...byRule.keys(), ...suppressedByRule.keys()])].filter((id) => !listed.has(id)).sort();
  for (const id of others) {
    const theme = (byRule.get(id) ?? suppressedByRule.get(id))![0]!.theme;
    cases.push(failing(id, theme));
  }
  return cases;
}

function caseXml(c: Case, path: string): string {
  const file = path.replace(/\\/g, "/");
  // The dossier is part of the class name (PATH.THEME: Jenkins shows the path as the package and
  // the theme as the class), so that the same rule in two dossiers is two distinct tests.
  const open = `    <testcase classname="${xmlAttr(`${file}.${c.classname}`)}" name="${xmlAttr(c.name)}" file="${xmlAttr(file)}"`;
  const inner: string[] = [];
  if (c.kind === "failure" || c.kind === "error") {
    inner.push(`      <${c.kind} message="${xmlAttr(c.message ?? "")}" type="${xmlAttr(c.type ?? "")}">${xmlText(c.body ?? "")}</${c.kind}>`);
  } else if (c.kind === "skipped") {
    inner.push(`      <skipped message="${xmlAttr(c.message ?? "")}"/>`);
  }
  if (c.out) inner.push(`      <system-out>${xmlText(c.out)}</system-out>`);
  return inner.length ? `${open}>\n${inner.join("\n")}\n    </testcase>` : `${open}/>`;
}

const count = (cases: readonly Case[]) => ({
  tests: cases.length,
  failures: cases.filter((c) => c.kind === "failure").length,
  errors: cases.filter((c) => c.kind === "error").length,
  skipped: cases.filter((c) => c.kind === "skipped").length,
});

/**
 * Written suite by suite as the files arrive; only the totals are kept, and the <testsuites>
 * element that carries them is written in front of the suites at the end.
 */
export const spooled: Spooled = (ctx) => {
  const total = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  return {
    file(file) {
      const cases = casesFor(file, ctx);
      const n = count(cases);
      total.tests += n.tests;
      total.failures += n.failures;
      total.errors += n.errors;
      total.skipped += n.skipped;
      return (
        [
          `  <testsuite name="${xmlAttr(file.path)}" tests="${n.tests}" failures="${n.failures}" errors="${n.errors}" skipped="${n.skipped}">`,
          `    <properties>`,
          `      <property name="gate" value="${xmlAttr(file.gate ?? "")}"/>`,
          `      <property name="status" value="${file.status}"/>`,
          `    </properties>`,
          ...cases.map((c) => caseXml(c, file.path)),
          `  </testsuite>`,
        ].join("\n") + "\n"
      );
    },
    head: () => [
      `<?xml version="1.0" encoding="UTF-8"?>\n` +
        `<testsuites name="${xmlAttr(ctx.tool.name)}" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}">\n`,
    ],
    tail: () => `</testsuites>\n`,
  };
};

const junit: Formatter = spooledWhole(spooled);

export default junit;
