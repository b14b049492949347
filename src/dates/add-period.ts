import { _isoDateParts } from "../_lib/iso-date";
import { _dayNumberFromParts, _FIRST_DAY, _LAST_DAY, _partsFromDayNumber, daysInMonth, fromDayNumber, toDayNumber, type DayNumber, type IsoDate } from "./day-number";
import { InvalidDateError } from "./errors";

/** A period counted in years, months and days (PRC Civil Code Arts. 200–204). */
export interface Period {
  /** 年 — whole years; may be negative. */
  years?: number;
  /** 月 — whole months; may be negative. */
  months?: number;
  /** 日 — whole days; may be negative. */
  days?: number;
}

/**
 * Adds a period to a calendar date, counting as the PRC Civil Code does.
 *
 * Years and months are added first, landing on the corresponding day of the last month;
 * where that month has no such day, on its last day (Art. 202: 2024-02-29 + 2 years →
 * 2026-02-28). Days are added after that. The first day is not counted (Art. 201), so
 * `addPeriod("2024-03-01", { days: 5 })` is `"2024-03-06"`. Negative amounts count
 * backwards with the same clamping. Holidays are not skipped here: for Art. 203 see
 * {@link WorkCalendar.nextWorkingDay}.
 *
 * @param date - The start date `YYYY-MM-DD` (not counted).
 * @param period - Whole years, months and days, each optional, any sign.
 * @returns The last day of the period.
 * @throws {@link InvalidDateError} when `date` is invalid, an amount is not an integer, or
 *   the result leaves years 0001–9999.
 * @example
 * ```ts
 * addPeriod("2024-02-29", { years: 2 });  // "2026-02-28"
 * addPeriod("2026-03-31", { months: -1 }); // "2026-02-28"
 * ```
 * @see 《中华人民共和国民法典》第二百零一条、第二百零二条
 */
export function addPeriod(date: IsoDate, period: Period): IsoDate {
  const parts = _isoDateParts(date);
  if (!parts) return fromDayNumber(toDayNumber(date)); // throws the located error
  const years = wholeAmount(period?.years, "years");
  const months = wholeAmount(period?.months, "months");
  const days = wholeAmount(period?.days, "days");
  let n: number;
  // Stryker disable next-line ConditionalExpression: without years or months the general branch lands on the same day (same year and month, the day itself); this one only skips the work
  if (years === 0 && months === 0) {
    n = _dayNumberFromParts(parts.year, parts.month, parts.day);
  } else {
    const total = parts.year * 12 + (parts.month - 1) + years * 12 + months;
    const year = Math.floor(total / 12);
    const month = total - year * 12 + 1;
    if (year < 1 || year > 9999) throw new InvalidDateError(date, "the period leaves years 0001–9999");
    n = _dayNumberFromParts(year, month, Math.min(parts.day, daysInMonth(year, month)));
  }
  return _inRange(n + days, date);
}

/**
 * Adds whole days to a calendar date (negative counts back); the start day is not counted.
 *
 * @param date - A calendar date `YYYY-MM-DD`.
 * @param days - Whole days, any sign.
 * @returns The date `days` days later.
 * @throws {@link InvalidDateError} when `date` is invalid, `days` is not an integer, or the
 *   result leaves years 0001–9999.
 * @see 《中华人民共和国民法典》第二百零一条
 * @example
 * ```ts
 * addDays("2024-02-28", 1); // "2024-02-29"
 * ```
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return _inRange(toDayNumber(date) + wholeAmount(days, "days"), date);
}


/** The date of day number `n`, or an error naming the start `date` when `n` leaves years 0001–9999. */
function _inRange(n: number, date: IsoDate): IsoDate {
  if (n < _FIRST_DAY || n > _LAST_DAY) throw new InvalidDateError(date, "the period leaves years 0001–9999");
  return fromDayNumber(n);
}

function wholeAmount(value: unknown, name: string): number {
  if (value === undefined) return 0;
  // Stryker disable next-line ConditionalExpression: Number.isSafeInteger is false for every non-number, so the typeof test only says so first
  if (typeof value !== "number" || !Number.isSafeInteger(value)) {
    throw new InvalidDateError(value, `period ${name} must be a whole number`);
  }
  return value;
}

/**
 * `toDayNumber(addPeriod(fromDayNumber(n), { years }))` on day numbers, without the date
 * text: the same day and month `years` later (or earlier), 29 February clamped to
 * 28 February in a common year (Civil Code Art. 202, as {@link addPeriod}). For scanning
 * many days (supervision windows).
 *
 * @throws {@link InvalidDateError} when the result leaves years 0001–9999, as addPeriod.
 * @internal
 */
export function _addYearsToDayNumber(n: DayNumber, years: number): DayNumber {
  const { year, month, day } = _partsFromDayNumber(n);
  const y = year + years;
  if (y < 1 || y > 9999) throw new InvalidDateError(fromDayNumber(n), "the period leaves years 0001–9999");
  return _dayNumberFromParts(y, month, Math.min(day, daysInMonth(y, month)));
}
