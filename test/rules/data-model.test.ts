// The data model for kommuner and citizens (issue 12, items 7–10): citizens and users as
// stakeholders, people linked to stakeholders by id, kommuner that decide for kommune projects,
// and phase and next_gate that contradict each other.
import { minimalProject } from "../helpers/lint.js";
import { ruleTester } from "../helpers/rule-tester.js";

const kommune = (fields: Record<string, string> = {}) => minimalProject({ level: "kommune", organisation: "Lillestrøm kommune", ...fields });
const stakeholder = (fields: string) => `  - { ${fields} }\n`;

// 7. Citizens and users are involved, but are not partners.
const citizens = "id: innbyggerne, name: Innbyggerne, level: innbyggere, importance: høy, replaceability: lav, strategy: samarbeid, decision_maker: true";
const partner = "id: ks, name: KS, level: stat, importance: høy, replaceability: lav, strategy: samarbeid, decision_maker: true";

ruleTester("stakeholders/key-actor-without-agreement", {
  valid: [
    { name: "citizens as a key actor need no agreement", yaml: minimalProject() + "stakeholders:\n" + stakeholder(citizens) },
    { name: "nor do users", yaml: minimalProject() + "stakeholders:\n" + stakeholder(citizens.replace("level: innbyggere", "level: brukere")) },
  ],
  invalid: [{ name: "a public partner does", yaml: minimalProject() + "stakeholders:\n" + stakeholder(partner), findings: [{ pointer: "/stakeholders/0/agreement" }] }],
});

ruleTester("stakeholders/partner-responsibility-missing", {
  valid: [{ name: "citizens worked with are not given a partner's responsibility", yaml: minimalProject() + "stakeholders:\n" + stakeholder(citizens) }],
  invalid: [{ name: "a partner is", yaml: minimalProject() + "stakeholders:\n" + stakeholder(partner), findings: [{ pointer: "/stakeholders/0/responsibility" }] }],
});

// 8. People link to stakeholders by id; organisation text is the fallback.
const gov = (members: string) =>
  `governance:\n  owner: { name: Eva Eier, organisation: Testetaten }\n  steering_group:\n${members}`;
const ksActor = "id: ks, name: KS, level: stat, importance: høy, replaceability: lav, strategy: samarbeid";

ruleTester("governance/partner-leaders-not-in-steering-group", {
  valid: [
    { name: "citizens are not asked for a seat", yaml: minimalProject() + "governance:\n  owner: { name: Eva }\nstakeholders:\n" + stakeholder(citizens) },
    {
      name: "a member linked by stakeholder id, whatever their organisation text says",
      yaml: minimalProject() + gov("    - { name: Kari, organisation: Kommunesektorens organisasjon, stakeholder: ks }\n") + "stakeholders:\n" + stakeholder(ksActor),
    },
    {
      name: "the fallback: organisation text equal to the stakeholder's name",
      yaml: minimalProject() + gov("    - { name: Kari, organisation: KS }\n") + "stakeholders:\n" + stakeholder(ksActor),
    },
  ],
  invalid: [
    {
      name: "an explicit link to another stakeholder wins over matching organisation text",
      yaml:
        minimalProject() +
        gov("    - { name: Kari, organisation: KS, stakeholder: testetaten }\n") +
        "stakeholders:\n" +
        stakeholder(ksActor) +
        stakeholder("id: testetaten, name: Testetaten, level: stat"),
      findings: [{ pointer: "/stakeholders/0" }],
    },
  ],
});

const benefit = (owner: string) =>
  "stakeholders:\n" +
  stakeholder("id: kommunene, name: Kommunene, level: kommune") +
  stakeholder("id: bufdir, name: Bufdir, level: stat") +
  `benefits:\n  - { id: b1, description: Raskere saksbehandling, recipient: kommunene, owner: ${owner} }\n`;

ruleTester("benefits/owner-outside-recipient", {
  valid: [{ name: "an owner linked to the recipient by id", yaml: minimalProject() + benefit("{ name: Ola, organisation: Sekretariatet, stakeholder: kommunene }"), gate: "BP2" }],
  invalid: [
    {
      name: "an owner linked to another stakeholder, though the organisation text matches the recipient",
      yaml: minimalProject() + benefit("{ name: Ola, organisation: Kommunene, stakeholder: bufdir }"),
      gate: "BP2",
      findings: [{ pointer: "/benefits/0/owner" }],
    },
  ],
});

ruleTester("dossier/unknown-reference", {
  valid: [{ name: "a person's stakeholder that exists", yaml: minimalProject() + "governance:\n  owner: { name: Eva, stakeholder: ks }\nstakeholders:\n" + stakeholder(ksActor) }],
  invalid: [
    {
      name: "the owner's stakeholder is no stakeholder's id: at the key, named",
      yaml: minimalProject() + "governance:\n  owner: { name: Eva Eier, stakeholder: kss }\nstakeholders:\n" + stakeholder(ksActor),
      findings: [{ pointer: "/governance/owner/stakeholder", line: 9, severity: "error", message: "«Eva Eier» hører til interessenten «kss», men ingen interessent har den id-en (governance.owner.stakeholder); bruk en id fra stakeholders eller legg til interessenten." }],
    },
    {
      name: "a steering member's and a benefit owner's, with a hint from a stakeholder's name",
      lang: "en",
      yaml:
        minimalProject() +
        "governance:\n  steering_group:\n    - { name: Kari, stakeholder: ks }\nstakeholders:\n" +
        stakeholder("id: ks-sentralt, name: KS, level: stat") +
        "benefits:\n  - { id: b1, owner: { stakeholder: finnes-ikke } }\n",
      findings: [
        { pointer: "/governance/steering_group/0/stakeholder", message: "«Kari» belongs to stakeholder «ks», but no stakeholder has that id (governance.steering_group[0].stakeholder); did you mean «ks-sentralt»?" },
        { pointer: "/benefits/0/owner/stakeholder", message: /^benefits\[0\]\.owner belongs to stakeholder «finnes-ikke»/ },
      ],
    },
  ],
});

// 9. Kommuner that decide for a kommune or interkommunalt project; KS only where it has a role.
const otherKommune = "id: nittedal, name: Nittedal kommune, level: kommune, decision_maker: true";
const ownUnit = "id: hjemmetjenesten, name: Hjemmetjenesten, level: kommune, decision_maker: true";

ruleTester("municipal/rollout-plan-missing", {
  valid: [
    { name: "a kommune project whose decision makers are its own units", yaml: kommune() + "stakeholders:\n" + stakeholder(ownUnit) },
    { name: "another kommune that does not decide", yaml: kommune() + "stakeholders:\n" + stakeholder(otherKommune.replace("decision_maker: true", "decision_maker: false")) },
  ],
  invalid: [
    { name: "a kommune project with another kommune as decision maker gets the municipal questions", yaml: kommune() + "stakeholders:\n" + stakeholder(otherKommune), findings: [{ pointer: "/municipal/rollout_plan" }] },
    {
      name: "so does an interkommunalt project with member kommuner deciding",
      yaml: minimalProject({ level: "interkommunalt", organisation: "Digi Viken Øst" }) + "stakeholders:\n" + stakeholder("id: lorenskog, name: Lørenskog, level: kommune, decision_maker: true"),
      findings: [{ pointer: "/municipal/rollout_plan" }],
    },
  ],
});

ruleTester("municipal/ks-not-involved", {
  valid: [
    { name: "kommuner working with kommuner: KS has no role", yaml: kommune() + "stakeholders:\n" + stakeholder(otherKommune), gate: "BP2" },
  ],
  invalid: [
    {
      name: "a state project that depends on municipal decisions",
      yaml: minimalProject() + "municipal:\n  depends_on_municipal_decisions: true\n",
      gate: "BP2",
      findings: [{ pointer: "/municipal/ks_role" }],
    },
    {
      name: "a kommune project that also involves a state agency spans levels",
      yaml: kommune() + "stakeholders:\n" + stakeholder(otherKommune) + stakeholder("id: hdir, name: Helsedirektoratet, level: stat"),
      gate: "BP2",
      findings: [{ pointer: "/municipal/ks_role" }],
    },
  ],
});

// 10. phase and next_gate that contradict each other.
ruleTester("dossier/gate-phase-mismatch", {
  valid: [{ name: "next_gate is the gate that ends the phase", yaml: minimalProject({ phase: "planlegge", next_gate: "BP3" }), gates: ["BP1", "BP3", "BP6"] }],
  invalid: [
    {
      name: "planlegge ends at BP3, not BP4: an error at next_gate",
      yaml: minimalProject({ phase: "planlegge", next_gate: "BP4" }),
      gates: ["BP1", "BP4"],
      findings: [{ pointer: "/project/next_gate", severity: "error", message: /BP4.*planlegge.*BP3/ }],
    },
  ],
});
