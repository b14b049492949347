/**
 * Calendar years added at run time: `--calendar FILE` (repeatable) and `QSD_CALENDAR` (a
 * path list), each file one year as `qsd calendar import` writes it
 * (`schemas/calendar-year.schema.json`).
 */
import { delimiter } from "node:path";
import { CalendarDataError, chinaCalendar, extendCalendar, formatIssue, validate, type CalendarYearData, type YearDataWorkCalendar } from "../index";
import { CliError, pick, type Lang } from "./errors";
import { openInput } from "./input";

/** A calendar year read from a file. */
export interface CalendarFile {
  /** The path as given (for messages). */
  file: string;
  /** The year's data, checked against the `calendar-year` schema. */
  data: CalendarYearData;
}

/**
 * The calendar files to load: those in `QSD_CALENDAR` (split by the platform's path
 * delimiter, `:` or `;`; empty entries skipped), then those given with `--calendar`.
 *
 * @param option - The `--calendar` values (undefined when not given).
 * @param env - The environment.
 * @returns The paths, environment first.
 * @example
 * ```ts
 * calendarFilePaths(["b.json"], { QSD_CALENDAR: "a.json" }); // ["a.json", "b.json"]
 * ```
 */
export function calendarFilePaths(option: readonly string[] | undefined, env: Readonly<Record<string, string | undefined>>): string[] {
  const fromEnv = (env.QSD_CALENDAR ?? "").split(delimiter).filter((p) => p.trim() !== "");
  return [...fromEnv, ...(option ?? [])];
}

/**
 * Reads and checks calendar year files (JSON, one year each, validated with the
 * `calendar-year` kind).
 *
 * @param paths - The files (`-` is not allowed: standard input carries the data).
 * @param lang - The message language.
 * @returns The years, in the order given.
 * @throws {CliError} (exit 2) naming the file: unreadable, not JSON, or not a calendar year
 *   (its issues listed with JSON pointers).
 * @example
 * ```ts
 * const files = await loadCalendarFiles(["cn-2027.json"], "zh");
 * ```
 */
export async function loadCalendarFiles(paths: readonly string[], lang: Lang): Promise<CalendarFile[]> {
  const files: CalendarFile[] = [];
  for (const file of paths) {
    if (file === "-") throw new CliError("--calendar 不能是 -（标准输入）：请给出日历年文件的路径", "--calendar cannot be - (standard input): give the path of a calendar year file");
    const input = await openInput(file, { stdin: (async function* () {})(), format: "json" });
    let raw: unknown;
    for await (const doc of input.documents) if (doc.ok) raw = doc.value;
    const checked = validate("calendar-year", raw);
    if (!checked.ok) {
      throw new CliError(
        `${file} 不是有效的日历年文件（应为 qsd calendar import 生成的 JSON，见 schemas/calendar-year.schema.json）`,
        `${file} is not a valid calendar year file (expected JSON as written by qsd calendar import; see schemas/calendar-year.schema.json)`,
        { details: checked.issues.slice(0, 20).map((i) => `  ${formatIssue(i, { lang })}`) },
      );
    }
    files.push({ file, data: checked.value });
  }
  return files;
}

/**
 * Adds calendar years to a calendar: a year it already covers is replaced (an amended
 * notice), the others extend it forwards or backwards, in any order given. A year that
 * would leave a gap, the same year in two files, or year data that `extendCalendar`
 * rejects (a date outside the year, a working day on a weekday, …) is an error naming the
 * file.
 *
 * @param files - The years and their files.
 * @param base - The calendar to extend (default `chinaCalendar`).
 * @returns The calendar with the years added (`base` itself when there are none).
 * @throws {CliError} (exit 2) naming the file and what is wrong.
 * @example
 * ```ts
 * calendarWithYears([{ file: "cn-2027.json", data: year2027 }]).coverage.end; // "2027-12-31"
 * ```
 * @see 《国务院办公厅关于YYYY年部分节假日安排的通知》 — one file per notice
 */
export function calendarWithYears(files: readonly CalendarFile[], base: YearDataWorkCalendar = chinaCalendar): YearDataWorkCalendar {
  const byYear = new Map<number, CalendarFile>();
  for (const f of files) {
    const other = byYear.get(f.data.year);
    if (other) {
      throw new CliError(`${f.data.year} 年在两个日历文件中重复：${other.file} 和 ${f.file}`, `the year ${f.data.year} is given twice: in ${other.file} and in ${f.file}`);
    }
    byYear.set(f.data.year, f);
  }
  const covered = new Set(base.years.map((y) => y.year));
  const first = base.years[0]!.year;
  const last = base.years[base.years.length - 1]!.year;
  const add = (calendar: YearDataWorkCalendar, f: CalendarFile): YearDataWorkCalendar => {
    try {
      return extendCalendar(calendar, f.data, { replace: covered.has(f.data.year) });
    } catch (e) {
      if (e instanceof CalendarDataError) throw new CliError(`${f.file}：${e.messageZh}`, `${f.file}: ${e.message}`);
      throw e;
    }
  };
  let calendar = base;
  const sorted = [...byYear.values()].sort((a, b) => a.data.year - b.data.year);
  for (const f of sorted) if (covered.has(f.data.year)) calendar = add(calendar, f);
  // Forwards from the last covered year, backwards from the first: each must be next to the coverage.
  let end = last;
  for (const f of sorted.filter((f) => f.data.year > last)) {
    if (f.data.year !== end + 1) throw gap(f, end + 1, calendar);
    calendar = add(calendar, f);
    end++;
  }
  let start = first;
  for (const f of sorted.filter((f) => f.data.year < first).reverse()) {
    if (f.data.year !== start - 1) throw gap(f, start - 1, calendar);
    calendar = add(calendar, f);
    start--;
  }
  return calendar;
}

function gap(f: CalendarFile, missing: number, calendar: YearDataWorkCalendar): CliError {
  const first = calendar.years[0]!.year;
  const last = calendar.years[calendar.years.length - 1]!.year;
  return new CliError(
    `${f.file} 的 ${f.data.year} 年与工作日历（${first}–${last} 年）之间缺少 ${missing} 年：请同时用 --calendar 加入 ${missing} 年的文件`,
    `${f.file} holds ${f.data.year}, which leaves a gap after the calendar's ${first}–${last}: ${missing} is missing; add its file with --calendar too`,
  );
}

/**
 * The working-day calendar of a command: `chinaCalendar` with the years of `--calendar`
 * and `QSD_CALENDAR` added.
 *
 * @param option - The `--calendar` values (undefined when not given).
 * @param env - The environment (`QSD_CALENDAR`).
 * @param lang - The message language.
 * @returns The calendar and the files its added years came from (`calendar info` names them).
 * @throws {CliError} (exit 2) naming the file, for a bad or unreadable file, a gap, or a year given twice.
 * @example
 * ```ts
 * const { calendar } = await resolveCalendar(opts.calendar, io.env, lang);
 * ```
 */
export async function resolveCalendar(
  option: readonly string[] | undefined,
  env: Readonly<Record<string, string | undefined>>,
  lang: Lang,
): Promise<{ calendar: YearDataWorkCalendar; files: CalendarFile[] }> {
  const files = await loadCalendarFiles(calendarFilePaths(option, env), lang);
  return { calendar: calendarWithYears(files), files };
}

/**
 * Commander's collector for a repeatable option (`--calendar a.json --calendar b.json`).
 *
 * @param value - This occurrence's value.
 * @param previous - The values so far.
 * @returns All values.
 * @example
 * ```ts
 * command.option("--calendar <file>", "…", collectOption);
 * ```
 */
export function collectOption(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** The help text of `--calendar`. */
export const CALENDAR_OPTION_HELP =
  "add a calendar year from a JSON file written by `qsd calendar import` (repeatable; also QSD_CALENDAR, a path list); a year already covered is replaced";

/**
 * Says, when `today` is within 60 days of the calendar's last day, that the next year is
 * missing and how to add it; `undefined` otherwise.
 *
 * @param calendar - The calendar.
 * @param today - Today's date.
 * @param lang - The language.
 * @returns The note, or `undefined`.
 * @example
 * ```ts
 * nextYearNote(chinaCalendar, "2026-11-20", "en"); // "The 2027 holiday notice is not in the calendar yet …"
 * ```
 * @see 《国务院办公厅关于YYYY年部分节假日安排的通知》 — published between late October and early December
 */
export function nextYearNote(calendar: YearDataWorkCalendar, today: string, lang: Lang): string | undefined {
  const end = calendar.coverage.end;
  const daysLeft = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (daysLeft > 60) return undefined;
  const next = Number(end.slice(0, 4)) + 1;
  const when = daysLeft >= 0 ? pick(lang, `工作日历覆盖至 ${end}（还剩 ${daysLeft} 天）`, `The calendar ends on ${end} (${daysLeft} days from today)`) : pick(lang, `工作日历已于 ${end} 结束`, `The calendar ended on ${end}`);
  return pick(
    lang,
    `${when}，${next} 年放假安排尚未收录。国务院办公厅发布《关于${next}年部分节假日安排的通知》后，可当天加入：将通知全文存为 notice.txt，运行 qsd calendar import notice.txt -o cn-${next}.json，再在命令后加 --calendar cn-${next}.json（或设置环境变量 QSD_CALENDAR=cn-${next}.json）；或等待包含 src/calendar/data/cn-${next}.ts 的新版本。`,
    `${when}; the ${next} holiday notice is not in it yet. Once the State Council publishes 《关于${next}年部分节假日安排的通知》, add it the same day: save its text as notice.txt, run qsd calendar import notice.txt -o cn-${next}.json, then pass --calendar cn-${next}.json (or set QSD_CALENDAR=cn-${next}.json); or wait for a release with src/calendar/data/cn-${next}.ts.`,
  );
}
