// The stable pointer behind SARIF's partialFingerprints (src/util/pointer.ts).
import { describe, expect, it } from "vitest";
import { stablePointer } from "../../src/util/pointer.js";

const dossier = {
  benefits: [{ id: "b1", owner: { name: "x" } }, { id: "b/2~" }, { description: "no id" }],
  stakeholders: [{ id: "s1" }, { id: "s1" }],
  needs: { users: ["a", "b"], goals: [{ id: 7 }] },
};

describe("stablePointer", () => {
  it("names list items by a unique id, escaped like a pointer segment", () => {
    expect(stablePointer(dossier, "/benefits/0/owner/name")).toBe("/benefits/[id=b1]/owner/name");
    expect(stablePointer(dossier, "/benefits/1")).toBe("/benefits/[id=b~12~0]");
    expect(stablePointer(dossier, "/needs/goals/0/target")).toBe("/needs/goals/[id=7]/target");
  });

  it("keeps the index for items without an id, with a duplicated id, or beyond the list", () => {
    expect(stablePointer(dossier, "/benefits/2/owner")).toBe("/benefits/2/owner");
    expect(stablePointer(dossier, "/stakeholders/1/name")).toBe("/stakeholders/1/name");
    expect(stablePointer(dossier, "/needs/users/1")).toBe("/needs/users/1");
    expect(stablePointer(dossier, "/benefits/9/id")).toBe("/benefits/9/id");
  });

  it("keeps missing keys and the whole document as they are", () => {
    expect(stablePointer(dossier, "")).toBe("");
    expect(stablePointer(dossier, "/change/strategy")).toBe("/change/strategy");
    expect(stablePointer(dossier, "/benefits/0/a~1b")).toBe("/benefits/[id=b1]/a~1b");
    expect(stablePointer(null, "/benefits/0")).toBe("/benefits/0");
    expect(stablePointer(dossier, "no-slash")).toBe("no-slash");
  });
});
