export * from "./labels";
export { IsoDateSchema, IdSchema, UsccSchema, type IssueParams } from "./primitives";
export * from "./unit";
export { type ValidationIssue, toJsonPointer } from "./issues";
export { UnitDataError, type UnitDataErrorCode } from "./unit-data-error";
export { CalendarYearDataSchema, CalendarSourceSchema, type CalendarYearDataOutput, type CalendarYearDataInput } from "./calendar-year";
