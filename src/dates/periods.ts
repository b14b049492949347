import { _pad2, _padYear } from "../_lib/pad";
import { _dayNumberFromParts, _LAST_DAY, _partsFromDayNumber, _weekdayOfDayNumber, daysInMonth, fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from "./day-number";
import { InvalidDateError } from "./errors";


/** A closed range of calendar dates, both ends inclusive. */
export interface DateRange {
  /** 起始日 — the first day, inclusive. */
  start: IsoDate;
  /** 截止日 — the last day, inclusive. */
  end: IsoDate;
}

/** A calendar half-year (上半年 / 下半年). */
export interface HalfYear extends DateRange {
  /** `"YYYY-H1"` (1 Jan – 30 Jun) or `"YYYY-H2"` (1 Jul – 31 Dec). */
  id: string;
  /** 年度 — the calendar year, e.g. `2026`. */
  year: number;
  /** `1` = 上半年 (1 Jan – 30 Jun), `2` = 下半年 (1 Jul – 31 Dec). */
  half: 1 | 2;
}

/**
 * The calendar half-year that contains `date`: 1 January – 30 June or 1 July –
 * 31 December.
 *
 * The plan requires "半年内现场检查不少于1次" for key and special units; calendar halves are
 * the default reading (FACTS §3 [reading]); a policy can choose rolling six months.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @returns The half-year with its first and last day.
 * @throws {@link InvalidDateError} when `date` is invalid.
 * @example
 * ```ts
 * halfYearOf("2026-06-30"); // { id: "2026-H1", year: 2026, half: 1, start: "2026-01-01", end: "2026-06-30" }
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function halfYearOf(date: IsoDate): HalfYear {
  const n = toDayNumber(date);
  const { year, month } = _partsFromDayNumber(n);
  const half = month <= 6 ? 1 : 2;
  return half === 1
    ? { id: `${_padYear(year)}-H1`, year, half, start: `${_padYear(year)}-01-01`, end: `${_padYear(year)}-06-30` }
    : { id: `${_padYear(year)}-H2`, year, half, start: `${_padYear(year)}-07-01`, end: `${_padYear(year)}-12-31` };
}

/** An ISO 8601 week, Monday to Sunday. */
export interface IsoWeek extends DateRange {
  /** `"YYYY-Www"`, e.g. `"2026-W01"` (ISO week-numbering year). */
  id: string;
}

/**
 * The ISO 8601 week (Monday–Sunday) that contains `date`, the unit of the weekly review
 * (周排查).
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @returns The week's id and its Monday and Sunday.
 * @example
 * ```ts
 * isoWeekOf("2026-01-01"); // { id: "2026-W01", start: "2025-12-29", end: "2026-01-04" }
 * ```
 * @see 宁市监质监〔2023〕146号 二（四）
 */
export function isoWeekOf(date: IsoDate): IsoWeek {
  return _isoWeekOfDayNumber(toDayNumber(date));
}

/** @internal */
export function _isoWeekOfDayNumber(n: DayNumber): IsoWeek {
  const monday = n - (_weekdayOfDayNumber(n) - 1);
  // The week of 9999-12-27..31 ends on 10000-01-02, which no IsoDate can name.
  // Stryker disable next-line EqualityOperator: monday + 6 is a Sunday and 9999-12-31 a Friday, so they are never equal
  if (monday + 6 > _LAST_DAY) throw new InvalidDateError(fromDayNumber(n), "its ISO week ends after 9999-12-31");
  const thursday = monday + 3;
  const weekYear = _partsFromDayNumber(thursday).year;
  const week = Math.floor((thursday - _dayNumberFromParts(weekYear, 1, 1)) / 7) + 1;
  return { id: `${_padYear(weekYear)}-W${_pad2(week)}`, start: fromDayNumber(monday), end: fromDayNumber(monday + 6) };
}

/** A calendar month. */
export interface CalendarMonth extends DateRange {
  /** `"YYYY-MM"`. */
  id: string;
}

/**
 * The calendar month that contains `date`, the unit of the monthly scheduling meeting
 * (月调度).
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @returns The month's id `YYYY-MM` and its first and last day.
 * @throws {@link InvalidDateError} when `date` is invalid.
 * @example
 * ```ts
 * monthOf("2024-02-10"); // { id: "2024-02", start: "2024-02-01", end: "2024-02-29" }
 * ```
 * @see 宁市监质监〔2023〕146号 二（四）
 */
export function monthOf(date: IsoDate): CalendarMonth {
  const { year, month } = _partsFromDayNumber(toDayNumber(date));
  const ym = `${_padYear(year)}-${_pad2(month)}`;
  return { id: ym, start: `${ym}-01`, end: `${ym}-${daysInMonth(year, month)}` };
}

/**
 * Every ISO week that overlaps [from, to], in order; empty when `from` is after `to`.
 *
 * @param from - The first day, inclusive.
 * @param to - The last day, inclusive.
 * @returns The weeks, Monday–Sunday.
 * @throws {@link InvalidDateError} when a date is invalid, or a week would end after 9999-12-31.
 * @see 宁市监质监〔2023〕146号 二（四）（周排查）
 * @example
 * ```ts
 * isoWeeksOverlapping("2026-01-01", "2026-01-12").map((w) => w.id); // ["2026-W01", "2026-W02", "2026-W03"]
 * ```
 */
export function isoWeeksOverlapping(from: IsoDate, to: IsoDate): IsoWeek[] {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  const out: IsoWeek[] = [];
  for (let n = a - (_weekdayOfDayNumber(a) - 1); n <= b; n += 7) out.push(_isoWeekOfDayNumber(n));
  return out;
}

/**
 * Every calendar month that overlaps [from, to], in order; empty when `from` is after `to`.
 *
 * @param from - The first day, inclusive.
 * @param to - The last day, inclusive.
 * @returns The months.
 * @throws {@link InvalidDateError} when a date is invalid.
 * @see 宁市监质监〔2023〕146号 二（四）（月调度）
 * @example
 * ```ts
 * monthsOverlapping("2024-01-31", "2024-03-01").map((m) => m.id); // ["2024-01", "2024-02", "2024-03"]
 * ```
 */
export function monthsOverlapping(from: IsoDate, to: IsoDate): CalendarMonth[] {
  const out: CalendarMonth[] = [];
  const end = toDayNumber(to);
  if (toDayNumber(from) > end) return out; // [from, to] is empty
  // Stop at the month holding `to`: stepping past it could leave 9999-12-31.
  for (let m = monthOf(from); ; m = monthOf(fromDayNumber(toDayNumber(m.end) + 1))) {
    out.push(m);
    if (toDayNumber(m.end) >= end) return out;
  }
}

/**
 * Every calendar half-year that overlaps [from, to], in order; empty when `from` is after `to`.
 *
 * @param from - The first day, inclusive.
 * @param to - The last day, inclusive.
 * @returns The half-years.
 * @throws {@link InvalidDateError} when a date is invalid.
 * @see 宁市监质监〔2023〕146号 二（七）（半年内现场检查不少于1次）
 * @example
 * ```ts
 * halfYearsOverlapping("2025-05-01", "2026-01-01").map((h) => h.id); // ["2025-H1", "2025-H2", "2026-H1"]
 * ```
 */
export function halfYearsOverlapping(from: IsoDate, to: IsoDate): HalfYear[] {
  const out: HalfYear[] = [];
  const end = toDayNumber(to);
  if (toDayNumber(from) > end) return out; // [from, to] is empty
  // Stop at the half-year holding `to`: stepping past it could leave 9999-12-31.
  for (let h = halfYearOf(from); ; h = halfYearOf(fromDayNumber(toDayNumber(h.end) + 1))) {
    out.push(h);
    if (toDayNumber(h.end) >= end) return out;
  }
}
