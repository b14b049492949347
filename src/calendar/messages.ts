/**
 * The calendar module's messages, one table per language keyed by code and built from the
 * params; linked into the library's one table per language (src/entities/messages). (This
 * module sits below entities, so its entries live here.)
 * @internal
 */

/** What the calendar messages are built from (a subset of the library's `ProblemParams`). @internal */
export interface _CalendarParams {
  /** The value as `describeValue` shows it. */
  received?: string;
  /** The calendar's id. */
  calendarId?: string;
  /** The first date the calendar covers. */
  earliest?: string;
  /** The last date the calendar covers. */
  latest?: string;
  /** The working days being added when the walk left the coverage. */
  workingDays?: number;
}

type Table = {
  readonly calendar_coverage: (p: _CalendarParams) => string;
  readonly invalid_working_day_count: (p: _CalendarParams) => string;
};

/** The Chinese table. @internal */
export const _calendarZh: Table = {
  calendar_coverage: (p) =>
    p.workingDays === undefined
      ? `日期 ${p.received} 超出工作日历“${p.calendarId}”的覆盖范围（${p.earliest} 至 ${p.latest}）：该年份尚无放假安排数据`
      : `自 ${p.received} 起计算 ${p.workingDays} 个工作日超出工作日历“${p.calendarId}”的覆盖范围（${p.earliest} 至 ${p.latest}）`,
  invalid_working_day_count: (p) => `工作日天数 ${p.received} 无效：应为整数`,
};

/** The English table. @internal */
export const _calendarEn: Table = {
  calendar_coverage: (p) =>
    p.workingDays === undefined
      ? `Date ${p.received} is outside the working-day calendar "${p.calendarId}", which covers ${p.earliest} to ${p.latest}`
      : `Adding ${p.workingDays} working days to ${p.received} leaves the working-day calendar "${p.calendarId}", which covers ${p.earliest} to ${p.latest}`,
  invalid_working_day_count: (p) => `Invalid number of working days ${p.received}: expected a whole number`,
};
