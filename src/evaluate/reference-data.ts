// Reference data shipped as data files (rules/data/*.json), loaded once and only when rules run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../util/package-root.js";

export interface CommonComponent {
  id: string;
  name: string;
  /** Other names it goes by («Helsenettet» for Norsk helsenett), matched like the name. */
  aliases?: string[];
}
export interface Principle {
  id: string;
  name: string;
}
export interface ReferenceData {
  commonComponents: CommonComponent[];
  principles: Principle[];
}

let cached: ReferenceData | undefined;

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(join(packageRoot(), "rules", "data", file), "utf8")) as T;
}

/** The shipped data, extended by a config's `common_components` (extra ids → names). */
export function loadReferenceData(extraComponents: CommonComponent[] = []): ReferenceData {
  cached ??= {
    commonComponents: readData<CommonComponent[]>("common-components.json"),
    principles: readData<Principle[]>("architecture-principles.json"),
  };
  if (extraComponents.length === 0) return cached;
  return { ...cached, commonComponents: [...cached.commonComponents, ...extraComponents] };
}
