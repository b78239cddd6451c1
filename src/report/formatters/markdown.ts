// The findings report as Markdown, for a wiki page or a pull-request comment: the same content as
// the HTML report (readiness per theme, findings by theme, stakeholder matrix, benefits,
// portfolio), as tables and lists. `check --format markdown` and `report --format markdown`.
import type { RuleMeta } from "../../evaluate/rule.js";
import type { Finding, Lang, Severity } from "../../types.js";
import { spooledWhole } from "../format-kit.js";
import { sinceMarkdown } from "../diff/since-markdown.js";
import type { Formatter, Spooled } from "../format-types.js";
import { fill, texts, type ReportStrings } from "../../i18n/index.js";
import { md } from "../md-escape.js";
import { foldBaselined } from "../../baseline/fold.js";
import { datedBenefits, ownCopy, renderError, safeView, STRATEGIES, type ActorView, type DossierView, type Quadrant } from "../model.js";
import { REPORT_THEMES, type Verdict } from "../themes.js";
import { totalOf } from "../counts.js";
import { countParts, quadrantName, revisionWords, severityWord, statusWord, strategyWord } from "../words.js";

const VERDICT_MARK: Record<Verdict, string> = { ready: "✅", gaps: "⚠️", "not-ready": "⛔", unknown: "➖" };
const SEVERITY_MARK: Record<Severity, string> = { error: "⛔", warning: "⚠️", info: "ℹ️" };

const verdict = (v: Verdict, s: ReportStrings) => `${VERDICT_MARK[v]} ${s.verdict[v]}`;

function table(head: string[], rows: string[][], align?: Array<"l" | "r">): string[] {
  const sep = head.map((_, i) => (align?.[i] === "r" ? "---:" : "---"));
  return [`| ${head.join(" | ")} |`, `| ${sep.join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`), ""];
}

function portfolio(rows: string[][], s: ReportStrings): string[] {
  const head = [s.colFile, s.colProject, s.colPhase, s.colGate, s.colStatus, s.colVerdict, s.colErrors, s.colWarnings, s.colInfos, ...REPORT_THEMES.map((t) => String(t.number))];
  return [
    `## ${md(s.portfolio)}`,
    "",
    ...table(head, rows, ["l", "l", "l", "l", "l", "l", "r", "r", "r", ...REPORT_THEMES.map(() => "r" as const)]),
    REPORT_THEMES.map((t) => `${t.number} ${md(s.groups[t.key])}`).join(" · "),
    "",
  ];
}

function facts(d: DossierView, s: ReportStrings): string[] {
  return [
    `- **${s.factId}:** ${md(d.id ?? s.dash)}`,
    `- **${s.factOrganisation}:** ${md(d.organisation ?? s.dash)}`,
    `- **${s.factLevel}:** ${md(d.level ?? s.dash)}`,
    `- **${s.factPhase}:** ${md(d.phase ?? s.dash)}`,
    `- **${s.factGate}:** ${md(d.gate ?? s.dash)}`,
    `- **${s.factStatus}:** ${md(statusWord(d.status, s))}`,
    `- **${s.factCounts}:** ${md(fill(s.counts, { errors: d.counts.errors, warnings: d.counts.warnings, infos: d.counts.infos }))}`,
    `- **${s.factFile}:** ${md(d.path)}`,
    ...(d.revision ? [`- **${s.factVersion}:** ${md(revisionWords(d.revision, s))}`] : []),
    "",
  ];
}

function readiness(d: DossierView, s: ReportStrings, lang: Lang): string[] {
  const out = [`### ${md(s.secReadiness)}${d.gate ? ` (${d.gate})` : ""}`, ""];
  if (d.status === "invalid") out.push(`**${md(s.notChecked)}**`, "");
  if (d.status === "fatal") out.push(`**${md(s.notRead)}**`, "");
  out.push(
    ...table(
      ["#", s.colThemeName, s.factVerdict, s.colErrors, s.colWarnings, s.colInfos],
      d.themes.map((g) => [String(g.number), md(s.groups[g.key]), verdict(g.verdict, s), String(g.counts.errors), String(g.counts.warnings), String(g.counts.infos)]),
      ["r", "l", "l", "r", "r", "r"],
    ),
  );
  if (d.apart.length) out.push(`**${md(s.apartTitle)}:** ${d.apart.map((g) => `${md(s.groups[g.key])}: ${countParts(g.counts, lang).join(", ")}`).join(" · ")}`, "");
  return out;
}

function actorList(actors: ActorView[], s: ReportStrings): string {
  return actors.length ? actors.map((a) => `${md(a.name)} (${md(strategyWord(a.strategy, s))})`).join("<br>") : s.dash;
}

function matrix(d: DossierView, s: ReportStrings): string[] {
  const out = [`### ${md(s.secMatrix)}`, ""];
  if (d.actors === null) return [...out, md(s.notAvailable), ""];
  if (d.actors.length === 0) return [...out, md(s.noStakeholders), ""];
  const cell = (q: Quadrant) => {
    const name = quadrantName(q, s);
    const list = actorList(d.actors!.filter((a) => a.quadrant === q), s);
    return q === "key" ? `**${md(name)}:**<br>${list}` : `*${md(name)}:*<br>${list}`;
  };
  out.push(
    ...table(
      [md(s.markdownMatrixCorner), `${md(s.replaceability)}: ${md(s.high)}`, `${md(s.replaceability)}: ${md(s.low)}`],
      [
        [`**${md(s.importance)}: ${md(s.high)}**`, cell("important"), cell("key")],
        [`**${md(s.importance)}: ${md(s.low)}**`, cell("peripheral"), cell("hard-to-replace")],
      ],
    ),
  );
  for (const q of ["between", "unclassified"] as const) {
    const beside = d.actors.filter((a) => a.quadrant === q);
    if (beside.length) out.push(`**${md(quadrantName(q, s))}:** ${beside.map((a) => `${md(a.name)} (${md(strategyWord(a.strategy, s))})`).join(", ")}`, "");
  }
  out.push(`${md(s.strategyLegend)}: ${STRATEGIES.map((st) => md(strategyWord(st, s))).join(", ")}.`, "");
  return out;
}

function benefits(d: DossierView, s: ReportStrings): string[] {
  const out = [`### ${md(s.secTimeline)}`, ""];
  if (d.benefits === null) return [...out, md(s.notAvailable), ""];
  if (d.benefits.length === 0) return [...out, md(s.noBenefits), ""];
  const ordered = [...datedBenefits(d.benefits), ...d.benefits.filter((b) => b.date === null)];
  return [
    ...out,
    ...table(
      [s.colDate, s.colId, s.colDescription, s.colOwner, s.colInLine, s.colRecipient],
      ordered.map((b) => [
        md(b.date ?? s.dash),
        md(b.id),
        md(b.description ?? s.dash),
        b.ownerName ? `${md(b.ownerName)}${b.ownerOrganisation ? ` (${md(b.ownerOrganisation)})` : ""}` : s.dash,
        b.inLine === null ? s.dash : b.inLine ? `✅ ${s.yes}` : `⛔ ${s.no}`,
        b.recipient ? md(b.recipientName ? `${b.recipientName} (${b.recipient})` : b.recipient) : s.dash,
      ]),
    ),
  ];
}

function findingLine(f: Finding, s: ReportStrings, lang: Lang, reason?: string): string {
  return (
    `- ${SEVERITY_MARK[f.severity]} **${md(severityWord(f.severity, lang))}** ${md(f.message)} (${md(fill(s.position, { line: f.line, column: f.column }))} · \`${f.rule.replace(/`/g, "")}\` · ${md(s.source)}: ${md(f.source)})` +
    (reason !== undefined ? ` **${md(s.reason)}:** ${md(reason)}` : "")
  );
}

function why(findings: Finding[], rules: ReadonlyMap<string, RuleMeta>, s: ReportStrings, lang: Lang): string[] {
  const ids = [...new Set(findings.map((f) => f.rule))].filter((id) => rules.has(id));
  if (!ids.length) return [];
  return [
    `<details><summary>${md(s.whyTheme)}</summary>`,
    "",
    ...ids.map((id) => `- \`${id}\`: ${md(rules.get(id)!.rationale[lang])}`),
    "",
    "</details>",
    "",
  ];
}

function findings(d: DossierView, rules: ReadonlyMap<string, RuleMeta>, s: ReportStrings, lang: Lang): string[] {
  const out = [`### ${md(s.secFindings)}`, ""];
  const groups = [...d.themes, ...d.apart].filter((g) => g.findings.length > 0);
  if (!groups.length) return [...out, md(s.noFindings), ""];
  for (const g of groups) {
    const head = g.number !== null ? `${g.number} ${md(s.groups[g.key])} · ${verdict(g.verdict, s)}` : md(s.groups[g.key]);
    out.push(`#### ${head}`, "");
    for (const f of g.findings) out.push(findingLine(f, s, lang));
    out.push("");
    add(out, why(g.findings, rules, s, lang));
  }
  const quiet = d.themes.filter((g) => g.findings.length === 0);
  if (quiet.length && d.status === "checked") out.push(`✅ **${md(s.noFindingsTheme)}** ${quiet.map((g) => `${g.number} ${md(s.groups[g.key])}`).join(" · ")}`, "");
  return out;
}

function suppressed(d: DossierView, s: ReportStrings, lang: Lang): string[] {
  if (d.status !== "checked") return [];
  const out = [`### ${md(s.secSuppressed)}`, ""];
  if (!d.suppressed.length) return [...out, md(s.noSuppressed), ""];
  return [...out, ...d.suppressed.map((f) => findingLine(f, s, lang, f.reason)), ""];
}

/** Appends without spreading into call arguments (a list of 100 000 lines overflows the stack). */
function add(out: string[], lines: readonly string[]): void {
  for (const line of lines) out.push(line);
}

function portfolioRow(d: DossierView, s: ReportStrings): string[] {
  return [
    md(d.path),
    `[${md(d.name)}](#${d.anchor})`,
    md(d.phase ?? s.dash),
    md(d.gate ?? s.dash),
    md(statusWord(d.status, s)),
    verdict(d.verdict, s),
    String(d.counts.errors),
    String(d.counts.warnings),
    String(d.counts.infos),
    ...d.themes.map((g) => `${g.verdict === "gaps" || g.verdict === "not-ready" ? VERDICT_MARK[g.verdict] + " " : ""}${totalOf(g.counts)}`),
  ];
}

function section(d: DossierView, rules: ReadonlyMap<string, RuleMeta>, s: ReportStrings, lang: Lang): string[] {
  const out: string[] = [`<a id="${d.anchor}"></a>`, "", `## ${md(d.name)} · ${verdict(d.verdict, s)}`, ""];
  add(out, facts(d, s));
  add(out, readiness(d, s, lang));
  if (d.since) add(out, sinceMarkdown(d.since, lang));
  if (d.status === "checked") {
    add(out, matrix(d, s));
    add(out, benefits(d, s));
  }
  add(out, findings(d, rules, s, lang));
  add(out, suppressed(d, s, lang));
  return out;
}

/** A dossier whose section could not be drawn: said so where it would have been; the others are drawn. */
function failedSection(d: DossierView, err: unknown, s: ReportStrings): string[] {
  return [
    `<a id="${d.anchor}"></a>`,
    "",
    `## ${md(d.name)} · ${verdict("not-ready", s)}`,
    "",
    `**${md(fill(s.renderFailed, { error: renderError(err) }))}**`,
    "",
    `- **${s.factFile}:** ${md(d.path)}`,
    "",
  ];
}

/** GitHub's limit on a pull-request comment, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/**
 * What the whole Markdown may take (JavaScript string length, UTF-16 units: never fewer than
 * GitHub's characters): the limit less room for a marker line or heading a workflow adds.
 */
export const MARKDOWN_BUDGET = GITHUB_COMMENT_LIMIT - 1_536;
/** What the dossier sections may take; the head (title, portfolio table) and the note get the rest. */
export const BODY_BUDGET = 44_000;

/**
 * Where a section may be cut before line i: not inside a <details> block and not between two
 * rows of a table, so that what is shown stays well-formed Markdown.
 */
function cutPoints(lines: readonly string[]): boolean[] {
  const ok: boolean[] = [];
  let inDetails = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    ok.push(!inDetails && !(line.startsWith("|") && (lines[i - 1] ?? "").startsWith("|")));
    if (line.startsWith("<details")) inDetails = true;
    else if (line === "</details>") inDetails = false;
  }
  return ok;
}

/**
 * Markdown written dossier by dossier: each section goes to the spool as its file arrives, and
 * only its portfolio row is kept; title, count and portfolio table are written in front at the
 * end. Blank lines collapse across pieces exactly as in the whole text (see Collapse).
 *
 * The whole stays under GitHub's comment limit (a pull-request comment is this format's main
 * use): sections are written while they fit in BODY_BUDGET; the one that does not fit is cut
 * at a safe line, later ones are left out, the portfolio table keeps the rows that fit, and a
 * note at the end says so and points to the full report.
 */
export const spooled: Spooled = (ctx) => {
  const { lang } = ctx;
  const s = texts(lang).report;
  const M = texts(lang).format.markdown;
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  const rows: string[][] = [];
  // The head ends with its last line of text and a line break; the body continues from there.
  const body = new Collapse("\n");
  let bodyChars = 0;
  let full = 0;
  let cut = false;
  let tail: string | undefined;
  const note = (): string => {
    if (!cut) return "\n";
    return `\n\n---\n\n${fill(M.truncated, { limit: GITHUB_COMMENT_LIMIT.toLocaleString("en").replace(/,/g, " "), full, total: rows.length })}\n`;
  };
  return {
    *file(r, index) {
      const d = safeView(foldBaselined(r, ctx.lang), index, ctx.rules);
      rows.push(portfolioRow(d, s).map(ownCopy));
      if (cut) return; // the budget is spent: only the portfolio row
      let lines: string[];
      try {
        lines = section(d, rules, s, lang);
      } catch (err) {
        lines = failedSection(d, err, s);
      }
      // Each line costs its length and a line break (collapsing blank lines only saves).
      let size = 0;
      for (const line of lines) size += line.length + 1;
      let keep = lines.length;
      if (bodyChars + size > BODY_BUDGET) {
        cut = true;
        const ok = cutPoints(lines);
        let used = bodyChars + M.cutHere.length + 2;
        let last = 0;
        for (let i = 0; i < lines.length; i++) {
          if (ok[i]) last = i;
          used += lines[i]!.length + 1;
          if (used > BODY_BUDGET) break;
          if (i === lines.length - 1) last = lines.length;
        }
        keep = last;
      } else full++;
      // A line at a time: a dossier with 200 000 findings is never one string.
      for (let i = 0; i < keep; i++) {
        bodyChars += lines[i]!.length + 1;
        yield body.push("\n" + lines[i]!);
      }
      if (cut && keep > 0) yield body.push("\n\n" + M.cutHere);
    },
    head() {
      const count = rows.length === 1 ? s.dossier1 : fill(s.dossiers, { n: rows.length });
      const out: string[] = [
        `# ${md(s.title)}`,
        "",
        `${md(fill(s.generated, { date: ctx.today, version: ctx.tool.version }))} ${md(count)}.`,
        "",
        `${(["ready", "gaps", "not-ready"] as const).map((v) => `${verdict(v, s)} (${v === "ready" ? s.legendReady : v === "gaps" ? s.legendGaps : s.legendNotReady})`).join(" · ")}`,
        "",
      ];
      if (rows.length > 1) {
        // The rows that fit in what the body and the note leave.
        let room = MARKDOWN_BUDGET - bodyChars - out.join("\n").length - 2_000;
        let shown = 0;
        for (const row of rows) {
          const size = row.reduce((n, c) => n + c.length + 3, 2);
          if (size > room) break;
          room -= size;
          shown++;
        }
        if (shown < rows.length) {
          cut = true;
          add(out, portfolio(rows.slice(0, shown), s));
          out.push(fill(M.moreRows, { n: rows.length - shown }), "");
        } else add(out, portfolio(rows, s));
      }
      tail = note();
      return [out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()];
    },
    tail: () => tail ?? note(),
  };
};

/**
 * The whole text's `.replace(/\n{3,}/g, "\n\n").trimEnd()`, applied piece by piece: whitespace
 * at the end of what has been pushed is held back until text follows it (then collapsed with
 * it) or the end comes (then dropped). A run of line breaks never spans a cut, because each cut
 * is right after a character that is not whitespace.
 */
class Collapse {
  constructor(private pending = "") {}
  push(text: string): string {
    const all = this.pending + text;
    const end = all.trimEnd().length;
    this.pending = all.slice(end);
    return all.slice(0, end).replace(/\n{3,}/g, "\n\n");
  }
}

const markdown: Formatter = spooledWhole(spooled);

export default markdown;
