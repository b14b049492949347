export type * from "./types";
export { CalendarCoverageError, CalendarDataError, InvalidWorkingDayCountError, type CalendarCoverage, type CalendarDataErrorCode } from "./errors";
export { createWorkCalendar, extendCalendar } from "./create-work-calendar";
export { chinaCalendar } from "./china-calendar";
export { chinaCalendarYears, chinaCalendarYear2023, chinaCalendarYear2024, chinaCalendarYear2025, chinaCalendarYear2026 } from "./data";
export { calendarCoverageGap, type CalendarCoverageGap } from "./coverage-gap";
export { parseHolidayNotice, type ParseHolidayNoticeOptions } from "./parse-holiday-notice";
export { NoticeParseError, type NoticeParseErrorCode, type NoticeParseErrorParams } from "./notice-parse-error";
