import { Command, CommanderError } from "commander";
import { registerCalendar } from "./commands/calendar";
import { registerChecker } from "./commands/checker";
import { registerChecklist } from "./commands/checklist";
import { registerClassify } from "./commands/classify";
import { registerObligations } from "./commands/obligations";
import { registerReport } from "./commands/report";
import { writeCliError, type CommandContext } from "./commands/shared";
import { registerValidate } from "./commands/validate";
import { registerExport } from "./commands/export";
import { registerImport } from "./commands/import";
import { registerTemplate } from "./commands/template";
import { registerServe } from "./serve/command";
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, libraryErrorToCliError, pick, type Lang } from "./errors";
import type { CliIo } from "./io";
import { OutputWriteError, stdoutErrorLine } from "./output";
import { ISSUES_URL, PACKAGE_VERSION } from "./package-info";
import { styleFor } from "./style";
import { terminalSafeSink } from "./terminal-text";

/** Where to report bugs: the package's `bugs.url`. */
export { ISSUES_URL };

/**
 * Builds the `qsd` command tree (commander), with every subcommand registered and output
 * routed to `io`. Usage errors throw a `CommanderError` instead of exiting, so
 * {@link runCli} decides the exit code.
 *
 * @param ctx - The streams and the exit-code setter.
 * @returns The root command.
 * @example
 * ```ts
 * const program = createProgram({ io, setExitCode: (c) => (code = c) });
 * await program.parseAsync(["validate", "a.json"], { from: "user" });
 * ```
 */
export function createProgram(ctx: CommandContext): Command {
  const { io } = ctx;
  const program = new Command("qsd");
  program
    .description(
      "工业产品质量安全主体责任 — supervision tiers, deadlines, checklists and validation for China's industrial-product quality-safety rules (SAMR Orders 75/76, 宁市监质监〔2023〕146号)",
    )
    .version(PACKAGE_VERSION, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .helpCommand("help [command]", "show help for a command")
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(`qsd: ${s.replace(/^error: /, "")}`),
      getOutHelpWidth: () => io.stdout.columns ?? 100,
      getErrHelpWidth: () => io.stderr.columns ?? 100,
    })
    .addHelpText(
      "after",
      `
Exit codes: 0 all valid / done, 1 invalid input found, 2 usage error or unreadable file.

Examples:
  qsd report                                  # the bundled Nanjing demo data set
  qsd report units.ndjson --as-of 2026-06-30 --format markdown
  qsd validate units.ndjson
  qsd classify demo.json --json
  qsd obligations demo.json --status overdue,open
  qsd checklist producer-tasks --format html -o checklist.html
  qsd calendar add 2026-02-13 1
  qsd template -o 台账模板.xlsx                # the blank workbook; then qsd import 台账.xlsx -o dataset.json
Set QSD_DEBUG=1 to see the stack trace of an internal error.`,
    );
  registerReport(program, ctx);
  registerValidate(program, ctx);
  registerClassify(program, ctx);
  registerObligations(program, ctx);
  registerChecklist(program, ctx);
  registerCalendar(program, ctx);
  registerTemplate(program, ctx);
  registerImport(program, ctx);
  registerExport(program, ctx);
  registerServe(program, ctx);
  registerChecker(program, ctx);
  return program;
}

/**
 * The language asked for on the command line (`--lang en`), looked for before parsing so
 * usage errors and a failed write to standard output can use it.
 *
 * @param argv - The arguments after the program name.
 * @returns `"en"` or `"zh"` (the default).
 * @example
 * ```ts
 * langFromArgv(["report", "--lang", "en"]); // "en"
 * ```
 */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang") return argv[i + 1] === "en" ? "en" : "zh";
    if (a.startsWith("--lang=")) return a.slice(7) === "en" ? "en" : "zh";
  }
  return "zh";
}

/**
 * Runs `qsd` with the given arguments and returns the exit code. Usage errors (unknown
 * option, missing argument, bad value) exit 2; user-facing errors print a clear message and
 * no stack; an unexpected error (a bug) prints one line, where to report it, and how to
 * see the stack (`QSD_DEBUG=1`), and exits 70. Standard output and standard error are
 * wrapped in a {@link terminalSafeSink}: nothing from the data reaches the terminal raw.
 *
 * @param argv - The arguments after the program name (`process.argv.slice(2)`).
 * @param rawIo - The streams, environment and clock.
 * @returns The exit code.
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo());
 * ```
 */
export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // Every text the commands write goes through one escaping function (terminal safety):
  // control characters, bidi overrides and other non-printing code points of the data
  // become visible escapes; JSON stays exact JSON.
  const io: CliIo = {
    ...rawIo,
    stdout: terminalSafeSink(rawIo.stdout, { keepStyle: styleFor(rawIo.stdout, rawIo.env).enabled }),
    stderr: terminalSafeSink(rawIo.stderr, { keepStyle: styleFor(rawIo.stderr, rawIo.env).enabled }),
  };
  let exitCode = EXIT_OK;
  const ctx: CommandContext = { io, setExitCode: (code) => (exitCode = Math.max(exitCode, code)) };
  const lang = langFromArgv(argv);
  try {
    const program = createProgram(ctx);
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_OK;
    }
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return EXIT_OK;
      if (error.code === "commander.help" || error.code === "commander.executeSubCommandAsync") return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
      return EXIT_USAGE; // unknown option or command, missing or excess argument, invalid value
    }
    if (error instanceof OutputWriteError) {
      // Standard output is gone (a full disk, a size limit): one line, no stack, exit 2.
      io.stderr.write(`${stdoutErrorLine(error, lang)}\n`);
      return EXIT_USAGE;
    }
    const known = libraryErrorToCliError(error);
    if (known) {
      writeCliError(io, lang, known);
      return known.exitCode;
    }
    writeInternalError(io, lang, error);
    return EXIT_INTERNAL;
  }
}

/**
 * Prints an internal error: one line, where to report it, and how to see the stack.
 * With `QSD_DEBUG=1` the stack is printed too.
 *
 * @param io - The streams.
 * @param lang - The message language.
 * @param error - What was thrown.
 * @example
 * ```ts
 * writeInternalError(io, "en", new Error("boom"));
 * ```
 */
export function writeInternalError(io: CliIo, lang: Lang, error: unknown): void {
  let message = "unknown error";
  try {
    message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    // an error object that cannot be shown
  }
  const first = message.split("\n")[0]!.slice(0, 300);
  const lines = [
    pick(lang, `qsd: 内部错误：${first}`, `qsd: internal error: ${first}`),
    pick(lang, `这是 qsd 的缺陷，请报告到 ${ISSUES_URL}`, `This is a bug in qsd; please report it at ${ISSUES_URL}`),
  ];
  const debug = io.env.QSD_DEBUG !== undefined && io.env.QSD_DEBUG !== "" && io.env.QSD_DEBUG !== "0";
  if (debug && error instanceof Error && error.stack) lines.push(error.stack);
  else lines.push(pick(lang, "设置 QSD_DEBUG=1 后重新运行可显示堆栈信息。", "Rerun with QSD_DEBUG=1 to see the stack trace."));
  io.stderr.write(`${lines.join("\n")}\n`);
}
