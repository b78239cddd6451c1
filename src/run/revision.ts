// Which version of each dossier a report read: the content's git blob id compared with the same
// path in HEAD. git runs a few times per repository (never per file), with no shell, and its
// absence only means "not in git".
import { basename, dirname } from "node:path";
import type { Revision } from "../types.js";
import { gitSync } from "../util/git.js";

interface Repo {
  commit: string;
  date: string;
  /** Blob ids in HEAD by path from the repository's root. */
  blobs: Map<string, string>;
}

const SHORT = 10;

const git = (cwd: string, args: string[]): string | undefined => gitSync(args, cwd)?.toString("utf8");

export class RevisionResolver {
  /** Per folder: the path prefix inside its repository and the repository's root (null: no repository). */
  private readonly folders = new Map<string, { root: string; prefix: string } | null>();
  private readonly repos = new Map<string, Repo | null>();

  /** The revision of the file at the absolute `path` whose content has blob id `contentId`. */
  resolve(path: string, contentId: string): Revision {
    const content = contentId.slice(0, SHORT);
    const where = this.folder(dirname(path));
    const repo = where ? this.repo(where.root) : null;
    if (!where || !repo) return { content, state: "none" };
    const inHead = repo.blobs.get(where.prefix + basename(path));
    // (A SHA-256 repository's ids differ from the SHA-1 ones computed here: its files show as changed.)
    const state = inHead === undefined ? "untracked" : inHead === contentId ? "in-commit" : "changed";
    return { content, commit: repo.commit, date: repo.date, state };
  }

  private folder(dir: string): { root: string; prefix: string } | null {
    let found = this.folders.get(dir);
    if (found !== undefined) return found;
    const out = git(dir, ["rev-parse", "--show-toplevel", "--show-prefix"]);
    const [root, prefix] = out?.split("\n") ?? [];
    found = root ? { root, prefix: prefix ?? "" } : null;
    this.folders.set(dir, found);
    return found;
  }

  private repo(root: string): Repo | null {
    let repo = this.repos.get(root);
    if (repo !== undefined) return repo;
    repo = null;
    const head = git(root, ["log", "-1", "--format=%H %cs", "HEAD"])?.trim().split(" ");
    if (head?.length === 2) {
      const blobs = new Map<string, string>();
      // "<mode> blob <id>\t<path>", NUL-terminated so that any file name survives.
      for (const entry of (git(root, ["ls-tree", "-r", "-z", "HEAD"]) ?? "").split("\0")) {
        const tab = entry.indexOf("\t");
        const meta = entry.slice(0, tab).split(" ");
        if (tab > 0 && meta[1] === "blob") blobs.set(entry.slice(tab + 1), meta[2]!);
      }
      repo = { commit: head[0]!.slice(0, SHORT), date: head[1]!, blobs };
    }
    this.repos.set(root, repo);
    return repo;
  }
}
