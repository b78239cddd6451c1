// A RuleTester in the manner of ESLint's: a rule's behaviour as data, `valid` dossiers that give
// no finding of it and `invalid` ones that give exactly the findings listed, each pinned by JSON
// Pointer and, where given, line, column, severity and message. Each case becomes one vitest test.
//
//   ruleTester("security/dpia-missing", {
//     valid: [{ name: "done", yaml: security("done", "done"), gate: "BP3" }],
//     invalid: [{ name: "missing", yaml: security("missing", "done"), gate: "BP2",
//                 findings: [{ pointer: "/security/dpia", line: 9, column: 3, severity: "warning" }] }],
//   });
//
// The rule runs alone (`only`), through the real loader, schema and waivers, as in `check`.
import { describe, expect, it } from "vitest";
import type { Finding, Gate, Lang, Severity } from "../../src/types.js";
import { findingsOf, lintText } from "./lint.js";

export interface RuleCase {
  /** What the case shows, as the test's name. */
  name: string;
  yaml: string;
  /** Default: each gate in `gates`, else BP3. */
  gate?: Gate;
  /** Run the case at each of these gates (instead of `gate`). */
  gates?: Gate[];
  today?: string;
  lang?: Lang;
  /** Other rules to run alongside (e.g. one a waiver names). */
  with?: string[];
}

export interface ExpectedFinding {
  pointer: string;
  line?: number;
  column?: number;
  severity?: Severity;
  /** The whole message, or a pattern it must match. */
  message?: string | RegExp;
}

export interface InvalidCase extends RuleCase {
  /** Exactly these findings of the rule, in this order. */
  findings: ExpectedFinding[];
}

/** Only the fields a case pins, so that the comparison shows what differs. */
function pick(f: Finding, e: ExpectedFinding): Record<string, unknown> {
  const out: Record<string, unknown> = { pointer: f.pointer };
  if (e.line !== undefined) out.line = f.line;
  if (e.column !== undefined) out.column = f.column;
  if (e.severity !== undefined) out.severity = f.severity;
  if (e.message !== undefined) out.message = typeof e.message === "string" ? f.message : e.message.test(f.message) ? e.message : f.message;
  return out;
}

function expected(e: ExpectedFinding): Record<string, unknown> {
  const { message, ...rest } = e;
  return message === undefined ? rest : { ...rest, message };
}

const gatesOf = (c: RuleCase): Gate[] => c.gates ?? [c.gate ?? "BP3"];

export async function findingsFor(rule: string, c: RuleCase, gate: Gate): Promise<Finding[]> {
  const result = await lintText(c.yaml, { only: [rule, ...(c.with ?? [])], gate, today: c.today, lang: c.lang });
  return findingsOf(result, rule);
}

export function ruleTester(rule: string, cases: { valid?: RuleCase[]; invalid?: InvalidCase[] }): void {
  describe(rule, () => {
    for (const c of cases.valid ?? []) {
      it(`valid: ${c.name}`, async () => {
        for (const gate of gatesOf(c)) expect(await findingsFor(rule, c, gate), `at ${gate}`).toEqual([]);
      });
    }
    for (const c of cases.invalid ?? []) {
      it(`invalid: ${c.name}`, async () => {
        if (c.findings.length === 0) throw new Error(`${rule} "${c.name}": an invalid case lists at least one finding`);
        for (const gate of gatesOf(c)) {
          const found = await findingsFor(rule, c, gate);
          expect(
            found.map((f, i) => pick(f, c.findings[Math.min(i, c.findings.length - 1)]!)),
            `at ${gate}`,
          ).toEqual(c.findings.map(expected));
        }
      });
    }
  });
}
