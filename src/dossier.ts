// The dossier as rules see it: the shape of schemas/dossier.v1.schema.json, after validation.
// Every optional key may be absent or null (an empty YAML value), so everything is optional.
// Rules never trust presence: they go through the helpers in rules/helpers.ts.

type Opt<T> = T | null | undefined;
type Text = Opt<string>;
type Flag = Opt<boolean>;
type Num = Opt<number>;
type List<T> = Opt<T[]>;

export interface Person {
  name?: Text;
  role?: Text;
  organisation?: Text;
}
export interface ProjectManager extends Person {
  dedicated?: Flag;
}
export interface SteeringMember extends Person {
  represents?: Text;
  decision_authority?: Flag;
  also_in_portfolio_board?: Flag;
}
export interface TeamMember extends Person {
  allocation_pct?: Num;
}
export interface BenefitOwner extends Person {
  in_line?: Flag;
}

export interface Recommendation {
  id?: Text;
  text?: Text;
  response?: Text;
  status?: Text;
}
export interface Council {
  meeting_date?: Text;
  documents_sent?: Text;
  questions?: List<string>;
  leader_attends?: Flag;
  recommendations?: List<Recommendation>;
}
export interface Project {
  id: string;
  name: string;
  organisation: string;
  level: "stat" | "fylkeskommune" | "kommune" | "interkommunalt";
  phase: "idé" | "konsept" | "planlegge" | "gjennomføre" | "avslutte" | "realisere";
  ministry?: Text;
  kind?: Text;
  next_gate?: Text;
  cost_estimate_mnok?: Num;
  benefit_estimate_mnok?: Num;
  external_qa?: Opt<{ ks1?: Text; ks2?: Text }>;
  council?: Opt<Council>;
}

export interface Governance {
  owner?: Opt<Person>;
  project_manager?: Opt<ProjectManager>;
  steering_group?: List<SteeringMember>;
  team?: List<TeamMember>;
  mandate?: Text;
  decision_criteria?: Text;
  escalation?: Text;
  anchoring?: Opt<{ top_management?: Flag; line_managers_involved?: Flag; political?: Flag }>;
  delivery_model?: Text;
  handover?: Opt<{
    receiving_unit?: Text;
    continuing_people?: List<string>;
    system_owner?: Opt<Person>;
    process_owner?: Opt<Person>;
    date?: Text;
  }>;
}

export interface Goal {
  id?: Text;
  text?: Text;
  indicator?: Text;
  baseline?: Opt<string | number>;
  target?: Opt<string | number>;
  by?: Text;
  status?: Text;
}
export interface Alternative {
  id?: Text;
  description?: Text;
  chosen?: Flag;
  cost_mnok?: Num;
  benefit_mnok?: Num;
  benefit_assessment?: Text;
}
export interface Needs {
  users?: List<string>;
  user_involvement?: Text;
  problem_statement?: Text;
  strategy_link?: Text;
  story?: Opt<{ why?: Text; why_now?: Text; for_users?: Text; for_employees?: Text; societal_mission?: Text }>;
  goals?: List<Goal>;
  alternatives?: List<Alternative>;
  legal_changes_needed?: List<string>;
}

export interface Stakeholder {
  id?: Text;
  name?: Text;
  level?: Text;
  importance?: Text;
  replaceability?: Text;
  strategy?: Text;
  decision_maker?: Flag;
  benefits?: Text;
  involvement?: Text;
  agreement?: Text;
  responsibility?: Text;
  shared_problem_understanding?: Flag;
}

export interface Municipal {
  depends_on_municipal_decisions?: Flag;
  municipalities_total?: Num;
  municipalities_committed?: Num;
  committed_target?: Num;
  decision_structures?: List<{ model?: Text; decision_makers?: List<string>; mapped?: Flag }>;
  ks_role?: Text;
  networks?: List<string>;
  rollout_plan?: Text;
  municipal_benefits?: Text;
}

export interface Benefit {
  id?: Text;
  description?: Text;
  type?: Text;
  owner?: Opt<BenefitOwner>;
  recipient?: Text;
  indicator?: Text;
  baseline?: Opt<string | number>;
  target?: Opt<string | number>;
  realisation_date?: Text;
  measured_by?: Text;
  confirmed_on?: Text;
}
export interface BenefitsPlan {
  realisation_plan?: Text;
  updated?: Text;
  follow_up_after_project?: Text;
  early_benefits?: Text;
  reviews?: Text;
}
export interface Risk {
  id?: Text;
  description?: Text;
  probability?: Text;
  consequence?: Text;
  owner?: Text;
  mitigation?: Text;
}
export interface Deviation {
  principle?: Text;
  description?: Text;
  justification?: Text;
  reported_to?: Text;
}
export interface Instruments {
  legal?: Opt<{ assessed?: Flag; choice?: Text; rationale?: Text; timing?: Text }>;
  market?: Opt<{ assessed?: Flag; vendors?: List<string>; dialogue?: Text; strategy?: Text }>;
  architecture?: Opt<{
    assessed?: Flag;
    principles_assessed?: Flag;
    common_components?: List<string>;
    deviations?: List<Deviation>;
  }>;
  financing?: Opt<{ assessed?: Flag; sources?: List<string>; implementation_funding?: Text }>;
  social_norms?: Opt<{ assessed?: Flag; description?: Text }>;
}
export interface Change {
  employee_involvement?: Text;
  communication_plan?: Text;
  union_representatives_involved?: Flag;
  change_agents?: Text;
  training_plan?: Text;
  process_changes?: Text;
  capacity_cost?: Text;
  rollout_plan?: Text;
  status?: Text;
}
export interface Waiver {
  rule: string;
  path?: Text;
  reason: string;
  until?: Text;
}

export interface Dossier {
  version: 1;
  project: Project;
  governance?: Opt<Governance>;
  needs?: Opt<Needs>;
  stakeholders?: List<Stakeholder>;
  municipal?: Opt<Municipal>;
  benefits?: List<Benefit>;
  benefits_plan?: Opt<BenefitsPlan>;
  uncertainty?: List<Risk>;
  instruments?: Opt<Instruments>;
  change?: Opt<Change>;
  security?: Opt<{ dpia?: Text; risk_assessment?: Text }>;
  closure?: Opt<{
    final_report?: Text;
    lessons_learned?: Text;
    open_work_transferred?: Text;
    contracts_closed?: Flag;
    stakeholders_informed?: Flag;
  }>;
  waivers?: List<Waiver>;
}
