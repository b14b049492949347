import type { Command } from "commander";
import { addDays, chinaCalendar, isoWeekday, toDayNumber, fromDayNumber, type CalendarYearData, type YearDataWorkCalendar } from "../../index";
import { CliError, pick, type Lang } from "../errors";
import type { CliIo } from "../io";
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

/**
 * Registers `qsd calendar add | count | info` on the program.
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
    .description("工作日历 — China's official working-day calendar (2023–2026): add and count working days, show a year")
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
    .option("--lang <lang>", "message language: zh | en", "zh")
    .addHelpText("after", "\nExamples:\n  qsd calendar add 2026-04-30 5      # 2026-05-11\n  qsd calendar add 2026-05-11 -5 --json")
    .action((dateArg: string, nArg: string, opts: { json?: boolean; lang?: string }) => {
      parseLang(opts.lang);
      const date = parseDateOption(dateArg, "<date>");
      const n = parseIntegerOption(nArg, "<n>", Number.MIN_SAFE_INTEGER);
      const result = chinaCalendar.addWorkingDays(date, n);
      io.stdout.write(opts.json ? `${JSON.stringify({ date, workingDays: n, result, calendar: chinaCalendar.id })}\n` : `${result}\n`);
    });

  calendar
    .command("count")
    .description("工作日天数 — working days in (from, to]: from not counted, to counted")
    .argument("<from>", "start date YYYY-MM-DD (not counted)")
    .argument("<to>", "end date YYYY-MM-DD (counted)")
    .option("--json", "print JSON")
    .option("--lang <lang>", "message language: zh | en", "zh")
    .addHelpText("after", "\nExamples:\n  qsd calendar count 2025-12-31 2026-12-31   # 248\n  qsd calendar count 2026-02-13 2026-02-24")
    .action((fromArg: string, toArg: string, opts: { json?: boolean; lang?: string }) => {
      parseLang(opts.lang);
      const from = parseDateOption(fromArg, "<from>");
      const to = parseDateOption(toArg, "<to>");
      const count = chinaCalendar.countWorkingDays(from, to);
      io.stdout.write(opts.json ? `${JSON.stringify({ from, to, workingDays: count, calendar: chinaCalendar.id })}\n` : `${count}\n`);
    });

  calendar
    .command("info")
    .description("年度日历 — a year's working days, days off, working weekends and source notice")
    .argument("<year>", "the year, e.g. 2026")
    .option("--json", "print JSON")
    .option("--lang <lang>", "language: zh | en", "zh")
    .addHelpText("after", "\nExamples:\n  qsd calendar info 2026\n  qsd calendar info 2024 --lang en")
    .action((yearArg: string, opts: { json?: boolean; lang?: string }) => {
      const lang = parseLang(opts.lang);
      const year = parseIntegerOption(yearArg, "<year>", 1);
      const info = calendarYearInfo(year);
      io.stdout.write(opts.json ? `${JSON.stringify(info)}\n` : renderInfo(info, lang, io));
    });
  return calendar;
}
