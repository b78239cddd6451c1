// Applies a baseline to results as they arrive (in the main process, after the workers): the
// findings the suppressions file lists move to `baselined`, so that they neither fail the run nor
// count for --max-warnings. It also keeps what the file should hold after the run, for
// --suppress-all, --suppress-rule and --prune-suppressions, and which entries went unused.
import { relative, resolve, sep } from "node:path";
import { inputProblem } from "../input-problems/registry.js";
import type { FileResult, Finding } from "../types.js";
import type { Entries } from "./file.js";

export interface BaselineOptions {
  /** The suppressions file's folder: file keys are relative to it. */
  dir: string;
  /** The folder result paths are relative to. */
  base: string;
  /** Baseline every current finding (`all`) or those of these rules, instead of only the file's. */
  suppress?: "all" | ReadonlySet<string>;
  /** Drop the entries that matched nothing. */
  prune?: boolean;
}

export interface UnusedEntry {
  file: string;
  rule: string;
  pointer: string;
  count: number;
}

/** Only rule findings (built-in and from packs) are baselined; input problems (yaml/*, schema/*, io/*, portfolio/*) always count. */
const baselinable = (f: Finding) => inputProblem(f.rule) === undefined;
const keyOf = (f: Finding) => f.key ?? f.pointer;

export class Baseline {
  private readonly next: Entries;
  private readonly unusedEntries: UnusedEntry[] = [];

  constructor(
    private readonly entries: Entries,
    private readonly opts: BaselineOptions,
  ) {
    this.next = new Map(entries);
  }

  /** The key of a result's file, or undefined for stdin (which has no place to be baselined). */
  private fileKey(r: FileResult): string | undefined {
    if (r.path === "<stdin>") return undefined;
    return relative(this.opts.dir, resolve(this.opts.base, r.path)).split(sep).join("/");
  }

  /**
   * The result with its baselined findings apart. A fatal file ran no rules: its entries stay. An
   * invalid one ran only the rules whose sections follow the schema: its findings are matched,
   * but an entry it did not use may belong to a skipped rule, so none is unused or pruned.
   */
  apply(r: FileResult): FileResult & { baselined: Finding[] } {
    const file = this.fileKey(r);
    if (file === undefined || r.status === "fatal") return { ...r, baselined: [] };
    const complete = r.status === "checked";
    const old = this.entries.get(file) ?? new Map<string, Map<string, number>>();
    const wanted = new Map(old);
    const { suppress } = this.opts;
    if (suppress !== undefined) {
      // The chosen rules' entries become exactly the current findings; the others stay as they were.
      // (Of an invalid file, only added to: the entries of rules that were skipped stay.)
      const current = new Map<string, Map<string, number>>();
      for (const f of r.findings) {
        if (!baselinable(f) || (suppress !== "all" && !suppress.has(f.rule))) continue;
        const counts = current.get(f.rule) ?? new Map<string, number>();
        counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
        current.set(f.rule, counts);
      }
      if (complete) for (const rule of wanted.keys()) if (suppress === "all" || suppress.has(rule)) wanted.delete(rule);
      for (const [rule, counts] of current) {
        const merged = new Map(complete ? [] : (wanted.get(rule) ?? []));
        for (const [pointer, n] of counts) merged.set(pointer, Math.max(n, merged.get(pointer) ?? 0));
        wanted.set(rule, merged);
      }
    }
    // What is left of each entry's count as findings take it up.
    const left = new Map([...wanted].map(([rule, counts]) => [rule, new Map(counts)]));
    const findings: Finding[] = [];
    const baselined: Finding[] = [];
    for (const f of r.findings) {
      const counts = baselinable(f) ? left.get(f.rule) : undefined;
      const n = counts?.get(keyOf(f)) ?? 0;
      if (n > 0) {
        counts!.set(keyOf(f), n - 1);
        baselined.push(f);
      } else findings.push(f);
    }
    const kept = new Map<string, Map<string, number>>();
    for (const [rule, counts] of wanted) {
      const used = new Map<string, number>();
      for (const [pointer, count] of counts) {
        const unused = left.get(rule)!.get(pointer)!;
        if (unused > 0 && complete) this.unusedEntries.push({ file, rule, pointer, count: unused });
        if (count - unused > 0) used.set(pointer, count - unused);
      }
      const keep = this.opts.prune && complete ? used : counts;
      if (keep.size) kept.set(rule, keep);
    }
    if (kept.size) this.next.set(file, kept);
    else this.next.delete(file);
    return { ...r, findings, baselined };
  }

  /** Entries that matched no finding of a file checked in this run. */
  unused(): readonly UnusedEntry[] {
    return this.unusedEntries;
  }

  /** What the file should hold after this run (files this run did not check are kept as they were). */
  result(): Entries {
    return this.next;
  }
}
