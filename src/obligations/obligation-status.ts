import { toDayNumber, type DayNumber, type IsoDate } from "../dates";
import type { ObligationStatus } from "./kinds";

/**
 * The status of a duty due on `dueOn`, done on `doneOn` (if at all), as of `asOf`:
 * `met` when done on or before the due date, `late` when done after it, `open` when not
 * done and `asOf` is on or before the due date (a daily record for today is open until the
 * day ends), `overdue` when not done and `asOf` is after it. A `doneOn` after `asOf` is not
 * known yet on `asOf` and counts as not done.
 *
 * @param dueOn - The last day to do it (inclusive).
 * @param doneOn - The day it was done, if it was.
 * @param asOf - The day judged as of.
 * @returns The status.
 * @throws {@link InvalidDateError} when a date is not a calendar date.
 * @example
 * ```ts
 * obligationStatus("2026-05-11", "2026-05-11", "2026-06-01"); // "met"
 * obligationStatus("2026-05-11", undefined, "2026-05-11");    // "open"
 * obligationStatus("2026-05-11", undefined, "2026-05-12");    // "overdue"
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function obligationStatus(dueOn: IsoDate, doneOn: IsoDate | undefined, asOf: IsoDate): ObligationStatus {
  const due = toDayNumber(dueOn);
  const day = toDayNumber(asOf);
  return _statusOn(due, doneOn === undefined ? undefined : toDayNumber(doneOn), day);
}

/** {@link obligationStatus} on day numbers: due `due`, done `done` (if at all), as of `day`. @internal */
export function _statusOn(due: DayNumber, done: DayNumber | undefined, day: DayNumber): ObligationStatus {
  if (done !== undefined && done <= day) return done <= due ? "met" : "late";
  return day <= due ? "open" : "overdue";
}
