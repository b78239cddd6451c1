// The README's CI snippet for pull-request comments runs as written: only on pull_request, with
// permission to write the comment, and it updates its own comment (found by a hidden marker).
import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT, tempDir } from "./helpers/cli.js";

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}

function commentWorkflow(): { on: unknown; permissions: Record<string, string>; jobs: Record<string, { steps: Step[] }> } {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes("portvokter-comment.yml"));
  if (!block) throw new Error("no portvokter-comment.yml snippet in README.md");
  return parse(block);
}

describe("README: the pull-request comment workflow", () => {
  it("runs only on pull_request, with pull-requests: write", () => {
    const wf = commentWorkflow();
    expect(wf.on).toBe("pull_request");
    expect(wf.permissions["pull-requests"]).toBe("write");
  });

  it("writes the marker first and updates the comment that carries it, else creates one", () => {
    const steps = Object.values(commentWorkflow().jobs)[0]!.steps;
    const runs = steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toContain("echo '<!-- portvokter -->'; npx portvokter report --format markdown; } > portvokter.md || true");
    expect(runs).toContain('select(.body | startswith("<!-- portvokter -->"))');
    expect(runs).toMatch(/gh api --method PATCH "repos\/\$GITHUB_REPOSITORY\/issues\/comments\/\$id" -F body=@portvokter\.md/);
    expect(runs).not.toContain("gh pr comment");
    expect(steps.find((s) => s.run?.includes("--method PATCH"))!.env).toMatchObject({ GH_TOKEN: "${{ github.token }}", PR: "${{ github.event.pull_request.number }}" });
    for (const s of steps.filter((x) => x.run)) {
      const r = spawnSync("bash", ["-n", "-c", s.run!], { encoding: "utf8" });
      expect(r.status, `${s.run}\n${r.stderr}`).toBe(0);
    }
  });

  it("the comment step PATCHes the marked comment when there is one and POSTs a new one otherwise (gh stubbed)", () => {
    const step = Object.values(commentWorkflow().jobs)[0]!.steps.find((s) => s.run?.includes("--method PATCH"))!;
    const dir = tempDir();
    // A stand-in for gh that logs every call; for the --jq listing it prints the ids in $MARKED,
    // as if those comments carried the marker.
    writeFileSync(
      join(dir, "gh"),
      '#!/bin/sh\necho "$*" >> "$LOG"\ncase "$*" in *"--jq"*) [ -n "$MARKED" ] && printf "%s\\n" $MARKED ;; esac\nexit 0\n',
    );
    chmodSync(join(dir, "gh"), 0o755);
    const run = (marked: string) => {
      const log = join(dir, `log-${marked || "none"}`);
      const r = spawnSync("bash", ["-e", "-c", step.run!], {
        cwd: dir,
        encoding: "utf8",
        env: { PATH: `${dir}:${process.env.PATH}`, LOG: log, MARKED: marked, GITHUB_REPOSITORY: "org/repo", PR: "7", GH_TOKEN: "x" },
      });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(log, "utf8").trim().split("\n");
    };
    expect(run("41 42").at(-1)).toBe("api --method PATCH repos/org/repo/issues/comments/42 -F body=@portvokter.md");
    expect(run("").at(-1)).toBe("api --method POST repos/org/repo/issues/7/comments -F body=@portvokter.md");
  });
});
