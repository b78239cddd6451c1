// `check --format github`: GitHub Actions workflow commands, one line per finding.
import { describe, expect, it } from "vitest";
import { json, runCli } from "../helpers/cli.js";
import { HOSTILE, ONE_ERROR, workspace } from "./helpers.js";

const check = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(["check", "--no-config", "--today", "2026-11-28", ...args], options);

/** What the runner does with a command line: split off the properties, then unescape. */
function runnerParse(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
  const props = Object.fromEntries(
    m[2]!.split(",").map((p) => {
      const eq = p.indexOf("=");
      return [p.slice(0, eq), unescape(p.slice(eq + 1))];
    }),
  );
  return { command: m[1]!, props, message: unescape(m[3]!) };
}

describe("github: workflow commands", () => {
  it("one annotation per finding up to GitHub's per-step limits: ::error/::warning/::notice with file, line, col and the rule id as title", () => {
    const file = "examples/kommune-velferd-bp2.dossier.yaml";
    const r = check([file, "--format", "github"]);
    expect(r.code).toBe(1);
    const findings = json(check([file, "--format", "json"])).files[0]!.findings;
    const lines = r.stdout.trimEnd().split("\n");
    expect(r.stdout.endsWith("\n")).toBe(true);
    // A line per finding, the "not annotated" notice, the summary.
    expect(lines).toHaveLength(findings.length + 2);
    const COMMAND: Record<string, string> = { error: "error", warning: "warning", info: "notice" };
    const LIMIT: Record<string, number> = { error: 10, warning: 10, info: 9 };
    const seen: Record<string, number> = { error: 0, warning: 0, info: 0 };
    for (const [i, f] of findings.entries()) {
      const sev = f.severity as string;
      if (seen[sev]! < LIMIT[sev]!) {
        seen[sev]!++;
        expect(runnerParse(lines[i]!)).toEqual({
          command: COMMAND[sev],
          props: { file, line: String(f.line), col: String(f.column), title: f.rule },
          message: f.message,
        });
      } else {
        expect(lines[i]).toBe(`${file}:${f.line}:${f.column}: advarsel: ${f.message} (${f.rule})`);
      }
    }
    expect(lines[0]).toMatch(/^::notice file=examples\/kommune-velferd-bp2\.dossier\.yaml,line=3,col=1,title=change\/communication-plan-missing::Legg inn/);
    expect(new Set(lines.slice(0, -2).filter((l) => l.startsWith("::")).map((l) => l.slice(0, l.indexOf(" "))))).toEqual(new Set(["::error", "::warning", "::notice"]));
    // 21 warnings: 10 annotated, 11 plain, said once in a notice; then the summary line.
    expect(lines.at(-2)).toBe("::notice title=portvokter::11 funn er ikke vist som annotasjoner (GitHub viser høyst 10 feil, 10 advarsler og 10 notiser per steg og 50 per jobb); de står som vanlige linjer i loggen.");
    expect(lines.at(-1)).toBe("portvokter: 30 funn (3 feil, 21 advarsler, 6 info) i 1 fil; 19 vist som annotasjoner");
  });

  it("never more than 10 error, 10 warning and 10 notice annotations per run, the closing notice included, across files", () => {
    const all = check(["examples", "--format", "github", "--lang", "en"]);
    const report = json(check(["examples", "--format", "json"]));
    const total = report.summary.errors! + report.summary.warnings! + report.summary.infos!;
    expect(total).toBeGreaterThan(30);
    const lines = all.stdout.trimEnd().split("\n");
    const count = (cmd: string) => lines.filter((l) => l.startsWith(`::${cmd} `)).length;
    expect(count("error")).toBeLessThanOrEqual(10);
    expect(count("warning")).toBeLessThanOrEqual(10);
    expect(count("notice")).toBeLessThanOrEqual(10);
    expect(count("error") + count("warning") + count("notice")).toBeLessThanOrEqual(50);
    const plain = lines.filter((l) => !l.startsWith("::")).slice(0, -1);
    const annotated = count("error") + count("warning") + count("notice") - 1;
    expect(annotated + plain.length).toBe(total);
    expect(lines.filter((l) => l.startsWith("::notice title=portvokter::"))).toEqual([
      `::notice title=portvokter::${plain.length} findings are not shown as annotations (GitHub shows at most 10 errors, 10 warnings and 10 notices per step and 50 per job); they are plain lines in the log.`,
    ]);
    expect(lines.at(-1)).toMatch(new RegExp(`^portvokter: ${total} problems \\(.*\\) in ${report.files.length} files; ${annotated} shown as annotations$`));
  });

  it("escapes %, CR and LF in the message, and also , and : in properties", () => {
    const name = "a,b:c%d.dossier.yaml";
    const dir = workspace({ [name]: HOSTILE });
    const r = check([name, "--format", "github"], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n").filter(Boolean);
    expect(lines).toHaveLength(2); // the CR LF in the dossier's text did not start a new line; the summary
    const line = lines[0]!;
    expect(line.startsWith("::warning file=a%2Cb%3Ac%25d.dossier.yaml,line=")).toBe(true);
    expect(line).toContain(",title=governance/owner-is-manager::");
    const message = line.slice(line.indexOf("::", 2) + 2);
    expect(message).toContain("tab%0D%0Alinje2, a: b 100%250A er både prosjekteier");
    expect(message).not.toMatch(/[\r\n]/);
    // Other control characters are shown as visible escapes, as in the terminal.
    expect(message).toContain("\\x01\\x1b\\x7f\\x07");
    expect(message).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    const parsed = runnerParse(line);
    expect(parsed.props.file).toBe(name);
    expect(parsed.message).toContain("tab\r\nlinje2, a: b 100%0A er både");
  });

  it("a fatal file is an ::error at 1:1; stdin has no file; no finding prints only the summary", () => {
    const dir = workspace({ "bad.dossier.yaml": "a: [\n", "b.dossier.yaml": ONE_ERROR });
    const fatal = check(["bad.dossier.yaml", "--format", "github"], { cwd: dir });
    expect(fatal.code).toBe(2);
    expect(fatal.stdout).toMatch(/^::error file=bad\.dossier\.yaml,line=\d+,col=\d+,title=yaml\/syntax::Ugyldig YAML/);
    const stdin = check(["-", "--format", "github"], { input: ONE_ERROR });
    expect(stdin.stdout).toMatch(/^::error title=dossier\/unknown-reference::Nyttevirkningen \(gevinsten\) «b1»/);
    const clean = check(["examples/ok-bp2-konsept.dossier.yaml", "--format", "github"]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe("portvokter: ingen funn i 1 fil\n");
  });
});
