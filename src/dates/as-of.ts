import { isIsoDate } from "../_lib/iso-date";
import type { IsoDate } from "./day-number";
import { InvalidDateError } from "./errors";
import type { DateRange } from "./periods";

/**
 * The as-of dates (基准日) this library answers for: 1000-01-01 to 8999-12-31, both
 * included. Every function that takes an `asOf` (or a `from` / `to` range) accepts exactly
 * these and throws {@link InvalidDateError} for a valid date outside them; the `qsd`
 * command's `--as-of` and a data set's `asOf` are checked against the same range. Dates
 * themselves can be any day of years 0001–9999; an as-of date keeps a margin from those
 * ends, so every window a rule reads around it (years back, its ISO week and month, a
 * recall's days forward) is a representable date. An as-of date past the working-day
 * calendar is accepted: what needs an unpublished year is answered `unknown`.
 *
 * @example
 * ```ts
 * AS_OF_RANGE; // { start: "1000-01-01", end: "8999-12-31" }
 * ```
 * @see DESIGN.md principle 2 — dates are calendar dates
 */
export const AS_OF_RANGE: Readonly<DateRange> = Object.freeze({ start: "1000-01-01", end: "8999-12-31" });

/**
 * Whether `value` is an as-of date this library answers for: a calendar date `YYYY-MM-DD`
 * within {@link AS_OF_RANGE}.
 *
 * @param value - Anything.
 * @returns `true` for a date from 1000-01-01 to 8999-12-31.
 * @example
 * ```ts
 * isAsOfDate("2026-11-20"); // true
 * isAsOfDate("0001-01-01"); // false: a date, but outside AS_OF_RANGE
 * ```
 * @see DESIGN.md principle 2
 */
export function isAsOfDate(value: unknown): value is IsoDate {
  // YYYY-MM-DD strings order as dates.
  return isIsoDate(value) && value >= AS_OF_RANGE.start && value <= AS_OF_RANGE.end;
}

/**
 * Checks that each given as-of date (or range end) lies within {@link AS_OF_RANGE};
 * `undefined` (an option not given) and values that are not calendar dates are left to the
 * caller's own checks (which report them as invalid dates). @internal
 *
 * @throws {@link InvalidDateError} for a calendar date outside the range.
 */
export function _checkAsOfRange(...values: readonly unknown[]): void {
  for (const value of values) {
    if (isIsoDate(value) && (value < AS_OF_RANGE.start || value > AS_OF_RANGE.end)) {
      throw new InvalidDateError(value, `outside the as-of range ${AS_OF_RANGE.start} to ${AS_OF_RANGE.end} (AS_OF_RANGE)`);
    }
  }
}
