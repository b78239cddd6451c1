// Invisible characters in names (zero-width space, non-joiner, joiner, word joiner, BOM, soft
// hyphen) must not make two names differ: «Kommunene\u200b» is the stakeholder «Kommunene».
// Every rule compares names through rules/helpers.ts nameKey().
import { describe, expect, it } from "vitest";
import type { Gate } from "../../src/types.js";
import { nameKey } from "../../rules/helpers.js";
import { findingsOf, lintText, minimalProject } from "../helpers/lint.js";

async function run(yaml: string, rule: string, gate: Gate) {
  return findingsOf(await lintText(yaml, { only: [rule], gate }), rule);
}

const INVISIBLES = ["\\u200b", "\\u200c", "\\u200d", "\\u2060", "\\ufeff", "\\u00ad"];

describe("names compare without invisible characters", () => {
  it("nameKey drops them, as well as trimming and lower-casing", () => {
    expect(nameKey(" Kom\u00admu\u200bne\u2060ne\ufeff ")).toBe("kommunene");
    expect(nameKey("\u200b")).toBe("");
  });

  it.each(INVISIBLES)("benefits/owner-outside-recipient: an owner of «Kommunene%s» belongs to the recipient «Kommunene»", async (c) => {
    const sh = "stakeholders:\n  - { id: kommunene, name: Kommunene, level: kommune }\n";
    const owner = (org: string) =>
      minimalProject() + sh + "benefits:\n" + `  - { id: b1, recipient: kommunene, owner: { name: "Kari", organisation: "${org}", in_line: true } }\n`;
    // The finding that an owner outside the recipient gets, so the comparison really is made…
    expect(await run(owner("Bufdir"), "benefits/owner-outside-recipient", "BP2")).toHaveLength(1);
    // …and the invisible character does not make «Kommunene» someone else.
    expect(await run(owner(`Kommunene${c}`), "benefits/owner-outside-recipient", "BP2")).toEqual([]);
    expect(await run(owner(`Kom${c}munene`), "benefits/owner-outside-recipient", "BP2")).toEqual([]);
  });

  it("benefits/owner-not-in-line: a project manager who owns a benefit is found under a zero-width disguise", async () => {
    const yaml =
      minimalProject() +
      'governance:\n  project_manager: { name: "Ola Hansen", organisation: Testetaten }\n' +
      "benefits:\n" +
      '  - { id: b1, owner: { name: "Ola\\u200b Han\\u00adsen", in_line: true } }\n';
    const f = await run(yaml, "benefits/owner-not-in-line", "BP2");
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain("Prosjektlederen");
  });
});
