import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import {
  addDays,
  CalendarDataError,
  chinaCalendar,
  createWorkCalendar,
  isoWeekday,
  NoticeParseError,
  parseHolidayNotice,
  toDayNumber,
  fromDayNumber,
  type CalendarYearData,
  type YearDataWorkCalendar,
} from "../../index";
import { CALENDAR_OPTION_HELP, collectOption, nextYearNote, resolveCalendar, type CalendarFile } from "../calendar-files";
import { CliError, EXIT_INVALID, pick, type Lang } from "../errors";
import type { CliIo } from "../io";
import { writeFileAtomic } from "../output";
import { parseDateOption, parseIntegerOption, parseLang } from "../options";
import { styleFor } from "../style";
import { padToWidth } from "../text-width";
import type { CommandContext } from "./shared";

const WEEKDAYS_ZH = ["一", "二", "三", "四", "五", "六", "日"];
const WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/**
 * A date with its weekday: `2026-02-14（周六）` / `2026-02-14 (Sat)`.
 *
 * @param date - A date `YYYY-MM-DD`.
 * @param lang - The language.
 * @returns The labelled date.
 * @example
 * ```ts
 * withWeekday("2026-02-14", "zh"); // "2026-02-14（周六）"
 * ```
 */
export function withWeekday(date: string, lang: Lang): string {
  const w = isoWeekday(date) - 1;
  return lang === "en" ? `${date} (${WEEKDAYS_EN[w]})` : `${date}（周${WEEKDAYS_ZH[w]}）`;
}

/** A run of consecutive dates. */
export interface DateRun {
  /** The first date. */
  start: string;
  /** The last date. */
  end: string;
  /** How many days. */
  days: number;
}

/**
 * Groups dates into runs of consecutive days (a holiday of 9 days is one run).
 *
 * @param dates - Dates `YYYY-MM-DD`, in any order.
 * @returns The runs, in date order.
 * @example
 * ```ts
 * consecutiveRuns(["2026-01-01", "2026-01-02", "2026-04-04"]);
 * // [{ start: "2026-01-01", end: "2026-01-02", days: 2 }, { start: "2026-04-04", end: "2026-04-04", days: 1 }]
 * ```
 */
export function consecutiveRuns(dates: readonly string[]): DateRun[] {
  const days = [...new Set(dates.map(toDayNumber))].sort((a, b) => a - b);
  const runs: DateRun[] = [];
  for (const d of days) {
    const last = runs[runs.length - 1];
    if (last && toDayNumber(last.end) === d - 1) {
      last.end = fromDayNumber(d);
      last.days++;
    } else runs.push({ start: fromDayNumber(d), end: fromDayNumber(d), days: 1 });
  }
  return runs;
}

/** The facts `qsd calendar info` shows for one year. */
export interface CalendarYearInfo {
  /** The year. */
  year: number;
  /** The calendar's id. */
  calendar: string;
  /** Working days in the year. */
  workingDays: number;
  /** Rest days in the year (weekends and holidays). */
  restDays: number;
  /** The notice's days off within the year, grouped into runs. */
  offDays: DateRun[];
  /** Weekend days that are working days (调休上班). */
  workingWeekendDays: string[];
  /** The notice. */
  source: CalendarYearData["source"];
}

/**
 * Collects what `qsd calendar info <year>` shows: working days, days off, working weekends
 * and the source notice.
 *
 * @param year - The year.
 * @param calendar - The calendar (default `chinaCalendar`).
 * @returns The year's facts.
 * @throws {CliError} (exit 2) when the calendar has no data for the year.
 * @example
 * ```ts
 * calendarYearInfo(2026).workingDays; // 248
 * ```
 * @see 国办发明电〔2025〕7号 (2026)
 */
export function calendarYearInfo(year: number, calendar: YearDataWorkCalendar = chinaCalendar): CalendarYearInfo {
  const data = calendar.years.find((y) => y.year === year);
  if (!data) {
    const first = calendar.years[0]?.year;
    const last = calendar.years[calendar.years.length - 1]?.year;
    throw new CliError(
      `工作日历没有 ${year} 年的数据（已收录 ${first}–${last} 年）${year > (last ?? 0) ? "：该年的放假安排通知尚未发布或尚未收录" : ""}`,
      `the working-day calendar has no data for ${year} (it covers ${first}–${last})${year > (last ?? 0) ? ": the year's holiday notice is not published or not included yet" : ""}`,
    );
  }
  const start = `${String(year).padStart(4, "0")}-01-01`;
  let working = 0;
  let total = 0;
  for (let d = start; d.startsWith(String(year).padStart(4, "0")); d = addDays(d, 1)) {
    total++;
    if (calendar.isWorkingDay(d)) working++;
  }
  return {
    year,
    calendar: calendar.id,
    workingDays: working,
    restDays: total - working,
    offDays: consecutiveRuns(data.offDays.filter((d) => d.startsWith(`${year}-`))),
    workingWeekendDays: [...data.workingWeekendDays].sort(),
    source: data.source,
  };
}

function renderInfo(info: CalendarYearInfo, lang: Lang, io: CliIo): string {
  const s = styleFor(io.stdout, io.env);
  const L = (zh: string, en: string) => padToWidth(pick(lang, zh, en), lang === "en" ? 22 : 14);
  const src = info.source;
  const lines = [
    s.bold(pick(lang, `${info.year} 年工作日历（${info.calendar}）`, `Working-day calendar ${info.year} (${info.calendar})`)),
    `${L("来源", "Source")}${src.title}${src.documentNumber ? ` ${src.documentNumber}` : ""}${pick(lang, `，${src.publishedOn} 发布`, `, published ${src.publishedOn}`)}`,
    ...(src.url ? [`${L("", "")}${s.dim(src.url)}`] : []),
    `${L("工作日", "Working days")}${info.workingDays}`,
    `${L("休息日", "Rest days")}${info.restDays}`,
    `${L("放假", "Days off (notice)")}${info.offDays.length === 0 ? "—" : ""}`,
    ...info.offDays.map((r) =>
      r.days === 1 ? `  ${withWeekday(r.start, lang)}` : `  ${withWeekday(r.start, lang)} ${pick(lang, "至", "to")} ${withWeekday(r.end, lang)}${pick(lang, `，共 ${r.days} 天`, `, ${r.days} days`)}`,
    ),
    `${L("调休上班", "Working weekends")}${info.workingWeekendDays.length === 0 ? "—" : ""}`,
    ...info.workingWeekendDays.map((d) => `  ${withWeekday(d, lang)}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** What `qsd calendar info` shows about the calendar as a whole. */
export interface CalendarCoverageInfo {
  /** The calendar's id. */
  calendar: string;
  /** The first and last covered date. */
  coverage: { start: string; end: string };
  /** Each covered year, its notice, and the file it was added from (absent for the built-in years). */
  years: { year: number; title: string; documentNumber?: string; publishedOn: string; file?: string }[];
  /** When today is within 60 days of the coverage's end: the missing year and how to add it. */
  nextYearMissing?: { year: number; message: string };
}

/**
 * Collects what `qsd calendar info` shows about the coverage, with the next-year note when
 * `today` is within 60 days of its end.
 *
 * @param calendar - The calendar (with the `--calendar` years added).
 * @param files - The files the added years came from.
 * @param today - Today's date (the CLI's clock).
 * @param lang - The language of the note.
 * @returns The coverage facts.
 * @example
 * ```ts
 * calendarCoverageInfo(chinaCalendar, [], "2026-11-20", "zh").nextYearMissing?.year; // 2027
 * ```
 */
export function calendarCoverageInfo(calendar: YearDataWorkCalendar, files: readonly CalendarFile[], today: string, lang: Lang): CalendarCoverageInfo {
  const fileOf = new Map(files.map((f) => [f.data.year, f.file]));
  const info: CalendarCoverageInfo = {
    calendar: calendar.id,
    coverage: { start: calendar.coverage.start, end: calendar.coverage.end },
    years: calendar.years.map((y) => {
      const file = fileOf.get(y.year);
      return { year: y.year, title: y.source.title, ...(y.source.documentNumber ? { documentNumber: y.source.documentNumber } : {}), publishedOn: y.source.publishedOn, ...(file ? { file } : {}) };
    }),
  };
  const note = nextYearNote(calendar, today, lang);
  if (note !== undefined) info.nextYearMissing = { year: Number(calendar.coverage.end.slice(0, 4)) + 1, message: note };
  return info;
}

function renderCoverage(info: CalendarCoverageInfo, lang: Lang, io: CliIo): string {
  const s = styleFor(io.stdout, io.env);
  const lines = [
    s.bold(pick(lang, `工作日历（${info.calendar}）：${info.coverage.start} 至 ${info.coverage.end}`, `Working-day calendar (${info.calendar}): ${info.coverage.start} to ${info.coverage.end}`)),
    ...info.years.map(
      (y) =>
        `  ${y.year}  ${y.title}${y.documentNumber ? ` ${y.documentNumber}` : ""}${pick(lang, `，${y.publishedOn} 发布`, `, published ${y.publishedOn}`)}${y.file ? s.dim(pick(lang, `（来自 ${y.file}）`, ` (from ${y.file})`)) : ""}`,
    ),
  ];
  if (info.nextYearMissing) lines.push("", s.yellow(info.nextYearMissing.message));
  return `${lines.join("\n")}\n`;
}

/** Reads the notice's text (a file or standard input), strictly as UTF-8, and parses it. */
async function importNotice(name: string, year: number | undefined, io: CliIo): Promise<CalendarYearData> {
  const shown = name === "-" ? "<stdin>" : name;
  let bytes: Uint8Array;
  if (name === "-") {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk));
    bytes = Buffer.concat(chunks);
  } else {
    bytes = await readFile(name).catch((e: NodeJS.ErrnoException) => {
      const why: Record<string, [string, string]> = { ENOENT: ["文件不存在", "no such file"], EACCES: ["没有读取权限", "permission denied"], EISDIR: ["这是一个目录", "it is a directory"] };
      const [zh, en] = why[e.code ?? ""] ?? [e.message, e.message];
      throw new CliError(`无法读取 ${name}：${zh}`, `cannot read ${name}: ${en}`);
    });
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${shown} 不是 UTF-8 编码的文本（GBK 等编码请先转换为 UTF-8）`, `${shown} is not UTF-8 text (convert GBK or other encodings to UTF-8 first)`);
  }
  try {
    const data = parseHolidayNotice(text, year === undefined ? {} : { year });
    // The same checks as extendCalendar's, so a file that imports is a file --calendar accepts.
    createWorkCalendar({ id: "import", years: [data] });
    return data;
  } catch (e) {
    if (e instanceof NoticeParseError) {
      const zh = e.messageZh.replace(/^第 \d+ 行：/, "");
      const en = e.message.replace(/^Line \d+: /, "");
      const at = e.line > 0 ? `${shown}:${e.line}` : shown;
      throw new CliError(`${at}：无法读取放假通知：${zh}`, `${at}: cannot read the holiday notice: ${en}`, { exitCode: EXIT_INVALID });
    }
    if (e instanceof CalendarDataError) throw new CliError(`${shown}：${e.messageZh}`, `${shown}: ${e.message}`, { exitCode: EXIT_INVALID });
    throw e;
  }
}

/** One month of an imported year: its runs of days off (by the month they start in) and its working weekend days. */
export interface ImportedMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Runs of consecutive days off that start in this month. */
  offDays: DateRun[];
  /** Weekend days that are working days. */
  workingWeekendDays: string[];
}

/**
 * The per-month summary `qsd calendar import --json` prints.
 *
 * @param data - The imported year.
 * @param output - The file written, if any.
 * @returns The year, its source, its totals and its months (only those with a day off or a working weekend day).
 * @example
 * ```ts
 * importSummary(chinaCalendarYear2026).months[0]?.month; // "2026-01"
 * ```
 */
export function importSummary(data: CalendarYearData, output?: string): { year: number; source: CalendarYearData["source"]; output?: string; offDays: number; workingWeekendDays: number; months: ImportedMonth[] } {
  const months = new Map<string, ImportedMonth>();
  const monthOf = (key: string) => months.get(key) ?? months.set(key, { month: key, offDays: [], workingWeekendDays: [] }).get(key)!;
  for (const run of consecutiveRuns(data.offDays)) monthOf(run.start.slice(0, 7)).offDays.push(run);
  for (const d of [...data.workingWeekendDays].sort()) monthOf(d.slice(0, 7)).workingWeekendDays.push(d);
  return {
    year: data.year,
    source: data.source,
    ...(output !== undefined ? { output } : {}),
    offDays: data.offDays.length,
    workingWeekendDays: data.workingWeekendDays.length,
    months: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
  };
}

function renderImportSummary(data: CalendarYearData, lang: Lang, output: string | undefined): string {
  const summary = importSummary(data, output);
  const src = data.source;
  const run = (r: DateRun) =>
    r.days === 1 ? withWeekday(r.start, lang) : `${withWeekday(r.start, lang)} ${pick(lang, "至", "to")} ${withWeekday(r.end, lang)}${pick(lang, `，共 ${r.days} 天`, `, ${r.days} days`)}`;
  const lines = [
    `${src.title}${src.documentNumber ? ` ${src.documentNumber}` : ""}${pick(lang, `，${src.publishedOn} 发布`, `, published ${src.publishedOn}`)}`,
    pick(lang, `${data.year} 年：放假 ${summary.offDays} 天，调休上班 ${summary.workingWeekendDays} 天`, `${data.year}: ${summary.offDays} days off, ${summary.workingWeekendDays} working weekend days`),
    ...summary.months.flatMap((m) => [
      `${m.month}  ${pick(lang, "放假", "off")}  ${m.offDays.length === 0 ? "—" : m.offDays.map(run).join(pick(lang, "；", "; "))}`,
      `${" ".repeat(m.month.length)}  ${pick(lang, "上班", "work")}  ${m.workingWeekendDays.length === 0 ? "—" : m.workingWeekendDays.map((d) => withWeekday(d, lang)).join(pick(lang, "、", ", "))}`,
    ]),
    output !== undefined
      ? pick(lang, `已写入 ${output}。请逐月与通知原文核对，然后使用 --calendar ${output}（或 QSD_CALENDAR=${output}）。`, `Wrote ${output}. Compare each month with the notice, then use --calendar ${output} (or QSD_CALENDAR=${output}).`)
      : pick(lang, "请逐月与通知原文核对。", "Compare each month with the notice."),
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * Registers `qsd calendar add | count | info | import` on the program.
 *
 * @param program - The root command.
 * @param ctx - The shared context.
 * @returns The `calendar` command.
 * @example
 * ```ts
 * registerCalendar(program, ctx);
 * ```
 * @see 《中华人民共和国行政许可法》第八十二条 — periods in working days
 */
export function registerCalendar(program: Command, ctx: CommandContext): Command {
  const { io } = ctx;
  const calendar = program
    .command("calendar")
    .description("工作日历 — China's official working-day calendar (2023–2026; add years with --calendar): add and count working days, show the coverage or a year, import a notice")
    .addHelpText(
      "after",
      `
Examples:
  qsd calendar add 2026-02-13 1        # 2026-02-14 (a working Saturday before the Spring Festival)
  qsd calendar add 2026-05-11 -5       # five working days back
  qsd calendar count 2025-12-31 2026-12-31
  qsd calendar info 2026`,
    );

  calendar
    .command("add")
    .description("第 n 个工作日 — the n-th working day after <date> (date not counted; n < 0 counts back)")
    .argument("<date>", "start date YYYY-MM-DD")
    .argument("<n>", "working days to add (negative counts back)")
    .option("--json", "print JSON")
    .option("--calendar <file>", CALENDAR_OPTION_HELP, collectOption)
    .option("--lang <lang>", "message language: zh | en", "zh")
    .addHelpText("after", "\nExamples:\n  qsd calendar add 2026-04-30 5      # 2026-05-11\n  qsd calendar add 2026-05-11 -5 --json\n  qsd calendar add 2026-12-28 5 --calendar cn-2027.json")
    .action(async (dateArg: string, nArg: string, opts: { json?: boolean; lang?: string; calendar?: string[] }) => {
      const lang = parseLang(opts.lang);
      const date = parseDateOption(dateArg, "<date>");
      const n = parseIntegerOption(nArg, "<n>", Number.MIN_SAFE_INTEGER);
      const { calendar: cal } = await resolveCalendar(opts.calendar, io.env, lang);
      const result = cal.addWorkingDays(date, n);
      io.stdout.write(opts.json ? `${JSON.stringify({ date, workingDays: n, result, calendar: cal.id })}\n` : `${result}\n`);
    });

  calendar
    .command("count")
    .description("工作日天数 — working days in (from, to]: from not counted, to counted")
    .argument("<from>", "start date YYYY-MM-DD (not counted)")
    .argument("<to>", "end date YYYY-MM-DD (counted)")
    .option("--json", "print JSON")
    .option("--calendar <file>", CALENDAR_OPTION_HELP, collectOption)
    .option("--lang <lang>", "message language: zh | en", "zh")
    .addHelpText("after", "\nExamples:\n  qsd calendar count 2025-12-31 2026-12-31   # 248\n  qsd calendar count 2026-02-13 2026-02-24")
    .action(async (fromArg: string, toArg: string, opts: { json?: boolean; lang?: string; calendar?: string[] }) => {
      const lang = parseLang(opts.lang);
      const from = parseDateOption(fromArg, "<from>");
      const to = parseDateOption(toArg, "<to>");
      const { calendar: cal } = await resolveCalendar(opts.calendar, io.env, lang);
      const count = cal.countWorkingDays(from, to);
      io.stdout.write(opts.json ? `${JSON.stringify({ from, to, workingDays: count, calendar: cal.id })}\n` : `${count}\n`);
    });

  calendar
    .command("info")
    .description("年度日历 — the calendar's coverage; with a year, its working days, days off, working weekends and source notice")
    .argument("[year]", "the year, e.g. 2026")
    .option("--json", "print JSON")
    .option("--calendar <file>", CALENDAR_OPTION_HELP, collectOption)
    .option("--lang <lang>", "language: zh | en", "zh")
    .addHelpText(
      "after",
      "\nWithin 60 days of the coverage's end it says the next year is missing and how to add it.\n\nExamples:\n  qsd calendar info\n  qsd calendar info 2026\n  qsd calendar info 2024 --lang en\n  qsd calendar info 2027 --calendar cn-2027.json",
    )
    .action(async (yearArg: string | undefined, opts: { json?: boolean; lang?: string; calendar?: string[] }) => {
      const lang = parseLang(opts.lang);
      const year = yearArg === undefined ? undefined : parseIntegerOption(yearArg, "<year>", 1);
      const { calendar: cal, files } = await resolveCalendar(opts.calendar, io.env, lang);
      const coverage = calendarCoverageInfo(cal, files, io.today(), lang);
      const info = year === undefined ? undefined : calendarYearInfo(year, cal);
      if (opts.json) io.stdout.write(`${JSON.stringify(info ? { ...info, coverage } : coverage)}\n`);
      else io.stdout.write(`${renderCoverage(coverage, lang, io)}${info ? `\n${renderInfo(info, lang, io)}` : ""}`);
    });

  calendar
    .command("import")
    .description("导入放假通知 — read a State Council holiday notice's text into a calendar year file for --calendar")
    .argument("<notice>", "the notice's text, UTF-8 (copied from the published notice); - for standard input")
    .option("-o, --output <file>", "write the year's JSON here (default: standard output)")
    .option("--year <year>", "the year, when the text does not name it")
    .option("--json", "print the per-month summary as JSON")
    .option("--lang <lang>", "language: zh | en", "zh")
    .addHelpText(
      "after",
      `
Writes the year as JSON (schemas/calendar-year.schema.json) and prints a per-month summary
— the days off and the working weekend days, with weekdays — to compare with the notice:
on standard error, or on standard output when -o is given. A sentence it cannot read, a
weekday that does not match its date or a day count that does not add up is refused with
its line (exit 1); nothing is written then.

Examples:
  qsd calendar import notice-2027.txt -o cn-2027.json
  qsd calendar add 2026-12-28 5 --calendar cn-2027.json
  pbpaste | qsd calendar import - > cn-2027.json`,
    )
    .action(async (notice: string, opts: { output?: string; year?: string; json?: boolean; lang?: string }) => {
      const lang = parseLang(opts.lang);
      const year = opts.year === undefined ? undefined : parseIntegerOption(opts.year, "--year", 1);
      const data = await importNotice(notice, year, io);
      const json = `${JSON.stringify(data, null, 2)}\n`;
      const summary = opts.json ? `${JSON.stringify(importSummary(data, opts.output))}\n` : renderImportSummary(data, lang, opts.output);
      if (opts.output !== undefined) {
        await writeFileAtomic(opts.output, json); // JSON.stringify escapes every control character
        io.stdout.write(summary);
      } else {
        io.stdout.write(json);
        io.stderr.write(summary);
      }
    });
  return calendar;
}
