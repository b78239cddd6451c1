// Dossier text that a renderer would turn into something active even without markup: GitHub
// @mentions (which notify people), bare URLs and e-mail addresses (autolinks), $math$, and in
// SARIF viewers embedded links [text](url).
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { CLEAN, workspace } from "../formats/helpers.js";

const TEXT = "@navikt/team-x og @ola se https://evil.example/a, HTTP://x.example, www.evil.example, ftp://f.example og ola@evil.example: $x^2$ $$y$$ [klikk](https://evil.example) \\[z]";
// (Replacement functions: a replacement string would read the text's $$ as $.)
const HOSTILE = CLEAN.replace(/recipient: \S+/, () => `recipient: ${JSON.stringify(TEXT)}`).replace(
  "  name: Automatisert behandling av utdanningsstøtte i utlandet\n",
  () => `  name: ${JSON.stringify(TEXT)}\n`,
);

describe("markdown: mentions, bare URLs and math are inert", () => {
  const dir = workspace({ "a.dossier.yaml": HOSTILE });

  it.each([
    ["check --format markdown", ["check", "--format", "markdown"]],
    ["report --format markdown", ["report", "--format", "markdown"]],
  ])("%s", (_name, args) => {
    const r = runCli([...args, "--no-config", "--today", "2026-11-28", "a.dossier.yaml"], { cwd: dir });
    expect(r.code, r.stderr).toBe(1);
    const out = r.stdout;
    // The dossier text is there (project name and the finding naming the recipient)…
    expect(out).toContain("@&#8203;navikt/team-x og @&#8203;ola se https&#8203;://evil.example/a");
    // …but no @ directly before a name, no scheme: and no www., no unescaped $.
    expect(out).not.toMatch(/@[a-z0-9]/i);
    expect(out).not.toMatch(/(?:https?|ftp|mailto|xmpp):/i);
    expect(out).not.toMatch(/www\./i);
    expect(out).not.toMatch(/(?:^|[^\\])\$/m);
    expect(out).toContain("\\$x^2\\$ \\$\\$y\\$\\$");
  });
});

describe("sarif: no embedded links from dossier text", () => {
  it("[ and ] in a result message are escaped (SARIF 2.1.0 §3.11.6), and unescape to the text", () => {
    const dir = workspace({ "a.dossier.yaml": HOSTILE });
    const r = runCli(["check", "--no-config", "--format", "sarif", "a.dossier.yaml"], { cwd: dir });
    const results = (JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ message: { text: string } }> }> }).runs[0]!.results;
    const hit = results.find((x) => x.message.text.includes("klikk"));
    expect(hit).toBeDefined();
    expect(hit!.message.text).toContain("\\[klikk\\](https://evil.example) \\\\\\[z\\]");
    // No [ or ] without a backslash before it (an odd number of them).
    expect(hit!.message.text).not.toMatch(/(?:^|[^\\])(?:\\\\)*[[\]]/);
    expect(hit!.message.text.replace(/\\([\\[\]])/g, "$1")).toContain(TEXT);
  });
});
