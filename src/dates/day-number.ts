import { _formatIsoDate, _hasIsoDateShape, _isoDateKey, _monthLength, isIsoDate } from "../_lib/iso-date";
import { InvalidDateError } from "./errors";

/**
 * A calendar date as an ISO 8601 string `YYYY-MM-DD` (a China calendar date, no time,
 * no zone). Every public date in this package is of this form.
 */
export type IsoDate = string;

/**
 * A calendar date as an integer: days since 1970-01-01 (day 0). Day numbers carry no
 * time zone, so arithmetic on them cannot be shifted by the host's zone (DESIGN
 * principle 2).
 */
export type DayNumber = number;

/**
 * The number of days in `month` (1–12) of `year`.
 *
 * @param year - A year of the proleptic Gregorian calendar.
 * @param month - A month, 1–12.
 * @returns 28–31.
 * @throws {@link InvalidDateError} when `month` is not a whole number 1–12.
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 * @see 《中华人民共和国民法典》第二百零二条 — "没有对应日的，月末日为期间的最后一日"
 */
export function daysInMonth(year: number, month: number): number {
  const days = _monthLength(year, month);
  if (days === undefined || !Number.isInteger(month)) throw new InvalidDateError(month, "month must be a whole number 1–12");
  return days;
}

/** Day number of 0001-01-01, the first date an {@link IsoDate} can name. @internal */
export const _FIRST_DAY: DayNumber = -719162;
/** Day number of 9999-12-31, the last date an {@link IsoDate} can name. @internal */
export const _LAST_DAY: DayNumber = 2932896;

/**
 * Days from civil date (proleptic Gregorian), after H. Hinnant's `days_from_civil`.
 * @internal
 */
export function _dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Civil date from day number, after H. Hinnant's `civil_from_days`.
 * @internal
 */
export function _partsFromDayNumber(n: DayNumber): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Converts a `YYYY-MM-DD` date to its day number (days since 1970-01-01).
 *
 * @param date - A calendar date string.
 * @returns The day number.
 * @throws {@link InvalidDateError} when `date` is not a real calendar date string.
 * @example
 * ```ts
 * toDayNumber("1970-01-02"); // 1
 * ```
 */
export function toDayNumber(date: IsoDate): DayNumber {
  const key = _isoDateKey(date);
  // Stryker disable next-line EqualityOperator: a date's key is year × 10000 + month × 100 + day ≥ 10101, never 0
  if (key < 0) throw new InvalidDateError(date, reasonFor(date));
  return _dayNumberFromParts(Math.floor(key / 10000), Math.floor(key / 100) % 100, key % 100);
}

/**
 * Converts a day number back to its `YYYY-MM-DD` string.
 *
 * @param n - Days since 1970-01-01 (an integer).
 * @returns The calendar date.
 * @throws {@link InvalidDateError} when `n` is not an integer or lies outside years 0001–9999.
 * @example
 * ```ts
 * fromDayNumber(0); // "1970-01-01"
 * ```
 */
export function fromDayNumber(n: DayNumber): IsoDate {
  if (!Number.isInteger(n)) throw new InvalidDateError(n, "not an integer day number");
  if (n < _FIRST_DAY || n > _LAST_DAY) throw new InvalidDateError(n, "outside years 0001–9999");
  const { year, month, day } = _partsFromDayNumber(n);
  return _formatIsoDate(year, month, day);
}

/**
 * Checks that `value` is a calendar date string and returns it unchanged.
 *
 * @param value - Anything.
 * @returns `value`, typed as an {@link IsoDate}.
 * @throws {@link InvalidDateError} otherwise, naming the value.
 * @example
 * ```ts
 * assertIsoDate("2024-02-29"); // "2024-02-29"
 * assertIsoDate("2025-02-29"); // throws InvalidDateError
 * ```
 * @see DESIGN.md principle 2 — public dates are `YYYY-MM-DD` strings
 */
export function assertIsoDate(value: unknown): IsoDate {
  if (!isIsoDate(value)) throw new InvalidDateError(value, reasonFor(value));
  return value;
}

/**
 * Compares two calendar dates: negative when `a` is earlier, 0 when equal, positive
 * when later. Usable as an `Array.prototype.sort` comparator.
 *
 * @param a - A calendar date `YYYY-MM-DD`.
 * @param b - A calendar date `YYYY-MM-DD`.
 * @returns The difference in days, `a − b`.
 * @throws {@link InvalidDateError} when either is not a calendar date string.
 * @example
 * ```ts
 * ["2026-01-02", "2025-12-31"].sort(compareDates); // ["2025-12-31", "2026-01-02"]
 * ```
 * @see DESIGN.md principle 2 — dates compared as day numbers
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier): `from` is not
 * counted, `to` is.
 *
 * @param from - A calendar date `YYYY-MM-DD`.
 * @param to - A calendar date `YYYY-MM-DD`.
 * @returns `to − from` in days.
 * @throws {@link InvalidDateError} when either is not a calendar date string.
 * @see 《中华人民共和国民法典》第二百零一条 — the first day is not counted
 * @example
 * ```ts
 * daysBetween("2024-02-28", "2024-03-01"); // 2
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The day of the week of a date, ISO numbering: 1 = Monday … 7 = Sunday.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @returns 1–7.
 * @throws {@link InvalidDateError} when `date` is invalid.
 * @see ISO 8601 — weekday numbering; FACTS.md §4 (weekends rest unless a notice says otherwise)
 * @example
 * ```ts
 * isoWeekday("2026-02-14"); // 6 (a Saturday; a working day in 2026's calendar)
 * ```
 */
export function isoWeekday(date: IsoDate): number {
  return _weekdayOfDayNumber(toDayNumber(date));
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. @internal */
export function _weekdayOfDayNumber(n: DayNumber): number {
  return (((n + 3) % 7) + 7) % 7 + 1;
}

function reasonFor(value: unknown): string {
  if (value instanceof Date) return "Date objects are not accepted; pass a YYYY-MM-DD string";
  if (typeof value !== "string") return `got ${value === null ? "null" : typeof value}`;
  if (!_hasIsoDateShape(value)) return "not of the form YYYY-MM-DD";
  return "no such day in the calendar";
}
