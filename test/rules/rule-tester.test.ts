// The RuleTester itself: what it passes and what it must fail.
import { describe, expect, it } from "vitest";
import { findingsFor, ruleTester } from "../helpers/rule-tester.js";
import { minimalProject } from "../helpers/lint.js";

const security = (dpia: string) => minimalProject() + `security:\n  dpia: ${dpia}\n  risk_assessment: done\n`;

ruleTester("security/dpia-missing", {
  valid: [{ name: "a DPIA that is done, at every gate", yaml: security("done"), gates: ["BP1", "BP2", "BP3", "BP6"] }],
  invalid: [
    {
      name: "missing: a warning at BP2, at the key",
      yaml: security("missing"),
      gate: "BP2",
      findings: [{ pointer: "/security/dpia", line: 9, column: 3, severity: "warning", message: /\(security\.dpia\)/ }],
    },
  ],
});

describe("ruleTester's comparison", () => {
  it("gives the rule's findings at a gate, which the cases are compared with", async () => {
    const found = await findingsFor("security/dpia-missing", { name: "x", yaml: security("missing") }, "BP3");
    expect(found.map((f) => [f.pointer, f.line, f.column, f.severity])).toEqual([["/security/dpia", 9, 3, "error"]]);
    expect(await findingsFor("security/dpia-missing", { name: "x", yaml: security("missing") }, "BP1")).toEqual([]);
  });
});
