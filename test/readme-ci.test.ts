// The README's CI snippets: every one runs the locally installed portvokter (`npx --no-install`,
// never a download of whatever the registry has under that name), and the one for pull-request
// comments runs as written: only on pull_request, with permission to write the comment, and it
// updates its own comment (found by a hidden marker).
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
    expect(runs).toContain("echo '<!-- portvokter -->'; npx --no-install portvokter report --format markdown; } > portvokter.md || true");
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

/** Each `npx … portvokter` in `text` that lacks --no-install (so would fetch from the registry). */
function fetchingNpx(text: string): string[] {
  return [...text.matchAll(/\bnpx((?:\s+-[^\s]+)*)\s+portvokter\b/g)].filter((m) => !/(^|\s)--no-install\b/.test(m[1]!)).map((m) => m[0]);
}

describe("README: every snippet runs the installed portvokter", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));

  it("the check catches a bare npx (and one with other flags), and passes --no-install", () => {
    expect(fetchingNpx("      - run: npx portvokter check")).toEqual(["npx portvokter"]);
    expect(fetchingNpx("npx -y portvokter report")).toEqual(["npx -y portvokter"]);
    expect(fetchingNpx("npx --no-install portvokter check && npx --yes --no-install portvokter report")).toEqual([]);
  });

  it("no code block in README.md uses npx portvokter without --no-install", () => {
    const snippets = blocks.filter((b) => b.text.includes("portvokter"));
    expect(snippets.length).toBeGreaterThan(5);
    expect(blocks.flatMap((b) => fetchingNpx(b.text))).toEqual([]);
  });

  it("every YAML snippet parses", () => {
    for (const b of blocks.filter((x) => x.lang === "yaml")) expect(() => parse(b.text), b.text).not.toThrow();
  });

  it("the workflows that run portvokter install it first (npm ci)", () => {
    for (const b of blocks.filter((x) => x.lang === "yaml" && /^# \.github\/workflows\//.test(x.text))) {
      const text = b.text;
      if (!/portvokter (check|report)/.test(text)) continue;
      expect(text.indexOf("npm ci"), text).toBeGreaterThan(-1);
      expect(text.indexOf("npm ci")).toBeLessThan(text.search(/npx --no-install portvokter/));
    }
  });
});
