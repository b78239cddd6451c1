// Entry point: parses the command line (commander), dispatches to one command module (imported
// only when used), and turns every failure into a message and an exit code. Nothing else prints.
import { Argument, Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import { UsageError } from "../errors.js";
import { FORMAT_NAMES, REPORT_FORMAT_NAMES } from "../report/formatters/index.js";
import { GATES, LANGS, LEVELS, PHASES, SEVERITIES, type Lang } from "../types.js";
import { isCalendarDate } from "../util/date.js";
import { cleanUpOnSignals, guardStdio, stdoutFailure } from "./io.js";
import { writeStderr } from "../util/stderr.js";
import { EXIT, toolVersion } from "./meta.js";
import { fill, hint, langOf, texts, type Catalogue } from "../i18n/index.js";
import { closestValue } from "../util/suggest.js";

type HelpTexts = Catalogue["hints"]["help"];

function helpExamples(h: HelpTexts): string {
  return `
${h.examples}
  $ portvokter check examples                       ${h.exCheckAll}
  $ portvokter check prosjekt.dossier.yaml --gate BP3
  $ portvokter check dossiers/ --format json --output funn.json
  $ portvokter check dossiers/ --format sarif=funn.sarif --format stylish   ${h.exSarif}
  $ cat dossier.yaml | portvokter check -           ${h.exStdin}
  $ portvokter check "portefolje/**/*.yaml" --lang en --max-warnings 0
  $ portvokter rules --gate BP3 --theme benefits
  $ portvokter explain benefits/owner-not-in-line
  $ portvokter sources                              ${h.exSources}
  $ portvokter components --format json            ${h.exComponents}
  $ portvokter print-config                         ${h.pcExample}
  $ portvokter report examples --output rapport.html   ${h.exReport}
  $ portvokter diff HEAD~1:prosjekt.dossier.yaml prosjekt.dossier.yaml   ${h.dfExDiff}
  $ portvokter init --phase planlegge --output nytt.dossier.yaml

${h.exitCodes}`;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** commander's help in the user's language: titles, "default:" and "choices:". */
function localHelp(h: HelpTexts): Partial<Help> {
  const titles: Record<string, string> = {
    "Usage:": h.usage,
    "Options:": h.options,
    "Commands:": h.commands,
    "Arguments:": h.arguments,
    "Global Options:": h.globalOptions,
  };
  const extras = (s: string) => s.replace(/\((default|choices): /g, (_m, w: string) => `(${w === "default" ? h.defaultIs : h.choicesAre} `).replace(/, (default|choices): /g, (_m, w: string) => `, ${w === "default" ? h.defaultIs : h.choicesAre} `);
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    optionDescription: (option: Option) => extras(Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument: Argument) => extras(Help.prototype.argumentDescription.call(new Help(), argument)),
  };
}

/**
 * commander's usage errors (English, fixed wording) in the user's language; a mistyped choice
 * (`--gate bp3`) gets the value meant. Anything unrecognised passes unchanged.
 */
export function localUsageError(message: string, lang: Lang): string {
  const u = texts(lang).hints.usage;
  const say = (text: string) => `${u.prefix} ${text}\n`;
  const line = message.replace(/\n$/, "");
  let m = /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s.exec(line);
  if (m) {
    const allowed = m[3]!.split(", ");
    const suggestion = closestValue(m[2]!, allowed);
    const tail = suggestion === undefined ? "" : hint(lang, "didYouMean", { suggestion });
    return say(fill(u.invalidChoice, { option: m[1]!, value: m[2]!, allowed: m[3]! }) + tail);
  }
  m = /^error: option '(.+)' argument '(.*)' is invalid\. (.*)$/s.exec(line);
  if (m) return say(fill(u.invalidArgument, { option: m[1]!, value: m[2]!, reason: m[3]! }));
  m = /^error: unknown (option|command) '(.+?)'(?:\n\(Did you mean (?:one of )?(.+)\?\))?$/s.exec(line);
  if (m) {
    const text = m[1] === "option" ? fill(u.unknownOption, { option: m[2]! }) : fill(u.unknownCommand, { command: m[2]! });
    return say(text + (m[3] ? hint(lang, "didYouMean", { suggestion: m[3] }) : ""));
  }
  m = /^error: missing required argument '(.+)'$/.exec(line);
  if (m) return say(fill(u.missingArgument, { name: m[1]! }));
  m = /^error: option '(.+)' argument missing$/.exec(line);
  if (m) return say(fill(u.optionMissingArgument, { option: m[1]! }));
  if (/^error: too many arguments/.test(line)) return say(u.tooManyArguments);
  return message;
}

export function buildProgram(lang: Lang = "nb"): Command {
  const h = texts(lang).hints.help;
  const u = texts(lang).hints.usage;
  const langOption = () => new Option("--lang <lang>", h.lang).choices(LANGS);
  const intArg = (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(u.wholeNumber);
    return Number(value);
  };
  const positiveInt = (value: string): number => {
    if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError(u.positiveNumber);
    return Number(value);
  };
  const dateArg = (value: string): string => {
    if (!isCalendarDate(value)) throw new InvalidArgumentError(u.calendarDate);
    return value;
  };
  // Options several commands share, defined once (a new Option per command: commander owns each).
  const options = {
    rule: () => new Option("--rule <id=severity>", h.rule).argParser(collect),
    config: () => new Option("-c, --config <file>", h.config),
    noConfig: () => new Option("--no-config", h.noConfig),
    color: () => new Option("--color", h.color),
    noColor: () => new Option("--no-color", h.noColor),
    today: () => new Option("--today <date>", h.today).argParser(dateArg),
    /** The listing commands' --format (rules, sources, components). */
    tableFormat: () => new Option("--format <format>", h.formatRules).choices(["table", "json"]).default("table"),
  };

  const program = new Command("portvokter")
    .description(h.program)
    .version(toolVersion(), "-V, --version", h.version)
    .helpOption("-h, --help", h.helpOption)
    .helpCommand("help [command]", h.helpCommand)
    .configureHelp(localHelp(h))
    .option("--debug", h.debug)
    .showHelpAfterError(h.afterError)
    .addHelpText("after", helpExamples(h))
    .exitOverride()
    .configureOutput({
      writeErr: (s) => writeStderr(s),
      writeOut: (s) => process.stdout.write(s),
      outputError: (s, write) => write(localUsageError(s, lang)),
    })
    // Without --lang every command speaks the language help was shown in (see chosenLang).
    .hook("preAction", (_program, command) => {
      if (command.getOptionValue("lang") === undefined && command.options.some((o) => o.long === "--lang")) command.setOptionValue("lang", lang);
    });

  program
    .command("check")
    .description(h.check)
    .argument("[paths...]", h.paths)
    .addOption(new Option("-g, --gate <gate>", h.gateCheck).choices(GATES))
    .option("-f, --format <format>", fill(h.formatCheck, { names: FORMAT_NAMES.join(", ") }), collect)
    .option("-o, --output <file>", h.output)
    .addOption(langOption())
    .addOption(new Option("--fail-severity <severity>", h.failSeverity).choices(SEVERITIES).default("error"))
    .option("--max-warnings <n>", h.maxWarnings, intArg)
    .option("-q, --quiet", h.quiet)
    .addOption(options.rule())
    .addOption(options.config())
    .addOption(options.noConfig())
    .addOption(options.color())
    .addOption(options.noColor())
    .addOption(options.today())
    .option("--max-file-size <size>", h.maxFileSize)
    .option("-j, --jobs <n>", h.jobs, positiveInt)
    .option("--no-ignore", h.pcNoIgnore)
    .option("--suppress-all", h.blSuppressAll)
    .option("--suppress-rule <id>", h.blSuppressRule, collect)
    .option("--prune-suppressions", h.blPrune)
    .option("--suppressions-location <file>", h.blLocation)
    .option("--fail-on-unpruned-suppressions", h.blFailUnpruned)
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runCheck } = await import("./check.js");
      cmd.setOptionValue("exitCode", await runCheck(paths, { ...opts, debug: cmd.optsWithGlobals().debug }));
    });

  program
    .command("report")
    .description(h.report)
    .argument("[paths...]", h.paths)
    .option("-o, --output <file>", h.output)
    .addOption(new Option("-f, --format <format>", h.formatReport).choices(REPORT_FORMAT_NAMES).default("html"))
    .addOption(new Option("-g, --gate <gate>", h.gateReport).choices(GATES))
    .addOption(langOption())
    .addOption(new Option("--fail-severity <severity>", h.failSeverity).choices(SEVERITIES).default("error"))
    .addOption(options.rule())
    .addOption(options.config())
    .addOption(options.noConfig())
    .addOption(options.today())
    .option("--max-file-size <size>", h.maxFileSize)
    .option("-j, --jobs <n>", h.jobs, positiveInt)
    .option("--no-ignore", h.pcNoIgnore)
    .option("--since <rev>", h.dfSince)
    .option("--suppressions-location <file>", h.blLocation)
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runReport } = await import("./report.js");
      cmd.setOptionValue("exitCode", await runReport(paths, { ...opts, debug: cmd.optsWithGlobals().debug }));
    });

  program
    .command("diff")
    .description(h.dfDiff)
    .argument("<old>", h.dfOld)
    .argument("<new>", h.dfNew)
    .addOption(new Option("-g, --gate <gate>", h.dfGate).choices(GATES))
    .addOption(new Option("-f, --format <format>", h.dfFormat).choices(["stylish", "json", "markdown"]).default("stylish"))
    .option("-o, --output <file>", h.output)
    .addOption(langOption())
    .addOption(new Option("--fail-severity <severity>", h.dfFailSeverity).choices(SEVERITIES).default("error"))
    .addOption(options.rule())
    .addOption(options.config())
    .addOption(options.noConfig())
    .addOption(options.color())
    .addOption(options.noColor())
    .addOption(options.today())
    .action(async (oldArg: string, newArg: string, opts, cmd: Command) => {
      const { runDiff } = await import("./diff.js");
      cmd.setOptionValue("exitCode", await runDiff(oldArg, newArg, opts));
    });

  program
    .command("rules")
    .description(h.rules)
    .option("--theme <theme>", h.theme)
    .addOption(new Option("--gate <gate>", h.gateRules).choices(GATES))
    .addOption(options.tableFormat())
    .addOption(langOption())
    .option("-c, --config [file]", h.pcRulesConfig)
    .option("--no-config", h.pcRulesNoConfig)
    .action(async (opts, cmd: Command) => {
      const { runRules } = await import("./rules.js");
      cmd.setOptionValue("exitCode", await runRules(opts));
    });

  program
    .command("print-config")
    .description(h.pcCommand)
    .argument("[file]", h.pcFile)
    .addOption(new Option("--format <format>", h.pcFormat).choices(["yaml", "json"]).default("yaml"))
    .addOption(langOption())
    .addOption(options.config())
    .addOption(options.noConfig())
    .action(async (file: string | undefined, opts, cmd: Command) => {
      const { runPrintConfig } = await import("./print-config.js");
      cmd.setOptionValue("exitCode", await runPrintConfig(file, opts));
    });

  program
    .command("explain")
    .description(h.explain)
    .argument("<rule-id>", h.ruleId)
    .addOption(langOption())
    .addOption(options.config())
    .addOption(options.noConfig())
    .action(async (id: string, opts, cmd: Command) => {
      const { runExplain } = await import("./explain.js");
      cmd.setOptionValue("exitCode", await runExplain(id, opts));
    });

  program
    .command("sources")
    .description(h.sources)
    .addOption(options.tableFormat())
    .addOption(langOption())
    .action(async (opts, cmd: Command) => {
      const { runSources } = await import("./sources.js");
      cmd.setOptionValue("exitCode", await runSources(opts));
    });

  program
    .command("components")
    .description(h.components)
    .addOption(options.tableFormat())
    .addOption(langOption())
    .addOption(options.config())
    .addOption(options.noConfig())
    .action(async (opts, cmd: Command) => {
      const { runComponents } = await import("./components.js");
      cmd.setOptionValue("exitCode", await runComponents(opts));
    });

  program
    .command("init")
    .description(h.init)
    .addOption(new Option("--phase <phase>", h.phase).choices(PHASES).default("konsept"))
    .addOption(new Option("--level <level>", h.level).choices(LEVELS).default("stat"))
    .option("-o, --output <file>", h.initOutput, "prosjekt.dossier.yaml")
    .option("--force", h.force)
    .option("--stdout", h.stdout)
    .addOption(langOption())
    .action(async (opts, cmd: Command) => {
      const { runInit } = await import("./init.js");
      cmd.setOptionValue("exitCode", await runInit(opts));
    });

  program
    .command("schema")
    .description(h.schema)
    .option("--config", h.schemaConfig)
    .option("--pack", h.pkSchemaPack)
    .action(async (opts, cmd: Command) => {
      const { runSchema } = await import("./schema.js");
      cmd.setOptionValue("exitCode", await runSchema(opts));
    });

  return program;
}

/** The value of `--name X` or `--name=X` (or `-s X`) in argv, before commander has parsed it. */
function flagValue(argv: string[], ...names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    // (`rules --config` may stand alone: a next word that is an option is no value.)
    if (names.includes(a)) return argv[i + 1]?.startsWith("-") ? undefined : argv[i + 1];
    const eq = names.find((n) => n.startsWith("--") && a.startsWith(`${n}=`));
    if (eq) return a.slice(eq.length + 1);
  }
  return undefined;
}

/**
 * The language of everything printed, help and usage errors included: --lang, else the `lang`
 * of the config the command would use (-c FILE, or the one found from the working directory;
 * none with --no-config), else nb. A config that cannot be read is the command's to report.
 */
async function chosenLang(argv: string[]): Promise<Lang> {
  const given = flagValue(argv, "--lang");
  if (given !== undefined || argv.includes("--no-config")) return langOf(given);
  const file = argv[0] === "schema" ? undefined : flagValue(argv, "-c", "--config");
  try {
    const { loadSettings } = await import("../run/settings.js");
    return loadSettings(file !== undefined ? { config: file } : {}).lang;
  } catch {
    return "nb";
  }
}

/** Runs the CLI and returns the exit code; never throws. */
export async function run(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  const lang = await chosenLang(argv);
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
  const code = await runCommand(argv, lang, internal);
  // A reader that went away (`| head`) is no failure: the code says what was found until then.
  // Any other failure of stdout (full disk, file size limit) means the output is incomplete.
  const failed = stdoutFailure();
  if (failed !== undefined && failed !== "EPIPE") {
    writeStderr(fill(texts(lang).cli.stdoutFailed, { code: failed }) + "\n");
    return EXIT.usage;
  }
  return code;
}

async function runCommand(argv: string[], lang: Lang, internal: (err: unknown) => number): Promise<number> {
  const program = buildProgram(lang);
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
