import type { IsoDate } from "../dates";

/** The published data of one calendar year (one State Council notice). */
export interface CalendarYearData {
  /** 年份 */
  year: number;
  /** 放假日期 — every date listed as a day off (may include dates of the previous year, e.g. 2022-12-31 in the 2023 notice). */
  offDays: readonly IsoDate[];
  /** 调休上班日期 — weekend dates that are working days. */
  workingWeekendDays: readonly IsoDate[];
  /** Where the data comes from. */
  source: CalendarSource;
}

/** The notice a calendar year comes from. */
export interface CalendarSource {
  /** 文件名称, e.g. 《国务院办公厅关于2024年部分节假日安排的通知》 */
  title: string;
  /** 文号, e.g. 国办发明电〔2023〕7号 (absent when not known). */
  documentNumber?: string;
  /** 发布日期 */
  publishedOn: IsoDate;
  /** Where it is published. */
  url?: string;
}

/**
 * A working-day calendar: which dates are working days, and arithmetic on them.
 * Every method throws `CalendarCoverageError` for a date outside `coverage` — it never
 * guesses Monday–Friday for a year it has no data for.
 */
export interface WorkCalendar {
  /** A name for the calendar, e.g. `"cn-state-council"`. */
  readonly id: string;
  /** The first and last covered date (inclusive). */
  readonly coverage: {
    /** 起始日 — the first covered date, inclusive (1 January of the first year, for a year-data calendar). */
    readonly start: IsoDate;
    /** 截止日 — the last covered date, inclusive (31 December of the last year, for a year-data calendar). */
    readonly end: IsoDate;
  };
  /** Whether `date` is a working day. */
  isWorkingDay(date: IsoDate): boolean;
  /** The n-th working day after `date` (date not counted); n ≤ −1 counts back; n = 0 returns `date`. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /**
   * Working days in (from, to]; negative when `to` is before `from`, then minus the working
   * days in [to, from). Either way `from` is not counted and `to` is, so
   * `countWorkingDays(d, addWorkingDays(d, n)) === n` for every n.
   */
  countWorkingDays(from: IsoDate, to: IsoDate): number;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
}

/**
 * A working-day calendar built from published year data by `createWorkCalendar` (the
 * China calendar is one). Its data can be read back, and `extendCalendar` can add a year.
 */
export interface YearDataWorkCalendar extends WorkCalendar {
  /** The year data it was built from, oldest first (frozen). */
  readonly years: readonly CalendarYearData[];
  /** The ISO weekdays (1 = Monday … 7 = Sunday) that rest unless listed as working days. */
  readonly weekendDays: readonly number[];
}

/** Options of `createWorkCalendar`. */
export interface CreateWorkCalendarOptions {
  /** A name for the calendar, e.g. `"cn-state-council"` or `"unit-91320100…-operating-days"`. */
  id: string;
  /** One entry per year, contiguous (any order; sorted by year). */
  years: readonly CalendarYearData[];
  /** ISO weekdays that rest unless listed as working days; default `[6, 7]` (Saturday, Sunday). */
  weekendDays?: readonly number[];
}

/** Options of `extendCalendar`. */
export interface ExtendCalendarOptions {
  /**
   * Replace a year the calendar already covers (a notice amended after publication, as in
   * 2019 and 2020) instead of rejecting it. Default `false`.
   */
  replace?: boolean;
  /** The id of the new calendar; default: the old calendar's id. */
  id?: string;
}
