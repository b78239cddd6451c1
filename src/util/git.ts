// git, run without a shell and loaded on first use: only `report` (a dossier's version) and
// `report --since` start it, so a plain check never loads node:child_process.

/** git's stdout, or undefined when git is missing, fails, or writes more than `maxBuffer` bytes. */
export function gitSync(args: readonly string[], cwd: string, maxBuffer = 256 * 1024 * 1024): Buffer | undefined {
  const { execFileSync } = process.getBuiltinModule("node:child_process");
  try {
    return execFileSync("git", args, { cwd, maxBuffer, stdio: ["ignore", "pipe", "ignore"], timeout: 20_000, windowsHide: true });
  } catch {
    return undefined;
  }
}
