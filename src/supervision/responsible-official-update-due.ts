import { chinaCalendar, type WorkCalendar } from "../calendar";
import { assertIsoDate, type IsoDate } from "../dates";
import type { Policy } from "../policy";
import { _compiledPolicy } from "./compile-policy";

/**
 * Options of {@link responsibleOfficialUpdateDue}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface ResponsibleOfficialUpdateDueOptions {
  /** The policy (default `nanjing2023`: 5 working days). */
  policy?: Policy;
  /** The working-day calendar (default `chinaCalendar`, the State Council's official calendar). */
  calendar?: WorkCalendar;
}

/**
 * The last day to record a change of responsible official (监管责任人) made on `changedOn`:
 * "应在5个工作日内更新" — the 5th working day after the change on the official calendar
 * (the change day itself not counted, Civil Code Art. 201; statutory holidays excluded,
 * adjusted weekend working days counted; FACTS.md §3).
 *
 * @param changedOn - The day the official changed (`YYYY-MM-DD`).
 * @param options - Optionally `policy` (the number of working days) and `calendar`.
 * @returns The due date.
 * @throws {@link InvalidDateError} when `changedOn` is not a calendar date.
 * @throws {@link CalendarCoverageError} when the count leaves the calendar's known years.
 * @example
 * ```ts
 * responsibleOfficialUpdateDue("2026-04-30"); // "2026-05-11" (May 1–5 off, Saturday May 9 a working day)
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function responsibleOfficialUpdateDue(changedOn: IsoDate, options: ResponsibleOfficialUpdateDueOptions = {}): IsoDate {
  const days = _compiledPolicy(options.policy).policy.supervision.responsibleOfficial.updateWithinWorkingDays;
  return (options.calendar ?? chinaCalendar).addWorkingDays(assertIsoDate(changedOn), days);
}
