import { _hasIsoDateShape } from "../_lib/iso-date";
import { describeValue } from "../_lib/describe-value";
import type { IsoDate } from "../dates";
import { _calendarEn, _calendarZh, type _CalendarParams } from "./messages";

/** The first and last date a calendar covers, both inclusive. */
export interface CalendarCoverage {
  /** 起始日 — the first covered date. */
  readonly start: IsoDate;
  /** 截止日 — the last covered date. */
  readonly end: IsoDate;
}

/**
 * Thrown when a working-day question touches a date outside the calendar's coverage: a
 * date before its first or after its last year, or an addition of working days that walks
 * out of it. The library never guesses Monday–Friday for a year without an official notice
 * (a 2027-10-01 is an error, not a working day).
 *
 * Carries the offending `value`, the `coverage` of the calendar, its `calendarId`, and a
 * Chinese message (`messageZh`) beside the English `message`.
 *
 * @example
 * ```ts
 * try { chinaCalendar.isWorkingDay("2027-10-01"); }
 * catch (e) {
 *   if (e instanceof CalendarCoverageError) console.log(e.value, e.coverage.end); // "2027-10-01" "2026-12-31"
 * }
 * ```
 * @see 《国务院办公厅关于2026年部分节假日安排的通知》 — the last year published so far
 */
export class CalendarCoverageError extends RangeError {
  /** Always `"CalendarCoverageError"` (a literal, so it survives minification). */
  override readonly name = "CalendarCoverageError";
  /** A stable machine-readable code. */
  readonly code = "calendar_coverage";
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** The date that lies outside the coverage, as given (for a walk out of coverage: the start date). */
  readonly value: unknown;
  /** The working days being added when the walk left the coverage (absent for a date simply outside it). */
  declare readonly workingDays?: number;
  /** The covered range of the calendar that was asked. */
  readonly coverage: CalendarCoverage;
  /** The `id` of the calendar that was asked. */
  readonly calendarId: string;
  /**
   * The years whose notice the answer needs and the calendar lacks: the date's own year
   * (and every year between it and the coverage), or — for a walk of working days out of
   * the coverage — the first year past the coverage in the walk's direction. Empty when
   * the value is not a date.
   */
  readonly missingYears: readonly number[];
  /** What the messages are built from, as data. */
  readonly params: {
    /** The date (or the start of the walk) as `describeValue` shows it. */
    received?: string;
    /** The calendar's id. */
    calendarId?: string;
    /** The first date the calendar covers. */
    earliest?: string;
    /** The last date the calendar covers. */
    latest?: string;
    /** The working days being added when the walk left the coverage. */
    workingDays?: number;
  };
  /**
   * @param value - The date outside the coverage (for a walk out of it: the start date).
   * @param calendar - The calendar asked.
   * @param workingDays - The working days being added, for a walk out of the coverage.
   */
  constructor(value: unknown, calendar: { readonly id: string; readonly coverage: CalendarCoverage }, workingDays?: number) {
    const { start, end } = calendar.coverage;
    const params: _CalendarParams = { received: describeValue(value), calendarId: calendar.id, earliest: start, latest: end };
    if (workingDays !== undefined) params.workingDays = workingDays;
    super(`${_calendarEn.calendar_coverage(params)}.`);
    this.params = params;
    this.value = value;
    if (workingDays !== undefined) this.workingDays = workingDays;
    this.coverage = Object.freeze({ start, end });
    this.calendarId = calendar.id;
    this.missingYears = Object.freeze(_missingYears(value, calendar.coverage, workingDays));
    this.messageZh = `${_calendarZh.calendar_coverage(params)}。`;
  }
}

/**
 * The years a question about `value` needs beyond `coverage` (see
 * {@link CalendarCoverageError.missingYears}).
 */
function _missingYears(value: unknown, coverage: CalendarCoverage, workingDays: number | undefined): number[] {
  if (!_hasIsoDateShape(value)) return [];
  const first = Number(coverage.start.slice(0, 4));
  const last = Number(coverage.end.slice(0, 4));
  const year = Number(value.slice(0, 4));
  const out: number[] = [];
  if (year > last) for (let y = last + 1; y <= year; y++) out.push(y);
  else if (year < first) for (let y = year; y < first; y++) out.push(y);
  else if (workingDays !== undefined) out.push(workingDays < 0 ? first - 1 : last + 1);
  return out;
}

/** Why a calendar's year data was rejected (the `code` of a {@link CalendarDataError}). */
export type CalendarDataErrorCode =
  /** The calendar has no year at all. */
  | "no_years"
  /** A year is not an integer in 1–9999. */
  | "invalid_year"
  /** The same year is given twice. */
  | "duplicate_year"
  /** The years leave a gap. */
  | "not_contiguous"
  /** The added year is neither just before nor just after the coverage. */
  | "not_adjacent"
  /** A date string is not a real `YYYY-MM-DD` date. */
  | "invalid_date"
  /** A date lies outside its year (and outside the allowed spill into the previous December). */
  | "outside_year"
  /** A listed working weekend day is not a weekend day. */
  | "not_weekend"
  /** A date is listed both as a day off and as a working day. */
  | "off_and_working"
  /** A date is listed twice in the same list. */
  | "duplicate_date"
  /** A previous-December date contradicts that year's own data. */
  | "conflict"
  /** `weekendDays` is not a list of distinct ISO weekdays 1–7 (with at least one working weekday). */
  | "invalid_weekend_days"
  /** The source is missing its title or its publication date. */
  | "invalid_source"
  /** The calendar id is not a non-empty string. */
  | "invalid_id";

/**
 * Thrown by {@link createWorkCalendar} and {@link extendCalendar} when year data is wrong:
 * a date outside its year, a "working weekend day" that is a weekday, a date both off and
 * working, a year that is not adjacent to the coverage, and so on. It names the bad date
 * (`date`) and year (`year`) so the data can be fixed.
 *
 * @example
 * ```ts
 * try { createWorkCalendar({ id: "x", years: [{ ...year2027, workingWeekendDays: ["2027-10-11"] }] }); }
 * catch (e) { if (e instanceof CalendarDataError) console.log(e.code, e.date); } // "not_weekend" "2027-10-11"
 * ```
 * @see 国办发明电〔2024〕12号 — a notice's data has this shape: days off and working weekend days
 */
export class CalendarDataError extends Error {
  /** Always `"CalendarDataError"` (a literal, so it survives minification). */
  override readonly name = "CalendarDataError";
  /** What is wrong, machine-readable. */
  readonly code: CalendarDataErrorCode;
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** The year whose data is wrong, when known. */
  declare readonly year?: number;
  /** The bad date (or bad value), as given. */
  declare readonly date?: unknown;
  constructor(code: CalendarDataErrorCode, details: { year?: unknown; date?: unknown; en: string; zh: string }) {
    super(details.en);
    this.code = code;
    this.messageZh = details.zh;
    if (typeof details.year === "number") this.year = details.year;
    if ("date" in details) this.date = details.date;
  }
}

/**
 * Thrown when the number of working days to add is not a whole number
 * (`addWorkingDays("2026-04-30", 1.5)`).
 *
 * @example
 * ```ts
 * try { chinaCalendar.addWorkingDays("2026-04-30", 1.5); }
 * catch (e) { if (e instanceof InvalidWorkingDayCountError) console.log(e.value); } // 1.5
 * ```
 * @see 《中华人民共和国行政许可法》第八十二条 — periods in working days count whole days
 */
export class InvalidWorkingDayCountError extends TypeError {
  /** Always `"InvalidWorkingDayCountError"` (a literal, so it survives minification). */
  override readonly name = "InvalidWorkingDayCountError";
  /** A stable machine-readable code. */
  readonly code = "invalid_working_day_count";
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** What the messages are built from, as data. */
  readonly params: {
    /** The rejected count as `describeValue` shows it. */
    received?: string;
  };
  /** The value that was rejected, as given. */
  readonly value: unknown;
  /** @param value - The rejected count. */
  constructor(value: unknown) {
    const params: _CalendarParams = { received: describeValue(value) };
    super(`${_calendarEn.invalid_working_day_count(params)}.`);
    this.value = value;
    this.params = params;
    this.messageZh = `${_calendarZh.invalid_working_day_count(params)}。`;
  }
}
