// Facts across the dossiers of one run. A project.id seen twice is a finding on every dossier
// after the first in path order, naming the first: results are passed on in path order, so the
// file that gets the finding has not been passed on yet, and nothing has to be held back.
import { fill, texts } from "../i18n/index.js";
import { registered } from "../input-problems/registry.js";
import { sortFindings } from "../pipeline/lint-bytes.js";
import type { FileResult, Lang } from "../types.js";

const DUPLICATE = registered("portfolio/duplicate-project-id");

export class PortfolioIds {
  /** project.id → the path of the first dossier that has it (one entry per project, not per finding). */
  private readonly first = new Map<string, string>();

  constructor(private readonly lang: Lang) {}

  /** The result, with a duplicate-id finding when an earlier dossier of the run has its project.id. */
  see(result: FileResult): FileResult {
    const id = result.project?.id;
    if (id === undefined || id === "" || result.status === "fatal") return result;
    const first = this.first.get(id);
    if (first === undefined) {
      this.first.set(id, result.path);
      return result;
    }
    const at = result.project?.idAt ?? { line: 1, column: 1 };
    const finding = {
      rule: DUPLICATE.id,
      severity: DUPLICATE.severity,
      message: fill(texts(this.lang).portfolio.duplicateId, { id, first }),
      pointer: "/project/id",
      line: at.line,
      column: at.column,
      theme: DUPLICATE.theme,
      source: DUPLICATE.source,
      key: "/project/id",
    };
    return { ...result, findings: sortFindings([...result.findings, finding]) };
  }
}
