import type { DateRange, IsoDate } from "../dates";
import { CalendarCoverageError } from "./errors";
import type { WorkCalendar } from "./types";

/**
 * What a working-day answer lacks: the years whose State Council holiday notice the
 * calendar does not hold. Rules built on the calendar (obligations, supervision findings,
 * mechanism gaps) put it on an answer they cannot give, instead of guessing Monday–Friday.
 *
 * @see 《国务院办公厅关于YYYY年部分节假日安排的通知》 — published each year, late October to early December
 */
export interface CalendarCoverageGap {
  /** Always `"calendar-coverage"`. */
  code: "calendar-coverage";
  /** The years whose notice is missing, e.g. `[2027]`. */
  missingYears: readonly number[];
  /** The calendar that was asked (its `id`). */
  calendarId: string;
  /** What that calendar covers. */
  coverage: DateRange;
  /** 中文说明, e.g. "2027 年放假安排尚未收录（工作日历 cn-state-council 覆盖 2023-01-01 至 2026-12-31）". */
  message: string;
  /** English message. */
  messageEn: string;
}

/**
 * The gap behind a {@link CalendarCoverageError}: its missing years and the calendar's
 * coverage, with a sentence in Chinese and English.
 *
 * @param error - The error a calendar method threw.
 * @returns The gap.
 * @example
 * ```ts
 * try { chinaCalendar.addWorkingDays("2026-12-28", 5); }
 * catch (e) { if (e instanceof CalendarCoverageError) calendarCoverageGap(e).missingYears; } // [2027]
 * ```
 * @see 《国务院办公厅关于YYYY年部分节假日安排的通知》
 */
export function calendarCoverageGap(error: CalendarCoverageError): CalendarCoverageGap {
  const years = error.missingYears;
  const { start, end } = error.coverage;
  const zhYears = years.length === 0 ? "所需年份的" : `${years.join("、")} 年`;
  const enYears = years.length === 0 ? "the years needed" : years.join(", ");
  return {
    code: "calendar-coverage",
    missingYears: years,
    calendarId: error.calendarId,
    coverage: { start, end },
    message: `${zhYears}放假安排尚未收录（工作日历 ${error.calendarId} 覆盖 ${start} 至 ${end}）`,
    messageEn: `The holiday notice for ${enYears} is not in the calendar yet (${error.calendarId} covers ${start} to ${end})`,
  };
}

/**
 * Runs a working-day question; a {@link CalendarCoverageError} becomes the gap, anything
 * else propagates. @internal
 */
export function _orCoverageGap<T>(question: () => T): { ok: true; value: T } | { ok: false; gap: CalendarCoverageGap } {
  try {
    return { ok: true, value: question() };
  } catch (error) {
    if (error instanceof CalendarCoverageError) return { ok: false, gap: calendarCoverageGap(error) };
    throw error;
  }
}

/** `calendar.addWorkingDays(date, n)`, or the gap when it needs an uncovered year. @internal */
export function _addWorkingDaysOrGap(calendar: WorkCalendar, date: IsoDate, n: number): { ok: true; value: IsoDate } | { ok: false; gap: CalendarCoverageGap } {
  return _orCoverageGap(() => calendar.addWorkingDays(date, n));
}
