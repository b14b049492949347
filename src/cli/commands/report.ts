import type { Command } from "commander";
import {
  createReportBuilder,
  REPORT_GROUPINGS,
  renderSupervisionReport,
  type Policy,
  type ReportBuilder,
  type ReportGrouping,
  type ReportUnitRows,
  type SupervisionReport,
  type WorkCalendar,
} from "../../index";
import { CALENDAR_OPTION_HELP, collectOption, resolveCalendar } from "../calendar-files";
import { bundledDemoPath } from "../demo";
import { PACKAGE_VERSION } from "../package-info";
import { CliError, EXIT_INVALID, EXIT_OK, pick, type Lang } from "../errors";
import type { CliIo } from "../io";
import { writeFileAtomic } from "../output";
import { escapeOutputText } from "../terminal-text";
import { calendarGapWarning, parseDateOption, parseIntegerOption, parseLang, resolveAsOf, resolvePolicy } from "../options";
import { renderReportText } from "../report/render-text";
import { plainStyle, styleFor } from "../style";
import { streamUnits, type RejectedRecord, type UnitItem } from "../unit-stream";
import { reportSheets, writeTabular } from "../tabular-output";
import type { CommandContext } from "./shared";

/** The formats of `qsd report`. */
export const REPORT_FORMATS = ["text", "markdown", "html", "json", "xlsx"] as const;
/** A format of `qsd report`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of {@link runReport}. */
export interface RunReportOptions {
  /** The data file; the bundled demo when absent. */
  file?: string;
  /** `--as-of`, already checked. */
  asOf?: string;
  /** The policy. */
  policy: Policy;
  /** The output format. */
  format: ReportFormat;
  /** The language. */
  lang: Lang;
  /** The most rows per list in text, Markdown and HTML (0 = all). */
  limit: number;
  /** Open obligations due within this many days count as upcoming. */
  upcomingDays: number;
  /** Write to this file instead of stdout. */
  output?: string;
  /** `department` groups the obligations, mechanism gaps and findings by department (附件1 三), `district` by the unit's district; default `level`. */
  by?: ReportGrouping;
  /** The working-day calendar (default `chinaCalendar`; `--calendar` / `QSD_CALENDAR` add years). */
  calendar?: WorkCalendar;
}

/**
 * Builds the {@link SupervisionReport} of a file with the library's report builder
 * (`createReportBuilder`), streamed unit by unit; invalid records (and repeated ids) are
 * kept with their issues and never stop the rest.
 *
 * @param file - The path (`-` for stdin).
 * @param source - The name shown in the report.
 * @param options - As-of, policy, calendar, language, upcoming window, `by` (grouping) and `keep` (rows kept per list).
 * @param io - The streams and clock.
 * @returns The report.
 * @throws {CliError} (exit 2) for an unreadable or unparseable file, or an invalid as-of date.
 * @example
 * ```ts
 * const report = await buildReport("demo.json", "demo.json", { policy: nanjing2023, lang: "zh", upcomingDays: 30 }, io);
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export async function buildReport(
  file: string,
  source: string,
  options: Pick<RunReportOptions, "asOf" | "policy" | "calendar" | "lang" | "upcomingDays" | "by"> & { keep?: number; units?: ReportUnitRows },
  io: CliIo,
): Promise<SupervisionReport> {
  let builder: ReportBuilder | undefined;
  const early: RejectedRecord[] = [];
  const make = (asOf: string, asOfFrom: UnitItem["asOfFrom"]) =>
    createReportBuilder({
      asOf,
      asOfFrom,
      policy: options.policy,
      upcomingDays: options.upcomingDays,
      source,
      generator: { name: "qsd", version: PACKAGE_VERSION },
      ...(options.calendar ? { calendar: options.calendar } : {}),
      ...(options.by ? { groupBy: options.by } : {}),
      ...(options.keep !== undefined ? { keep: options.keep } : {}),
      ...(options.units !== undefined ? { units: options.units } : {}),
    });
  await streamUnits(
    file,
    { ...(options.asOf ? { asOf: options.asOf } : {}), lang: options.lang, progress: true, printRejected: false },
    io,
    ({ unit, location, asOf, asOfFrom }) => {
      builder ??= make(asOf, asOfFrom);
      builder.add(unit, location);
    },
    (rejected) => (builder ? builder.addInvalid(rejected) : early.push(rejected)),
  );
  if (!builder) {
    // No valid unit at all: the as-of date still has to be known for the (empty) report.
    const { asOf, from } = resolveAsOf(options.asOf, undefined, io.today);
    builder = make(asOf, from);
  }
  for (const r of early) builder.addInvalid(r);
  return builder.finish();
}

/**
 * `qsd report`: the supervision picture of a data set — units per level, the annual key and
 * special lists for producers and sellers, overdue, upcoming and not-yet-computable
 * obligations, mechanism gaps in the month to date, staffing and supervision findings, and
 * invalid records — as text, Markdown, HTML or JSON; with `by: "department"` (附件1 三) or
 * `by: "district"` the obligations, gaps and findings are grouped. When the calendar lacks a
 * year some answer needs, one warning line on stderr names the years and how to add them.
 *
 * @param options - See {@link RunReportOptions}.
 * @param io - The streams and clock.
 * @returns The exit code: 0 (also with unknowns), or 1 when records were invalid (they are listed in the report).
 * @example
 * ```ts
 * await runReport({ policy: nanjing2023, format: "text", lang: "zh", limit: 50, upcomingDays: 30 }, io);
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export async function runReport(options: RunReportOptions, io: CliIo): Promise<number> {
  const { lang } = options;
  let file = options.file;
  let source = file === "-" ? "<stdin>" : file;
  if (file === undefined) {
    file = io.demoFile ?? bundledDemoPath();
    if (file === undefined) throw new CliError("找不到内置演示数据 examples/nanjing-demo.json：请指定数据文件", "the bundled demo data set examples/nanjing-demo.json is missing: give a data file");
    source = pick(lang, "examples/nanjing-demo.json（内置演示数据）", "examples/nanjing-demo.json (bundled demo)");
  }
  // Text and Markdown show at most `limit` rows per list: keep no more (bounded memory). The
  // HTML page lists every row (paginated on screen) and every unit with its panel.
  const html = options.format === "html";
  const keep = !html && options.format !== "json" && options.format !== "xlsx" && options.limit > 0 ? options.limit : undefined;
  const report = await buildReport(file, source!, { ...options, ...(keep !== undefined ? { keep } : {}), ...(html ? { units: "detail" as const } : {}) }, io);
  const toFile = options.output !== undefined;
  if (options.format === "xlsx") {
    // A workbook: 概况, then one sheet per table of each section (dates as date cells, autofilter, frozen header).
    await writeTabular(reportSheets(report, lang), { format: "xlsx", ...(toFile ? { output: options.output! } : {}), lang }, io);
    const gap = calendarGapWarning(report.calendar.missingYears, lang);
    if (gap !== undefined) io.stderr.write(`${gap}\n`);
    return report.totals.invalid > 0 ? EXIT_INVALID : EXIT_OK;
  }
  let text: string;
  switch (options.format) {
    case "json":
      text = `${JSON.stringify(report, null, 2)}\n`;
      break;
    case "markdown":
    case "html":
      text = renderSupervisionReport(report, { format: options.format, lang, limit: options.limit, moreHint: pick(lang, "（--limit 0 显示全部，或 --format json）", " (--limit 0 shows all, or use --format json)") });
      break;
    default:
      text = renderReportText(report, {
        lang,
        limit: options.limit,
        style: toFile ? plainStyle : styleFor(io.stdout, io.env),
        ...(!toFile && io.stdout.isTTY && io.stdout.columns ? { width: io.stdout.columns } : {}),
      });
  }
  if (toFile) {
    // Atomic: a temporary file renamed over the target; a failure leaves the old file as it was.
    await writeFileAtomic(options.output!, escapeOutputText(text));
    io.stderr.write(pick(lang, `已写入 ${options.output}\n`, `wrote ${options.output}\n`));
  } else io.stdout.write(text);
  const warning = calendarGapWarning(report.calendar.missingYears, lang);
  if (warning !== undefined) io.stderr.write(`${warning}\n`);
  return report.totals.invalid > 0 ? EXIT_INVALID : EXIT_OK;
}

/**
 * Registers `qsd report` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The subcommand.
 * @example
 * ```ts
 * registerReport(program, ctx);
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function registerReport(program: Command, ctx: CommandContext): Command {
  return program
    .command("report")
    .description("监管概况 — the supervision picture of a data set (default: the bundled Nanjing demo)")
    .argument("[file]", "units: a JSON data set, array or unit, or NDJSON; - for standard input (default: the bundled demo)")
    .option("--as-of <date>", "as of this date (default: the data set's asOf, else today in Asia/Shanghai)")
    .option("--format <format>", `output: ${REPORT_FORMATS.join(" | ")}`, "text")
    .option("--policy <policy>", "nanjing2023 (default), anhui2023, or a policy JSON file")
    .option("--limit <n>", "most rows per list in text / markdown (0 = all; html lists every row, paginated)", "50")
    .option("--upcoming-days <n>", "open obligations due within n days count as upcoming", "30")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .option("--by <grouping>", `group obligations, gaps and findings by: ${REPORT_GROUPINGS.join(" | ")} (the department that handles them, 附件1 三; the unit's district code)`, "level")
    .option("--calendar <file>", CALENDAR_OPTION_HELP, collectOption)
    .option("--lang <lang>", "language: zh | en", "zh")
    .addHelpText(
      "after",
      `
Sections: units per level; annual key and special lists (producers, sellers); overdue and
upcoming obligations; obligations that cannot be computed yet (they need a year whose
holiday notice the calendar lacks: one warning on stderr says how to add it); missing
daily / weekly / monthly records from the 1st of the as-of month; staffing and supervision
findings; invalid records (listed, never fatal).
--by department lists the obligations, missing records and findings under the department
that handles each (宁市监质监〔2023〕146号 附件1 三、成员处室（单位）职责分工; in JSON also
as byDepartment, keyed by department id); --by district under the unit's district code
(GB/T 2260; in JSON byDistrict, units without one under ""); units per level, annual
lists and invalid records stay as they are.
Exit codes: 0 done, 1 done but some records were invalid, 2 usage error or unreadable file.

Examples:
  qsd report
  qsd report units.ndjson --as-of 2026-06-30
  qsd report demo.json --format html -o report.html
  qsd report demo.json --format json | jq '.obligations.overdue | length'
  qsd report --lang en --policy anhui2023
  qsd report --by department
  qsd report units.ndjson --by district --format markdown -o by-district.md
  qsd report demo.json --by department --format json | jq '.byDepartment | map_values(.totals)'`,
    )
    .action(async (file: string | undefined, opts: { asOf?: string; format?: string; policy?: string; limit?: string; upcomingDays?: string; output?: string; lang?: string; by?: string; calendar?: string[] }) => {
      const lang = parseLang(opts.lang);
      const { calendar } = await resolveCalendar(opts.calendar, ctx.io.env, lang);
      const format = opts.format ?? "text";
      if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
        throw new CliError(`--format 应为 ${REPORT_FORMATS.join("、")} 之一，实际为 ${JSON.stringify(format)}`, `--format must be one of ${REPORT_FORMATS.join(", ")}, not ${JSON.stringify(format)}`);
      }
      const by = opts.by ?? "level";
      if (!(REPORT_GROUPINGS as readonly string[]).includes(by)) {
        throw new CliError(`--by 应为 ${REPORT_GROUPINGS.join("、")} 之一，实际为 ${JSON.stringify(by)}`, `--by must be one of ${REPORT_GROUPINGS.join(", ")}, not ${JSON.stringify(by)}`);
      }
      const options: RunReportOptions = {
        format: format as ReportFormat,
        lang,
        policy: await resolvePolicy(opts.policy, lang, ctx.io.stdin),
        limit: parseIntegerOption(opts.limit ?? "50", "--limit", 0),
        upcomingDays: parseIntegerOption(opts.upcomingDays ?? "30", "--upcoming-days", 0),
        calendar,
      };
      if (by !== "level") options.by = by as ReportGrouping;
      if (file !== undefined) options.file = file;
      if (opts.asOf !== undefined) options.asOf = parseDateOption(opts.asOf, "--as-of");
      if (opts.output !== undefined) options.output = opts.output;
      ctx.setExitCode(await runReport(options, ctx.io));
    });
}
