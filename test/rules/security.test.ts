// The security theme, as RuleTester cases: each rule's valid and invalid dossiers, with the
// finding's pointer, position, severity and message pinned.
import { minimalProject } from "../helpers/lint.js";
import { ruleTester } from "../helpers/rule-tester.js";

// minimalProject() is 7 lines; `security:` is line 8, dpia line 9, risk_assessment line 10.
const security = (dpia: string, ros: string) => minimalProject() + `security:\n  dpia: ${dpia}\n  risk_assessment: ${ros}\n`;
const P = minimalProject();

ruleTester("security/dpia-missing", {
  valid: [
    ...["done", "planned", "not-needed"].map((v) => ({ name: `dpia: ${v}`, yaml: security(v, "missing"), gate: "BP3" as const })),
    { name: "not asked for at BP1", yaml: security("missing", "done"), gate: "BP1" },
  ],
  invalid: [
    {
      name: "missing: a warning at BP2, at the key",
      yaml: security("missing", "done"),
      gate: "BP2",
      findings: [{ pointer: "/security/dpia", line: 9, column: 3, severity: "warning", message: /\(security\.dpia\)/ }],
    },
    { name: "missing: an error from BP3 on", yaml: security("missing", "done"), gates: ["BP3", "BP6"], findings: [{ pointer: "/security/dpia", severity: "error" }] },
    { name: "null dpia", yaml: security("null", "done"), gate: "BP3", findings: [{ pointer: "/security/dpia", line: 9, severity: "error" }] },
    // An absent key is pointed at by its pointer, and placed at the nearest key that exists.
    { name: "dpia absent: placed at the section", yaml: P + "security:\n  risk_assessment: done\n", findings: [{ pointer: "/security/dpia", line: 8, column: 1 }] },
    { name: "security null: placed at the section", yaml: P + "security: null\n", findings: [{ pointer: "/security/dpia", line: 8, column: 1 }] },
    { name: "security absent: placed at the top", yaml: P, findings: [{ pointer: "/security/dpia", line: 1, column: 1 }] },
  ],
});

ruleTester("security/risk-assessment-missing", {
  valid: [
    ...["done", "planned", "not-needed"].map((v) => ({ name: `risk_assessment: ${v}`, yaml: security("missing", v), gate: "BP3" as const })),
    { name: "not asked for before BP3", yaml: security("done", "missing"), gate: "BP2" },
  ],
  invalid: [
    {
      name: "missing: an error at the key",
      yaml: security("done", "missing"),
      gates: ["BP3", "BP5"],
      findings: [{ pointer: "/security/risk_assessment", line: 10, column: 3, severity: "error", message: /\(security\.risk_assessment\)/ }],
    },
    { name: "null", yaml: security("done", "null"), findings: [{ pointer: "/security/risk_assessment" }] },
    { name: "security absent: placed at the top", yaml: P, findings: [{ pointer: "/security/risk_assessment", line: 1, column: 1 }] },
  ],
});

ruleTester("security/assessment-not-done", {
  valid: [
    { name: "done and not-needed", yaml: security("done", "not-needed"), gate: "BP4" },
    { name: "missing and null (other rules ask for those)", yaml: security("missing", "null"), gate: "BP4" },
    { name: "no security section", yaml: P + "security: null\n", gate: "BP4" },
    { name: "not asked for before BP3", yaml: security("planned", "done"), gate: "BP2" },
  ],
  invalid: [
    {
      name: "a planned DPIA: a warning at BP3, at the key",
      yaml: security("planned", "done"),
      gate: "BP3",
      findings: [{ pointer: "/security/dpia", line: 9, column: 3, severity: "warning", message: /\(security\.dpia\)/ }],
    },
    { name: "a planned risk assessment", yaml: security("not-needed", "planned"), findings: [{ pointer: "/security/risk_assessment", line: 10, column: 3 }] },
    {
      name: "both planned: one finding, at the section",
      yaml: security("planned", "planned"),
      lang: "en",
      findings: [{ pointer: "/security", line: 8, column: 1, message: /\(security\.dpia, security\.risk_assessment\)/ }],
    },
    { name: "an error from BP4 on", yaml: security("planned", "done"), gates: ["BP4", "BP6"], findings: [{ pointer: "/security/dpia", severity: "error" }] },
  ],
});

// Issue 12 item 5: the Norwegian values are canonical; the English ones stay accepted aliases,
// and each rule treats alias and canonical the same.
ruleTester("security/dpia-missing", {
  valid: ["gjennomført", "planlagt", "ikke-nødvendig"].map((v) => ({ name: `dpia: ${v}`, yaml: security(v, "mangler"), gate: "BP3" as const })),
  invalid: [{ name: "mangler = missing", yaml: security("mangler", "gjennomført"), gate: "BP3", findings: [{ pointer: "/security/dpia", line: 9, severity: "error" }] }],
});

ruleTester("security/risk-assessment-missing", {
  valid: ["gjennomført", "planlagt", "ikke-nødvendig"].map((v) => ({ name: `risk_assessment: ${v}`, yaml: security("mangler", v), gate: "BP3" as const })),
  invalid: [{ name: "mangler = missing", yaml: security("gjennomført", "mangler"), gate: "BP3", findings: [{ pointer: "/security/risk_assessment", line: 10, severity: "error" }] }],
});

ruleTester("security/assessment-not-done", {
  valid: [{ name: "gjennomført", yaml: security("gjennomført", "done"), gate: "BP3" }],
  invalid: [
    { name: "planlagt and planned alike", yaml: security("planlagt", "planned"), gate: "BP3", findings: [{ pointer: "/security", message: /Både/ }] },
    { name: "planlagt dpia", yaml: security("planlagt", "gjennomført"), gate: "BP3", findings: [{ pointer: "/security/dpia" }] },
  ],
});
