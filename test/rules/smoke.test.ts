import { describe, expect, it } from "vitest";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

describe("test harness", () => {
  it("runs a rule through the real loader and points at the YAML", async () => {
    const r = await lintText(minimalProject() + "governance:\n  mandate: x\n", { only: ["governance/owner-missing"] });
    const f = findingsOf(r, "governance/owner-missing");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ pointer: "/governance/owner", line: 8, column: 1, severity: "error" });
  });
});
