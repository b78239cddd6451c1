// `portvokter init`: a commented skeleton dossier holding the sections asked for at the gate
// that ends the chosen phase. Empty values pass the schema; the rules then say what to fill in.
import { existsSync } from "node:fs";
import { fill, texts } from "../i18n/index.js";
import { UsageError } from "../errors.js";
import { PHASE_GATE } from "../evaluate/gate.js";
import type { Lang } from "../types.js";
import { refuseProtectedOutput, writeOutputFile, writeStream } from "./io.js";
import { writeStderr } from "../util/stderr.js";
import { EXIT } from "./meta.js";

const PHASES = ["idé", "konsept", "planlegge", "gjennomføre", "avslutte", "realisere"];

// [from phase index, YAML line(s), nb comment, en comment]
type Line = [number, string, string?, string?];
const SKELETON: Line[] = [
  [0, "version: 1"],
  [0, "project:"],
  [0, "  id: nytt-prosjekt", "kebab-case, unik i porteføljen", "kebab-case, unique in the portfolio"],
  [0, "  name: Nytt prosjekt"],
  [0, "  organisation: Virksomheten", "ansvarlig virksomhet", "responsible organisation"],
  [0, "  level: stat", "stat | fylkeskommune | kommune | interkommunalt"],
  [0, "  phase: {phase}", "idé | konsept | planlegge | gjennomføre | avslutte | realisere"],
  [0, "  next_gate: {gate}", "beslutningspunktet som avslutter fasen", "the gate that ends the phase"],
  [0, "  cost_estimate_mnok:", "kostnadsanslag i millioner kroner", "cost estimate, million NOK"],
  [2, "  benefit_estimate_mnok:", "anslått nytte i millioner kroner", "estimated benefits, million NOK"],
  [0, "governance:", "organisering og styring", "governance"],
  [0, "  owner: { name: , role: , organisation: }", "prosjekteier", "project owner"],
  [1, "  project_manager: { name: , organisation: , dedicated: }", "prosjektleder", "project manager"],
  [1, "  steering_group: []", "prosjektstyre: { name, role, organisation, represents: eier|bruker|leverandør|samarbeidspart|linje|annet, decision_authority }", "steering group"],
  [1, "  team: []", "nøkkelressurser: { role, name, organisation, allocation_pct }", "key resources"],
  [2, "  mandate:", "styringsgruppens mandat", "the steering group's mandate"],
  [2, "  decision_criteria:", "kriterier for beslutning", "decision criteria"],
  [2, "  escalation:", "regler for eskalering ved uenighet", "escalation rules"],
  [0, "  anchoring: { top_management: , line_managers_involved: }", "forankring", "anchoring"],
  [1, "  delivery_model:", "smidig | faseinndelt | hybrid"],
  [2, "  handover:", "overgang til forvaltning", "handover into forvaltning"],
  [2, "    receiving_unit:"],
  [2, "    continuing_people: []"],
  [2, "    system_owner: { name: , role: , organisation: }", "systemeier", "system owner"],
  [2, "    process_owner: { name: , role: , organisation: }", "prosesseier", "process owner"],
  [0, "needs:", "behov, mål og løsning", "needs, goals and solution"],
  [0, "  users: []", "hvem brukerne er", "who the users are"],
  [1, "  user_involvement:"],
  [0, "  problem_statement:"],
  [0, "  strategy_link:", "hvilke strategiske mål prosjektet støtter", "which strategic goals it serves"],
  [1, "  story: { why: , why_now: , for_users: , for_employees: , societal_mission: }", "den gode historien", "the good story"],
  [1, "  goals: []", "{ id, text, indicator, baseline, target, by, status }"],
  [1, "  alternatives: []", "konseptvalg: { id: null-alternativ, … }, { id, description, chosen, cost_mnok, benefit_mnok }", "alternatives, incl. id: null-alternativ"],
  [1, "  legal_changes_needed: []"],
  [1, "stakeholders: []", "interessenter: { id, name, level, importance, replaceability, strategy, decision_maker, benefits, involvement, agreement, responsibility, shared_problem_understanding }", "stakeholders"],
  [1, "benefits: []", "nyttevirkninger (gevinster): { id, description, type, owner: { name, role, organisation, in_line }, recipient, indicator, baseline, target, realisation_date, confirmed_on }", "benefits"],
  [2, "benefits_plan:", "plan for nyttestyring (gevinstrealiseringsplan)", "benefits realisation plan"],
  [2, "  realisation_plan:"],
  [3, "  updated:"],
  [2, "  follow_up_after_project:"],
  [2, "  early_benefits:"],
  [4, "  reviews:"],
  [1, "uncertainty: []", "usikkerhet: { id, description, probability, consequence, owner, mitigation }", "risks"],
  [1, "instruments:", "virkemidler", "policy instruments"],
  [1, "  legal: { assessed: , choice: , rationale: }"],
  [1, "  market: { assessed: , vendors: [], dialogue: , strategy: }"],
  [1, "  architecture: { assessed: , principles_assessed: , common_components: [], deviations: [] }"],
  [1, "  financing: { assessed: , sources: [], implementation_funding: }"],
  [1, "change:", "endringsledelse og omstilling", "change management"],
  [1, "  employee_involvement:"],
  [1, "  communication_plan:"],
  [2, "  union_representatives_involved:", "tillitsvalgte", "union representatives"],
  [2, "  training_plan:"],
  [2, "  process_changes:"],
  [2, "  capacity_cost:"],
  [2, "  rollout_plan:"],
  [3, "  status:", "planlagt | pågår | gjennomført"],
  [1, "security: { dpia: , risk_assessment: }", "done | planned | not-needed | missing"],
  [3, "closure:", "avslutning", "closure"],
  [3, "  open_work_transferred:"],
  [4, "  final_report:", "done | planned | missing"],
  [4, "  lessons_learned:"],
  [4, "  contracts_closed:"],
  [4, "  stakeholders_informed:"],
];

export function skeleton(phase: string, lang: Lang): string {
  const index = PHASES.indexOf(phase);
  const gate = PHASE_GATE[phase]!;
  const head = fill(texts(lang).init.header, { phase, gate });
  const lines = SKELETON.filter(([from]) => from <= index).map(([, yaml, nb, en]) => {
    const text = yaml.replace("{phase}", phase).replace("{gate}", gate);
    const comment = { nb, en: en ?? nb }[lang];
    return comment ? `${text}  # ${comment}` : text;
  });
  return head + lines.join("\n") + "\n";
}

export async function runInit(opts: { phase: string; output: string; force?: boolean; stdout?: boolean; lang?: Lang }): Promise<number> {
  const lang = opts.lang ?? "nb";
  const text = skeleton(opts.phase, lang);
  if (opts.stdout) {
    await writeStream(process.stdout, text);
    return EXIT.ok;
  }
  refuseProtectedOutput(opts.output, lang, `--output ${opts.output}`);
  if (existsSync(opts.output) && !opts.force) {
    throw new UsageError(fill(texts(lang).init.exists, { output: opts.output }));
  }
  await writeOutputFile(opts.output, text, lang, `--output ${opts.output}`);
  writeStderr(fill(texts(lang).init.wrote, { output: opts.output, phase: opts.phase, gate: gate(opts.phase)! }) + "\n");
  return EXIT.ok;
}

const gate = (phase: string) => PHASE_GATE[phase];
