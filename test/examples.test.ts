// The shipped examples are fixtures: the ok ones pass their gate, the flawed ones give the
// findings their author predicted from the catalogue before the rules were written, and the
// README shows exactly what `check` prints.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { json, ROOT, runCli } from "./helpers/cli.js";

const check = (file: string, ...args: string[]) =>
  runCli(["check", join("examples", file), "--format", "json", "--no-config", "--today", "2026-11-28", ...args]);

function counts(findings: Array<Record<string, unknown>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[`${f.severity} ${f.rule}`] = (out[`${f.severity} ${f.rule}`] ?? 0) + 1;
  return out;
}

describe("examples", () => {
  it.each([
    ["ok-bp2-konsept.dossier.yaml", "BP2"],
    ["ok-bp3-planlegge.dossier.yaml", "BP3"],
    ["ok-bp4-gjennomfore.dossier.yaml", "BP4"],
  ])("%s passes %s with no finding at all", (file, gate) => {
    const r = check(file);
    expect(r.code).toBe(0);
    const f = json(r).files[0]!;
    expect(f).toMatchObject({ gate, status: "checked" });
    expect(f.findings).toEqual([]);
  });

  it("the ok BP2 example is not ready for BP3: the next gate asks for more", () => {
    const f = json(check("ok-bp2-konsept.dossier.yaml", "--gate", "BP3")).files[0]!;
    expect(f.findings.length).toBeGreaterThan(0);
  });

  it("digibarnevern (state project needing every kommune, BP4) gives the predicted findings", () => {
    const r = check("digibarnevern-bp4.dossier.yaml");
    expect(r.code).toBe(1);
    const f = json(r).files[0]!;
    expect(f.gate).toBe("BP4");
    expect(counts(f.findings)).toEqual({
      "error governance/escalation-missing": 1,
      "error governance/forvaltning-roles-missing": 1,
      "error benefits/owner-not-in-line": 1,
      "error benefits/baseline-missing": 1,
      "error instruments/implementation-funding-missing": 1,
      "error architecture/deviation-unreported": 1,
      "warning governance/steering-group-no-line": 1,
      "warning governance/steering-member-without-authority": 1,
      "warning governance/key-resources-unassigned": 1,
      "warning governance/partner-leaders-not-in-steering-group": 2,
      "warning needs/goal-without-baseline": 1,
      "warning needs/goal-status-missing": 1,
      "warning stakeholders/key-actor-without-agreement": 2,
      "warning stakeholders/benefits-not-visible": 1,
      "warning stakeholders/no-shared-problem-understanding": 1,
      "warning stakeholders/partner-responsibility-missing": 1,
      "warning stakeholders/information-plan-missing": 1,
      "warning municipal/rollout-behind-target": 1,
      "warning benefits/owner-outside-recipient": 1,
      "warning benefits/not-confirmed-by-owner": 1,
      "warning benefits/plan-not-updated": 1,
      "warning uncertainty/high-risk-unowned": 1,
      "warning uncertainty/financing-risk-unassessed": 1,
      "warning change/plan-not-carried-out": 1,
      "warning closure/open-work-untransferred": 1,
    });
    expect(f.suppressed.map((s) => [s.rule, s.pointer, s.reason])).toEqual([
      ["municipal/decision-structures-unmapped", "/municipal/decision_structures/1", expect.stringMatching(/KS/)],
      ["municipal/decision-structures-unmapped", "/municipal/decision_structures/2", expect.stringMatching(/KS/)],
    ]);
  });

  it("kommune-velferd (municipal programme, BP2) gives the predicted findings", () => {
    const f = json(check("kommune-velferd-bp2.dossier.yaml")).files[0]!;
    expect(f.gate).toBe("BP2");
    expect(counts(f.findings)).toEqual({
      "error benefits/owner-missing": 2,
      "error dossier/unknown-reference": 1,
      "warning dossier/placeholder-value": 2,
      "warning governance/owner-is-manager": 1,
      "warning governance/steering-group-missing": 1,
      "warning governance/key-resources-unassigned": 1,
      "warning governance/political-anchoring-missing": 1,
      "warning needs/goal-not-measurable": 2,
      "warning needs/alternatives-too-few": 1,
      "warning needs/alternatives-not-compared": 1,
      "warning needs/story-incomplete": 1,
      "warning stakeholders/key-actor-without-involvement": 2,
      "warning stakeholders/blocking-actor": 1,
      "warning benefits/not-measurable": 1,
      "warning benefits/owner-not-in-line": 1,
      "warning benefits/recipient-missing": 1,
      "warning architecture/principles-unassessed": 1,
      "warning procurement/no-early-market-dialogue": 1,
      "warning change/strategy-missing": 1,
      "warning security/dpia-missing": 1,
      "info governance/delivery-model-missing": 1,
      "info governance/board-overlap": 1,
      "info needs/story-no-urgency": 1,
      "info architecture/unknown-common-component": 1,
      "info change/employee-involvement-missing": 1,
      "info change/communication-plan-missing": 1,
    });
  });

  it("the README shows exactly what check prints for the municipal example", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const m = /```console\n\$ npx --no-install portvokter check (\S+)\n([\s\S]*?)```/.exec(readme);
    expect(m).not.toBeNull();
    const r = runCli(["check", m![1]!, "--no-config", "--today", "2026-11-28"]);
    expect(r.stdout).toBe(m![2]);
  });
});
