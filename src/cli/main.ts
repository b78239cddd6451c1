// Entry point: parses the command line (commander), dispatches to one command module (imported
// only when used), and turns every failure into a message and an exit code. Nothing else prints.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { UsageError } from "../errors.js";
import { FORMAT_NAMES, REPORT_FORMAT_NAMES } from "../report/formatters/index.js";
import { GATES, LANGS, LEVELS, PHASES, SEVERITIES, type Lang } from "../types.js";
import { isCalendarDate } from "../util/date.js";
import { cleanUpOnSignals, guardStdio, stdoutFailure } from "./io.js";
import { writeStderr } from "../util/stderr.js";
import { EXIT, toolVersion } from "./meta.js";
import { fill, langOf, texts } from "../i18n/index.js";

const HELP_EXAMPLES = `
Examples:
  $ portvokter check examples                       check every dossier under examples/
  $ portvokter check prosjekt.dossier.yaml --gate BP3
  $ portvokter check dossiers/ --format json --output funn.json
  $ portvokter check dossiers/ --format sarif=funn.sarif --format stylish   SARIF to a file, stylish to stdout
  $ cat dossier.yaml | portvokter check -           read one dossier from stdin
  $ portvokter check "portefolje/**/*.yaml" --lang en --max-warnings 0
  $ portvokter rules --gate BP3 --theme benefits
  $ portvokter explain benefits/owner-not-in-line
  $ portvokter sources                              the documents the rules cite, with URLs
  $ portvokter components --format json            the common components the config knows
  $ portvokter report examples --output rapport.html   findings report for the gate meeting
  $ portvokter init --phase planlegge --output nytt.dossier.yaml

Exit codes: 0 no findings at or above --fail-severity; 1 findings (or too many warnings);
2 usage, config or output error, or a file that could not be read as one YAML dossier;
130/143 interrupted (SIGINT/SIGTERM).`;

function langOption(): Option {
  return new Option("--lang <lang>", "language of messages: nb (bokmål) or en").choices(LANGS);
}

function intArg(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return Number(value);
}

function positiveInt(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return Number(value);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function dateArg(value: string): string {
  if (!isCalendarDate(value)) {
    throw new InvalidArgumentError("expected a calendar date YYYY-MM-DD");
  }
  return value;
}

export function buildProgram(): Command {
  const program = new Command("portvokter")
    .description(
      "Gate-review linter for digitalisation project dossiers (Prosjektveiviseren BP1–BP6, Digitaliseringsrådet).",
    )
    .version(toolVersion(), "-V, --version")
    .option("--debug", "show stack traces of internal errors")
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", HELP_EXAMPLES)
    .exitOverride()
    .configureOutput({ writeErr: (s) => writeStderr(s), writeOut: (s) => process.stdout.write(s) });

  program
    .command("check")
    .description("check dossiers against the rules for their decision point (gate)")
    .argument("[paths...]", "files, folders, glob patterns, or - for stdin (default: the config's files, else .)")
    .addOption(new Option("-g, --gate <gate>", "decision point to check against (default: project.next_gate, else the gate that ends project.phase)").choices(GATES))
    .option(
      "-f, --format <format>",
      `output format: ${FORMAT_NAMES.join(", ")} (default: stylish); NAME=FILE writes that format to FILE; repeatable, at most one without =FILE (it goes to --output or stdout)`,
      collect,
    )
    .option("-o, --output <file>", "write the report to a file (atomically) instead of stdout")
    .addOption(langOption())
    .addOption(new Option("--fail-severity <severity>", "lowest severity that fails the run (exit 1)").choices(SEVERITIES).default("error"))
    .option("--max-warnings <n>", "fail (exit 1) when there are more warnings than this", intArg)
    .option("-q, --quiet", "report errors only")
    .option("--rule <id=severity>", "set a rule (or theme/*) to off|info|warning|error; repeatable", collect)
    .option("-c, --config <file>", "use this config file instead of searching for portvokter.config.yaml")
    .option("--no-config", "use no config file")
    .option("--color", "force colour")
    .option("--no-color", "no colour")
    .option("--today <date>", "run date for date-dependent rules (default: today)", dateArg)
    .option("--max-file-size <size>", "refuse files larger than this (e.g. 2MB, 500KB; default 1MB)")
    .option("-j, --jobs <n>", "worker threads for large runs (default: the number of cores; 1 = none)", positiveInt)
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runCheck } = await import("./check.js");
      cmd.setOptionValue("exitCode", await runCheck(paths, { ...opts, debug: cmd.optsWithGlobals().debug }));
    });

  program
    .command("report")
    .description("write the findings report: one self-contained HTML page (or Markdown) with readiness per theme, stakeholder matrix, benefits timeline and a portfolio table")
    .argument("[paths...]", "files, folders, glob patterns, or - for stdin (default: the config's files, else .)")
    .option("-o, --output <file>", "write the report to a file (atomically) instead of stdout")
    .addOption(new Option("-f, --format <format>", "report format").choices(REPORT_FORMAT_NAMES).default("html"))
    .addOption(new Option("-g, --gate <gate>", "decision point to check against (default: as for check)").choices(GATES))
    .addOption(langOption())
    .addOption(new Option("--fail-severity <severity>", "lowest severity that fails the run (exit 1)").choices(SEVERITIES).default("error"))
    .option("--rule <id=severity>", "set a rule (or theme/*) to off|info|warning|error; repeatable", collect)
    .option("-c, --config <file>", "use this config file instead of searching for portvokter.config.yaml")
    .option("--no-config", "use no config file")
    .option("--today <date>", "run date for date-dependent rules (default: today)", dateArg)
    .option("--max-file-size <size>", "refuse files larger than this (e.g. 2MB, 500KB; default 1MB)")
    .option("-j, --jobs <n>", "worker threads for large runs (default: the number of cores; 1 = none)", positiveInt)
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runReport } = await import("./report.js");
      cmd.setOptionValue("exitCode", await runReport(paths, { ...opts, debug: cmd.optsWithGlobals().debug }));
    });

  program
    .command("rules")
    .description("list the built-in rules")
    .option("--theme <theme>", "only this theme")
    .addOption(new Option("--gate <gate>", "only rules that apply at this gate, with their severity there").choices(GATES))
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(langOption())
    .action(async (opts, cmd: Command) => {
      const { runRules } = await import("./rules.js");
      cmd.setOptionValue("exitCode", await runRules(opts));
    });

  program
    .command("explain")
    .description("show a rule's rationale, gates and severities, source and an example that satisfies it")
    .argument("<rule-id>", "e.g. benefits/owner-not-in-line")
    .addOption(langOption())
    .action(async (id: string, opts, cmd: Command) => {
      const { runExplain } = await import("./explain.js");
      cmd.setOptionValue("exitCode", await runExplain(id, opts));
    });

  program
    .command("sources")
    .description("list the documents the rules cite (the source legend): title, publisher, year and URL")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(langOption())
    .action(async (opts, cmd: Command) => {
      const { runSources } = await import("./sources.js");
      cmd.setOptionValue("exitCode", await runSources(opts));
    });

  program
    .command("components")
    .description("list the national common components portvokter knows, with those the config adds (common_components)")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .addOption(langOption())
    .option("-c, --config <file>", "use this config file instead of searching for portvokter.config.yaml")
    .option("--no-config", "use no config file")
    .action(async (opts, cmd: Command) => {
      const { runComponents } = await import("./components.js");
      cmd.setOptionValue("exitCode", await runComponents(opts));
    });

  program
    .command("init")
    .description("write a commented skeleton dossier for a phase (never overwrites without --force)")
    .addOption(
      new Option("--phase <phase>", "project phase").choices(PHASES).default("konsept"),
    )
    .addOption(new Option("--level <level>", "forvaltningsnivå (project.level)").choices(LEVELS).default("stat"))
    .option("-o, --output <file>", "file to write", "prosjekt.dossier.yaml")
    .option("--force", "overwrite an existing file")
    .option("--stdout", "print the skeleton instead of writing a file")
    .addOption(langOption())
    .action(async (opts, cmd: Command) => {
      const { runInit } = await import("./init.js");
      cmd.setOptionValue("exitCode", await runInit(opts));
    });

  program
    .command("schema")
    .description("print the dossier JSON Schema (for yaml-language-server and other editors)")
    .option("--config", "print the config file's schema instead")
    .action(async (opts, cmd: Command) => {
      const { runSchema } = await import("./schema.js");
      cmd.setOptionValue("exitCode", await runSchema(opts));
    });

  return program;
}

function langFromArgv(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return langOf(v);
}

/** Runs the CLI and returns the exit code; never throws. */
export async function run(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  const lang = langFromArgv(argv);
  guardStdio();
  cleanUpOnSignals();
  const internal = (err: unknown) => {
    const message = (err as Error)?.message ?? String(err);
    writeStderr(fill(texts(lang).cli.internal, { message: message.split("\n")[0]! }) + "\n");
    if (debug) writeStderr(String((err as Error)?.stack ?? err) + "\n");
    return EXIT.usage;
  };
  for (const event of ["unhandledRejection", "uncaughtException"] as const) {
    process.on(event, (err) => {
      internal(err);
      process.exit(EXIT.usage);
    });
  }
  const code = await runCommand(argv, internal);
  // A reader that went away (`| head`) is no failure: the code says what was found until then.
  // Any other failure of stdout (full disk, file size limit) means the output is incomplete.
  const failed = stdoutFailure();
  if (failed !== undefined && failed !== "EPIPE") {
    writeStderr(fill(texts(lang).cli.stdoutFailed, { code: failed }) + "\n");
    return EXIT.usage;
  }
  return code;
}

async function runCommand(argv: string[], internal: (err: unknown) => number): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    const cmd = program.commands.find((c) => c.getOptionValue("exitCode") !== undefined);
    if (!cmd && program.args.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    return (cmd?.getOptionValue("exitCode") as number | undefined) ?? EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Asked-for help (--help, `help`, `help check`) and version exit 0; help shown because no
      // command was given is a usage error (commander gives it exit code 1).
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version") return EXIT.ok;
      if (err.code === "commander.help" && err.exitCode === 0) return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof UsageError) {
      writeStderr(err.lines.map((line, i) => (i === 0 ? `portvokter: ${line}` : line)));
      return EXIT.usage;
    }
    return internal(err);
  }
}
