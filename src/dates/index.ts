export * from "./errors";
export { type IsoDate, type DayNumber, isIsoDate, isLeapYear, daysInMonth, toDayNumber, fromDayNumber, assertIsoDate, compareDates, daysBetween, isoWeekday } from "./day-number";
export { type Period, addPeriod, addDays } from "./add-period";
export { type DateRange, type HalfYear, type IsoWeek, type CalendarMonth, halfYearOf, isoWeekOf, monthOf, isoWeeksOverlapping, monthsOverlapping, halfYearsOverlapping } from "./periods";
