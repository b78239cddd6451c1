// CI log-command injection: a file name, dossier text or config text must never become a
// command for the CI runner that reads portvokter's output. GitHub's runner reads `::cmd::` at
// the start of a line (after leading whitespace) and `##[cmd]` anywhere; Azure's agent reads
// `##vso[` anywhere, on stdout and stderr alike; a line ends at LF or CR.
import { describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../../src/report/formatters/index.js";
import { json, runCli } from "../helpers/cli.js";
import { CLEAN, parseXml, workspace } from "../formats/helpers.js";

// GitHub's runner trims leading whitespace (.NET TrimStart: also NBSP and other Unicode spaces).
const NAMES = [
  "##vso[task.setvariable variable=BASH_ENV]x.dossier.yaml",
  "::stop-commands::tok.dossier.yaml",
  " \t::error::ws.dossier.yaml",
  "\u00a0\u3000::notice::nbsp.dossier.yaml",
];
/** Parsed text of the recipient: forged commands, each also after a line break (LF, CR). */
const PAYLOAD = "##[error]forged ##vso[task.complete result=Succeeded]x\n::error::lf\r::warning::cr ##VSO[task.setvariable variable=A]b \x1b[2J";
const YAML_PAYLOAD = JSON.stringify(PAYLOAD);
const HOSTILE = CLEAN.replace(/recipient: \S+/, `recipient: ${YAML_PAYLOAD}`).replace(
  "  name: Automatisert behandling av utdanningsstøtte i utlandet\n",
  `  name: ${YAML_PAYLOAD}\n`,
);

/** Every way a CI runner could read a command in `text`; `ownCommands` allows the github format's own `::error …` lines. */
function commandsIn(text: string, ownCommands = false): string[] {
  const found: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (/^\s*::/.test(line) && !(ownCommands && /^::(error|warning|notice) (file=[^:]*|title=portvokter)::/.test(line))) found.push(`:: ${line}`);
    if (/##\[/i.test(line)) found.push(`##[ ${line}`);
    if (/##vso\[/i.test(line)) found.push(`##vso[ ${line}`);
    if (line.includes("\x1b")) found.push(`ESC ${line}`);
  }
  return found;
}

function hostileWorkspace(): string {
  return workspace(Object.fromEntries(NAMES.map((n) => [n, HOSTILE])));
}

const check = (args: string[], cwd: string) => runCli(["check", "--no-config", "--today", "2026-11-28", ...NAMES, ...args], { cwd });

describe("CI log commands in file names and dossier text", () => {
  const dir = hostileWorkspace();

  it.each(FORMAT_NAMES)("check --format %s: no line of stdout or stderr is a command", (format) => {
    const r = check(["--format", format], dir);
    expect(r.code, r.stderr).toBe(1);
    expect(commandsIn(r.stdout, format === "github")).toEqual([]);
    expect(r.stderr).toBe("");
  });

  it.each(["html", "markdown"])("report --format %s: no line is a command", (format) => {
    const r = runCli(["report", "--no-config", "--today", "2026-11-28", ...NAMES, "--format", format], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    expect(commandsIn(r.stdout)).toEqual([]);
  });

  it.each(["stylish", "json", "markdown"])("diff --format %s: no line of stdout or stderr is a command (hostile labels and messages)", (format) => {
    for (const [a, b] of [[NAMES[0]!, NAMES[1]!], [NAMES[2]!, NAMES[3]!]]) {
      const r = runCli(["diff", "--no-config", "--today", "2026-11-28", "--format", format, a, b], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      expect(commandsIn(r.stdout)).toEqual([]);
      expect(r.stderr).toBe("");
    }
    // A revision or path that git does not have: its one line on stderr names it, broken.
    const missing = runCli(["diff", "--no-config", "--format", format, "##vso[task.complete result=Succeeded]:x.yaml", NAMES[1]!], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("task.complete");
    expect(commandsIn(missing.stderr)).toEqual([]);
  });

  it("stylish shows the tokens broken, in the same visible escapes as control characters", () => {
    const r = check(["--no-color"], dir);
    expect(r.stdout).toContain("\\x23#vso[task.setvariable variable=BASH_ENV]x.dossier.yaml");
    expect(r.stdout).toContain("\\x3a:stop-commands::tok.dossier.yaml");
    expect(r.stdout).toContain("\\x23#[error]forged \\x23#vso[task.complete result=Succeeded]x\\x0a::error::lf\\x0d::warning::cr \\x23#VSO[");
  });

  it("JSON and SARIF still parse to the original names and text", () => {
    const report = json(check(["--format", "json"], dir));
    expect(report.files.map((f) => f.path)).toEqual(NAMES);
    for (const f of report.files) expect(f.findings.some((x) => String(x.message).includes(PAYLOAD)), f.path).toBe(true);

    const log = JSON.parse(check(["--format", "sarif"], dir).stdout) as {
      runs: Array<{ results: Array<{ message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }>;
    };
    const results = log.runs[0]!.results;
    expect([...new Set(results.map((x) => decodeURIComponent(x.locations[0]!.physicalLocation.artifactLocation.uri)))]).toEqual(NAMES);
    // SARIF plain-text messages escape [ and ] (embedded links); unescaped, the text is the dossier's.
    const unescape = (s: string) => s.replace(/\\([\\[\]])/g, "$1");
    expect(results.some((x) => unescape(x.message.text).includes(PAYLOAD))).toBe(true);
  });

  it("JUnit breaks them with character references, so it still parses to the original names and text", () => {
    const xml = check(["--format", "junit"], dir).stdout;
    expect(xml).toContain('name="&#35;#vso[task.setvariable variable=BASH_ENV]x.dossier.yaml"');
    expect(xml).toMatch(/>&#58;:stop-commands::tok\.dossier\.yaml:\d+:\d+ /);
    const suites = parseXml(xml).children;
    expect(suites.map((s) => s.attributes.name)).toEqual(NAMES);
    const failures = suites.flatMap((s) => s.children).flatMap((c) => c.children).filter((c) => c.name === "failure");
    expect(failures.map((f) => f.text.slice(0, f.text.indexOf(".yaml") + 5))).toEqual(NAMES);
    // (XML 1.0 cannot hold ESC: it is left out.)
    expect(failures.every((f) => f.text.includes(PAYLOAD.replace("\x1b", "")))).toBe(true);
  });

  it("github: the data inside its own commands cannot forge or end one", () => {
    const lines = check(["--format", "github"], dir).stdout.trimEnd().split("\n");
    const commands = lines.filter((l) => l.startsWith("::"));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) {
      expect(line).toMatch(/^::(error|warning|notice) (file=[^:,]*,line=\d+,col=\d+,title=[\w/-]+|title=portvokter)::[^\r\n]*$/);
    }
    // Findings beyond GitHub's annotation limits are plain lines: escaped, so none is a command.
    expect(commandsIn(lines.filter((l) => !l.startsWith("::")).join("\n"))).toEqual([]);
  });
});

describe("CI log commands on stderr", () => {
  it("a config error echoing hostile config text and a hostile config name is escaped line by line", () => {
    const name = "::stop-commands::tok.config.yaml";
    const dir = workspace({
      [name]: `lang: ${YAML_PAYLOAD}\ngate: "##[error]forged\\n::error::x"\n`,
      "a.dossier.yaml": CLEAN,
    });
    const r = runCli(["check", "-c", name, "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    // Two problems, one line each (line breaks in the config's text are shown escaped), both
    // naming the config file at the start of the line.
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(2);
    expect(r.stderr).toMatch(/\n\\x3a:stop-commands::tok\.config\.yaml:2:7: /);
    expect(commandsIn(r.stderr)).toEqual([]);
  });

  it("a usage error naming a hostile path is escaped", () => {
    const dir = workspace({ "a.dossier.yaml": CLEAN });
    const r = runCli(["check", "-c", "##vso[task.setvariable variable=X]y\n::error::z.yaml", "a.dossier.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("\\x23#vso[task.setvariable variable=X]y\\x0a::error::z.yaml");
    expect(commandsIn(r.stderr)).toEqual([]);
  });

  it("commander's own errors are escaped too", () => {
    const r = runCli(["check", "--format=stylish", "--lang", "##[error]x"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("\\x23#[error]x");
    expect(commandsIn(r.stderr)).toEqual([]);
  });
});

// Keep the fixture honest: the payload really reaches the outputs unescaped in a format that
// needs no escaping (a parsed JSON value), so the tests above are not vacuous.
describe("the payload", () => {
  it("reaches the findings", () => {
    const dir = workspace({ "a.dossier.yaml": HOSTILE });
    const messages = json(runCli(["check", "--no-config", "--format", "json", "a.dossier.yaml"], { cwd: dir })).files[0]!.findings.map((f) => String(f.message));
    expect(messages.some((m) => m.includes(PAYLOAD))).toBe(true);
  });
});
