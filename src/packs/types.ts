// A pack as read and checked (src/packs/load.ts): plain data, so that the lint workers receive it
// as it is and compile it themselves (src/packs/compile.ts), without reading the file again.
import type { GateSeverities } from "../evaluate/rule.js";
import type { Theme } from "../types.js";

export type PackText = string | { nb: string; en: string };

export interface PackRuleData {
  id: string;
  theme: Theme;
  gates: GateSeverities;
  source: string | { title: string; locator?: string; url?: string };
  description: PackText;
  rationale?: PackText;
  message: PackText;
  example?: string;
  given: string;
  when?: unknown;
  then: {
    field?: string;
    required?: true;
    schema?: unknown;
    function?: "dateNotPast" | "refersTo" | "unique";
    options?: { list?: string; key?: string };
  };
}

export interface PackData {
  /** The pack file as shown to users (relative to the working directory). */
  file: string;
  namespace: string;
  title?: PackText;
  rules: PackRuleData[];
}
