// This checkout as a user's tools see it: a git repository whose one commit is the working tree
// (tracked and new files, without what .gitignore lists), under the OS temp dir. Installs from
// a git URL and pre-commit read commits, so tests of them would otherwise miss uncommitted work;
// and they never touch the checkout's own .git.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { ROOT, tempDir } from "./cli.js";

export interface Snapshot {
  dir: string;
  sha: string;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=portvokter-test", "-c", "user.email=test@invalid", "-c", "commit.gpgsign=false", ...args], { cwd, encoding: "utf8" }).trim();

export function gitSnapshot(): Snapshot {
  const dir = tempDir("portvokter-snapshot-");
  const files = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0").filter(Boolean);
  for (const f of files) {
    const from = join(ROOT, f);
    if (!existsSync(from) || !lstatSync(from).isFile()) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    copyFileSync(from, join(dir, f));
  }
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "snapshot of the working tree");
  return { dir, sha: git(dir, "rev-parse", "HEAD") };
}
