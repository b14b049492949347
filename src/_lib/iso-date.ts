/**
 * ISO calendar dates `YYYY-MM-DD`: the one parser every module uses (dates, entities'
 * schemas, supervision, calendar, checklists). It reads character codes, with no regular
 * expression and no allocation: validation and classification check dozens of dates per
 * unit.
 */
import { _pad2, _padYear } from "./pad";

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether `year` is a Gregorian leap year (divisible by 4, except centuries not divisible
 * by 400).
 *
 * @param year - A year of the proleptic Gregorian calendar.
 * @returns `true` for a leap year.
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 * ```
 * @see 《中华人民共和国民法典》第二百零二条 — the month-end clamping that makes 29 February matter
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in `month` of `year`, or `undefined` when `month` is not one of
 * 1–12. (`daysInMonth` in src/dates is the public, throwing form.)
 *
 * @internal
 */
export function _monthLength(year: number, month: number): number | undefined {
  const days = MONTH_DAYS[month - 1];
  if (days === undefined) return undefined;
  return month === 2 && isLeapYear(year) ? 29 : days;
}

/** The number written by `count` ASCII digits of `s` from `from`, or -1 when one is not a digit. */
function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The date `value` names as one number, `year * 10000 + month * 100 + day`
 * (`"2026-03-05"` → `20260305`), or `-1` when `value` is not a real calendar date
 * `YYYY-MM-DD` of years 0001–9999. Read the parts back with {@link _isoDateParts} or
 * arithmetic (`Math.floor(k / 10000)`, `Math.floor(k / 100) % 100`, `k % 100`). Never
 * throws; allocates nothing.
 *
 * @internal
 */
export function _isoDateKey(value: unknown): number {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  // -1 (a non-digit) fails the first test of each part.
  if (year < 1 || month < 1 || month > 12 || day < 1) return -1;
  if (day > (month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!)) return -1;
  return year * 10000 + month * 100 + day;
}

/**
 * The year, month and day of a `YYYY-MM-DD` string, or `undefined` when it is not a real
 * calendar date. Never throws.
 *
 * @internal
 */
export function _isoDateParts(value: unknown): { year: number; month: number; day: number } | undefined {
  const key = _isoDateKey(value);
  if (key < 0) return undefined;
  return { year: Math.floor(key / 10000), month: Math.floor(key / 100) % 100, day: key % 100 };
}

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (years 0001–9999).
 * Rejects impossible dates (`2025-02-30`), padding (`" 2025-01-01"`), numbers and `Date`
 * objects. Never throws.
 *
 * @param value - Anything.
 * @returns `true` when `value` is a valid ISO calendar date string.
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); // true
 * isIsoDate("2025-02-29"); // false
 * ```
 * @see DESIGN.md principle 2 — public dates are `YYYY-MM-DD` strings
 */
export function isIsoDate(value: unknown): value is string {
  return _isoDateKey(value) >= 0;
}

/**
 * Whether `value` has the shape `YYYY-MM-DD` (ASCII digits and two hyphens), whether or
 * not the day exists: `"2025-02-30"` has it, `"2025-2-3"` does not. For telling "not a
 * date at all" from "no such day" in messages, and for reading the parts of a date that is
 * already known to be valid.
 *
 * @internal
 */
export function _hasIsoDateShape(value: unknown): value is string {
  return (
    typeof value === "string" &&
    value.length === 10 &&
    value.charCodeAt(4) === 45 &&
    value.charCodeAt(7) === 45 &&
    digits(value, 0, 4) >= 0 &&
    digits(value, 5, 2) >= 0 &&
    digits(value, 8, 2) >= 0
  );
}

/**
 * Writes a date `YYYY-MM-DD` from its parts (zero-padded; the parts are not checked).
 *
 * @internal
 */
export function _formatIsoDate(year: number, month: number, day: number): string {
  return `${_padYear(year)}-${_pad2(month)}-${_pad2(day)}`;
}
