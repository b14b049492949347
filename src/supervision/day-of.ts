import { toDayNumber, type DayNumber } from "../dates";
import { _dayNumberFromParts, daysInMonth } from "../dates/day-number";

/**
 * The day number of a `YYYY-MM-DD` string, like `toDayNumber` but reading the characters
 * directly (no regular expression, no allocation): classification reads every risk
 * event's date. Anything that is not a real calendar date falls through to `toDayNumber`,
 * which throws the located `InvalidDateError`.
 *
 * @internal
 */
export function _dayOf(date: string): DayNumber {
  if (typeof date === "string" && date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
    const m = digit(date, 5) * 10 + digit(date, 6);
    const d = digit(date, 8) * 10 + digit(date, 9);
    // NaN (a non-digit) fails every comparison below.
    if (y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) return _dayNumberFromParts(y, m, d);
  }
  return toDayNumber(date);
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}
