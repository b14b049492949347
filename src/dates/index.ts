export * from "./errors";
export { describeValue } from "../_lib/describe-value";
export { isIsoDate, isLeapYear } from "../_lib/iso-date";
export { type IsoDate, type DayNumber, daysInMonth, toDayNumber, fromDayNumber, assertIsoDate, compareDates, daysBetween, isoWeekday } from "./day-number";
export { type Period, addPeriod, addDays } from "./add-period";
export { AS_OF_RANGE, isAsOfDate } from "./as-of";
export { type DateRange, type HalfYear, type IsoWeek, type CalendarMonth, halfYearOf, isoWeekOf, monthOf, isoWeeksOverlapping, monthsOverlapping, halfYearsOverlapping } from "./periods";
