export * from "./labels";
export { IsoDateSchema, IdSchema, UsccSchema, type IssueParams } from "./primitives";
export * from "./unit";
export type {
  ValidationIssue,
  ValidationIssueCode,
  ZodIssueCode,
  Problem,
  ProblemCode,
  ProblemParams,
  ProblemCause,
  DecisionMismatchCode,
  JsonSyntaxCode,
  ErrorCode,
} from "./messages";
export { toJsonPointer } from "../_lib/json-pointer";
export { UnitDataError, type UnitDataErrorCode } from "./unit-data-error";
export { CalendarYearDataSchema, CalendarSourceSchema, type CalendarYearDataOutput, type CalendarYearDataInput } from "./calendar-year";
