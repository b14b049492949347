import { _padYear } from "../_lib/pad";
import { describeValue } from "../_lib/describe-value";
import { fromDayNumber, isIsoDate, isoWeekday, toDayNumber, type DayNumber, type IsoDate } from "../dates";
import { CalendarCoverageError, CalendarDataError, InvalidWorkingDayCountError, type CalendarCoverage } from "./errors";
import type { CalendarYearData, CreateWorkCalendarOptions, ExtendCalendarOptions, YearDataWorkCalendar } from "./types";

/**
 * How many days at the end of the previous December a year's notice may list. Notices put
 * a New Year holiday that starts in December into the new year's notice (the 2023 notice
 * lists 2022-12-31 off; the 2019 notice listed 2018-12-30 and 12-31 off and 2018-12-29 as
 * a working Saturday). Such a date is kept as published and applies only where the
 * calendar also covers the previous year; a covered previous year's own data must agree.
 */
const _PREVIOUS_DECEMBER_DAYS = 7;

const DEFAULT_WEEKEND_DAYS: readonly number[] = Object.freeze([6, 7]);

/**
 * Builds a working-day calendar from published year data: China's official calendar for
 * other years, another jurisdiction's, or a unit's own operating days.
 *
 * Every day of a covered year is a working day unless it is a weekend day (`weekendDays`,
 * Saturday and Sunday by default) or listed in `offDays`; a weekend day listed in
 * `workingWeekendDays` (调休上班) works. Coverage runs from 1 January of the first year to
 * 31 December of the last; a date outside it makes every method throw
 * {@link CalendarCoverageError}. The data is validated and all lookups are precomputed
 * here (prefix sums of working days), so each method then answers in O(1).
 *
 * @param options - `id`, the `years` (contiguous, any order) and optional `weekendDays`.
 * @returns A frozen calendar that also exposes its `years` and `weekendDays`.
 * @throws {@link CalendarDataError} naming the bad year or date: a date outside its year
 *   (dates in the last 7 days of the previous December are allowed, see the 2023 notice's
 *   2022-12-31), a working weekend day that is a weekday, a date both off and working, a
 *   date listed twice, years with a gap or repeated, or bad `weekendDays`.
 * @example
 * ```ts
 * const cal = createWorkCalendar({
 *   id: "cn-2026-only",
 *   years: [chinaCalendarYear2026],
 * });
 * cal.nextWorkingDay("2026-02-14"); // "2026-02-24"
 * ```
 * @see 国办发明电〔2025〕7号 — the data shape of a State Council holiday notice
 */
export function createWorkCalendar(options: CreateWorkCalendarOptions): YearDataWorkCalendar {
  if (typeof options !== "object" || options === null) {
    throw new CalendarDataError("no_years", { en: "createWorkCalendar needs { id, years }.", zh: "createWorkCalendar 需要参数 { id, years }。" });
  }
  if (typeof options.id !== "string" || options.id.trim() === "") {
    throw new CalendarDataError("invalid_id", {
      date: options.id,
      en: `A working-day calendar needs an id (a non-empty string), got ${describeValue(options.id)}.`,
      zh: `工作日历须有 id（非空字符串），实际为 ${describeValue(options.id)}。`,
    });
  }
  const weekendDays = _checkWeekendDays(options.weekendDays ?? DEFAULT_WEEKEND_DAYS);
  const years = _sortedContiguousYears(options.years);
  return _defineCalendar(options.id, Object.freeze(years.map(_frozenCopy)), weekendDays, false);
}

/**
 * Returns a NEW calendar with one more year: the year just after (or just before) the
 * coverage, typically the next State Council notice once published. The given calendar
 * is not changed. With `{ replace: true }` a covered year is replaced instead (a notice
 * amended after publication, as happened in 2019 and 2020).
 *
 * The year is validated like {@link createWorkCalendar}'s years. A date it lists in the
 * previous December (a New Year holiday starting early) is applied to that December when
 * the calendar covers it, and must not contradict that year's own data.
 *
 * @param calendar - A calendar built by {@link createWorkCalendar} (or {@link chinaCalendar}).
 * @param year - The new year's data.
 * @param options - `replace` a covered year; a new `id`.
 * @returns A new calendar covering the old years and the new one.
 * @throws {@link CalendarDataError} naming the bad date or year (`not_adjacent` when the
 *   year would leave a gap, `duplicate_year` when it is already covered and `replace` is off).
 * @example
 * ```ts
 * const withNext = extendCalendar(chinaCalendar, year2027); // year2027: the 2027 notice's data
 * withNext.coverage.end; // "2027-12-31"
 * ```
 * @see 《国务院办公厅关于YYYY年部分节假日安排的通知》 — published each year, late October to early December
 */
export function extendCalendar(calendar: YearDataWorkCalendar, year: CalendarYearData, options: ExtendCalendarOptions = {}): YearDataWorkCalendar {
  if (typeof calendar !== "object" || calendar === null || !Array.isArray(calendar.years) || !Array.isArray(calendar.weekendDays)) {
    throw new TypeError("extendCalendar needs a calendar built by createWorkCalendar (with its years and weekendDays).");
  }
  const given = _checkYearShape(year);
  const covered = calendar.years.map((y) => y.year);
  const first = covered[0]!;
  const last = covered[covered.length - 1]!;
  let years: CalendarYearData[];
  if (covered.includes(given)) {
    if (!options.replace) {
      throw new CalendarDataError("duplicate_year", {
        year: given,
        en: `Year ${given} is already covered by calendar "${calendar.id}"; pass { replace: true } to replace it with amended data.`,
        zh: `工作日历“${calendar.id}”已包含 ${given} 年；如需以修订后的数据替换，请传入 { replace: true }。`,
      });
    }
    years = calendar.years.map((y) => (y.year === given ? year : y));
  } else if (given === last + 1) {
    years = [...calendar.years, year];
  } else if (given === first - 1) {
    years = [year, ...calendar.years];
  } else {
    throw new CalendarDataError("not_adjacent", {
      year: given,
      en: `Year ${given} is not adjacent to calendar "${calendar.id}", which covers ${first}–${last}: add ${last + 1} (or ${first - 1}) first.`,
      zh: `${given} 年与工作日历“${calendar.id}”（覆盖 ${first}–${last} 年）不相邻：应先添加 ${last + 1} 年（或 ${first - 1} 年）。`,
    });
  }
  return createWorkCalendar({ id: options.id ?? calendar.id, years, weekendDays: calendar.weekendDays });
}

/**
 * Defines a calendar object. With `lazy`, the data is checked and the lookup tables built
 * on the first method call (used for the bundled China calendar, so that importing the
 * package does no work beyond its frozen data).
 * @internal
 */
export function _defineCalendar(id: string, years: readonly CalendarYearData[], weekendDays: readonly number[], lazy: boolean): YearDataWorkCalendar {
  const first = years[0]!.year;
  const last = years[years.length - 1]!.year;
  const coverage: CalendarCoverage = Object.freeze({ start: `${_padYear(first)}-01-01`, end: `${_padYear(last)}-12-31` });
  let built: _Tables | undefined;
  const self: YearDataWorkCalendar = Object.freeze({
    id,
    coverage,
    years,
    weekendDays,
    isWorkingDay(date: IsoDate): boolean {
      const t = built ?? (built = _buildTables(years, weekendDays));
      const i = _indexOf(t, date, self);
      return t.cum[i + 1]! !== t.cum[i]!;
    },
    addWorkingDays(date: IsoDate, n: number): IsoDate {
      const t = built ?? (built = _buildTables(years, weekendDays));
      const i = _indexOf(t, date, self);
      // Stryker disable next-line ConditionalExpression: Number.isSafeInteger is false for every non-number, so the typeof test only says so first
      if (typeof n !== "number" || !Number.isSafeInteger(n)) throw new InvalidWorkingDayCountError(n);
      if (n === 0) return date;
      // cum[i + 1] working days lie at or before date, cum[i] strictly before it.
      // Stryker disable next-line EqualityOperator: n is never 0 here (returned above)
      const k = n > 0 ? t.cum[i + 1]! + n - 1 : t.cum[i]! + n;
      if (k < 0 || k >= t.workingDates.length) throw new CalendarCoverageError(date, self, n);
      return t.workingDates[k]!;
    },
    countWorkingDays(from: IsoDate, to: IsoDate): number {
      const t = built ?? (built = _buildTables(years, weekendDays));
      const i = _indexOf(t, from, self);
      const j = _indexOf(t, to, self);
      // (from, to] forwards; minus [to, from) backwards: from never counts, to always does.
      // Stryker disable next-line EqualityOperator: when from is to, both formulas give 0
      return j >= i ? t.cum[j + 1]! - t.cum[i + 1]! : t.cum[j]! - t.cum[i]!;
    },
    nextWorkingDay(date: IsoDate): IsoDate {
      const t = built ?? (built = _buildTables(years, weekendDays));
      const i = _indexOf(t, date, self);
      const k = t.cum[i + 1]!;
      if (k >= t.workingDates.length) throw new CalendarCoverageError(date, self, 1);
      return t.workingDates[k]!;
    },
  });
  // Stryker disable next-line ConditionalExpression: building the tables now or on first use gives the same tables (lazy only spares the bundled calendar's import)
  if (!lazy) built = _buildTables(years, weekendDays);
  _tablesOf.set(self, () => built ?? (built = _buildTables(years, weekendDays)));
  return self;
}

/** Each calendar built here → its lookup tables (built on first use). */
const _tablesOf = new WeakMap<object, () => _Tables>();

/**
 * The lookup tables of a calendar built by {@link createWorkCalendar} (or the bundled
 * China calendar), or `undefined` for any other `WorkCalendar` implementation.
 * @internal
 */
export function _calendarTables(calendar: object): _Tables | undefined {
  return _tablesOf.get(calendar)?.();
}

/** The precomputed lookups of a calendar. @internal */
export interface _Tables {
  /** The day number of the first covered day (index 0). */
  readonly start: DayNumber;
  /** cum[i] = working days among the first i covered days (length: days + 1). */
  readonly cum: Int32Array;
  /** Every working day, as `YYYY-MM-DD`, in order. */
  readonly workingDates: readonly IsoDate[];
  /** Covered date string → its index (0 = the first covered day). */
  readonly indexOfDate: ReadonlyMap<string, number>;
}

function _indexOf(t: _Tables, date: IsoDate, calendar: YearDataWorkCalendar): number {
  const i = t.indexOfDate.get(date);
  if (i !== undefined) return i;
  toDayNumber(date); // throws InvalidDateError when it is no date at all
  throw new CalendarCoverageError(date, calendar);
}

function _buildTables(years: readonly CalendarYearData[], weekendDays: readonly number[]): _Tables {
  const weekend = new Set(weekendDays);
  const checked = years.map((y) => _checkYear(y, weekend));
  const start = toDayNumber(`${_padYear(years[0]!.year)}-01-01`);
  const end = toDayNumber(`${_padYear(years[years.length - 1]!.year)}-12-31`);
  const length = end - start + 1;

  // 1 = working. Weekdays work and weekend days rest, unless a notice says otherwise.
  const working = new Uint8Array(length);
  const firstWeekday = isoWeekday(fromDayNumber(start));
  // Stryker disable next-line EqualityOperator: a write one past the end of a typed array is ignored
  for (let i = 0; i < length; i++) working[i] = weekend.has(((firstWeekday - 1 + i) % 7) + 1) ? 0 : 1;
  for (const y of checked) {
    for (const n of y.off) working[n - start] = 0;
    for (const n of y.work) working[n - start] = 1;
  }
  // Dates a notice lists in the previous December apply when that year is covered.
  for (let k = 1; k < checked.length; k++) {
    const y = checked[k]!;
    const before = checked[k - 1]!;
    for (const n of y.spillOff) {
      if (before.work.includes(n)) throw _conflict(y.year, n, "off", before.year);
      working[n - start] = 0;
    }
    for (const n of y.spillWork) {
      if (before.off.includes(n)) throw _conflict(y.year, n, "working", before.year);
      working[n - start] = 1;
    }
  }

  const cum = new Int32Array(length + 1);
  const workingDates: IsoDate[] = [];
  const indexOfDate = new Map<string, number>();
  for (let i = 0; i < length; i++) {
    const date = fromDayNumber(start + i);
    indexOfDate.set(date, i);
    cum[i + 1] = cum[i]! + working[i]!;
    if (working[i]) workingDates.push(date);
  }
  return { start, cum, workingDates: Object.freeze(workingDates), indexOfDate };
}

interface _CheckedYear {
  year: number;
  off: DayNumber[];
  work: DayNumber[];
  spillOff: DayNumber[];
  spillWork: DayNumber[];
}

/** Validates one year's data and returns its dates as day numbers. */
function _checkYear(data: CalendarYearData, weekend: ReadonlySet<number>): _CheckedYear {
  const year = _checkYearShape(data);
  const source = data.source as Partial<CalendarYearData["source"]> | undefined;
  if (typeof source !== "object" || source === null || typeof source.title !== "string" || source.title.trim() === "" || !isIsoDate(source.publishedOn)) {
    throw new CalendarDataError("invalid_source", {
      year,
      en: `The source of year ${year} needs a title and a publication date "YYYY-MM-DD".`,
      zh: `${year} 年数据的来源须有文件名称和 "YYYY-MM-DD" 格式的发布日期。`,
    });
  }
  const first = toDayNumber(`${_padYear(year)}-01-01`);
  const last = toDayNumber(`${_padYear(year)}-12-31`);
  const result: _CheckedYear = { year, off: [], work: [], spillOff: [], spillWork: [] };
  const seen = new Map<DayNumber, "off" | "working">();
  for (const [list, kind] of [
    [data.offDays, "off"],
    [data.workingWeekendDays, "working"],
  ] as const) {
    if (!Array.isArray(list)) {
      throw new CalendarDataError("invalid_date", {
        year,
        date: list,
        en: `Year ${year}: ${kind === "off" ? "offDays" : "workingWeekendDays"} must be a list of dates, got ${describeValue(list)}.`,
        zh: `${year} 年：${kind === "off" ? "放假日期（offDays）" : "调休上班日期（workingWeekendDays）"}应为日期列表，实际为 ${describeValue(list)}。`,
      });
    }
    for (const date of list as readonly unknown[]) {
      const shown = describeValue(date);
      if (!isIsoDate(date)) {
        throw new CalendarDataError("invalid_date", {
          year,
          date,
          en: `Year ${year}: ${shown} is not a calendar date "YYYY-MM-DD".`,
          zh: `${year} 年：${shown} 不是 "YYYY-MM-DD" 格式的有效日期。`,
        });
      }
      const n = toDayNumber(date);
      const spill = n < first && n >= first - _PREVIOUS_DECEMBER_DAYS;
      if (!spill && (n < first || n > last)) {
        throw new CalendarDataError("outside_year", {
          year,
          date,
          en: `Year ${year}: ${shown} lies outside ${year} (only the last ${_PREVIOUS_DECEMBER_DAYS} days of the previous December may be listed).`,
          zh: `${year} 年：${shown} 不在 ${year} 年内（仅允许列出上一年 12 月的最后 ${_PREVIOUS_DECEMBER_DAYS} 天）。`,
        });
      }
      const before = seen.get(n);
      if (before === kind) {
        throw new CalendarDataError("duplicate_date", {
          year,
          date,
          en: `Year ${year}: ${shown} is listed twice.`,
          zh: `${year} 年：${shown} 重复列出。`,
        });
      }
      if (before !== undefined) {
        throw new CalendarDataError("off_and_working", {
          year,
          date,
          en: `Year ${year}: ${shown} is listed both as a day off and as a working day.`,
          zh: `${year} 年：${shown} 同时列为放假日和上班日。`,
        });
      }
      seen.set(n, kind);
      if (kind === "working" && !weekend.has(isoWeekday(date))) {
        throw new CalendarDataError("not_weekend", {
          year,
          date,
          en: `Year ${year}: ${shown} is listed as a working weekend day but is not a weekend day.`,
          zh: `${year} 年：${shown} 列为调休上班日，但并非周末（休息日）。`,
        });
      }
      (kind === "off" ? (spill ? result.spillOff : result.off) : spill ? result.spillWork : result.work).push(n);
    }
  }
  return result;
}

function _checkYearShape(data: unknown): number {
  const year = typeof data === "object" && data !== null ? (data as { year?: unknown }).year : undefined;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1 || year > 9999) {
    throw new CalendarDataError("invalid_year", {
      year,
      date: year,
      en: `Calendar year data needs a year 1–9999, got ${describeValue(year)}.`,
      zh: `日历年度数据的年份应为 1–9999 的整数，实际为 ${describeValue(year)}。`,
    });
  }
  return year;
}

function _sortedContiguousYears(years: readonly CalendarYearData[] | undefined): CalendarYearData[] {
  if (!Array.isArray(years) || years.length === 0) {
    throw new CalendarDataError("no_years", {
      en: "A working-day calendar needs the data of at least one year.",
      zh: "工作日历至少需要一个年度的数据。",
    });
  }
  const sorted = [...years].sort((a, b) => _checkYearShape(a) - _checkYearShape(b));
  for (let k = 1; k < sorted.length; k++) {
    const previous = sorted[k - 1]!.year;
    const year = sorted[k]!.year;
    if (year === previous) {
      throw new CalendarDataError("duplicate_year", { year, en: `Year ${year} is given twice.`, zh: `${year} 年的数据重复。` });
    }
    if (year !== previous + 1) {
      throw new CalendarDataError("not_contiguous", {
        year,
        en: `The years must be contiguous: ${previous} is followed by ${year}, ${previous + 1} is missing.`,
        zh: `年份须连续：${previous} 年之后是 ${year} 年，缺少 ${previous + 1} 年。`,
      });
    }
  }
  return sorted;
}

function _checkWeekendDays(value: unknown): readonly number[] {
  const ok =
    Array.isArray(value) &&
    value.length < 7 &&
    value.every((d) => Number.isInteger(d) && d >= 1 && d <= 7) &&
    new Set(value).size === value.length;
  if (!ok) {
    throw new CalendarDataError("invalid_weekend_days", {
      date: value,
      en: `weekendDays must list distinct ISO weekdays 1–7 (1 = Monday), at most 6 of them; got ${describeValue(value)}.`,
      zh: `weekendDays 应为互不相同的 ISO 星期序号 1–7（1 = 星期一），最多 6 个；实际为 ${describeValue(value)}。`,
    });
  }
  return Object.freeze([...(value as number[])].sort((a, b) => a - b));
}

function _conflict(year: number, n: DayNumber, kind: "off" | "working", previousYear: number): CalendarDataError {
  const date = fromDayNumber(n);
  return new CalendarDataError("conflict", {
    year,
    date,
    en: `Year ${year} lists ${date} as ${kind === "off" ? "a day off" : "a working day"}, but year ${previousYear}'s data says the opposite.`,
    zh: `${year} 年数据将 ${date} 列为${kind === "off" ? "放假日" : "上班日"}，与 ${previousYear} 年数据相矛盾。`,
  });
}

function _frozenCopy(y: CalendarYearData): CalendarYearData {
  if (typeof y !== "object" || y === null) return y;
  if (Object.isFrozen(y) && Object.isFrozen(y.offDays) && Object.isFrozen(y.workingWeekendDays) && Object.isFrozen(y.source)) return y;
  // Bad shapes are copied as they are; the validation that follows names them.
  return Object.freeze({
    year: y.year,
    offDays: Array.isArray(y.offDays) ? Object.freeze([...y.offDays]) : y.offDays,
    workingWeekendDays: Array.isArray(y.workingWeekendDays) ? Object.freeze([...y.workingWeekendDays]) : y.workingWeekendDays,
    source: typeof y.source === "object" && y.source !== null ? Object.freeze({ ...y.source }) : y.source,
  });
}
