export { type DutyReason } from "./reason";
export { DutiesInputError } from "./errors";
export {
  classifyUnitSize,
  type ClassifyUnitSizeInput,
  type ClassifyUnitSizeOptions,
  unitSize,
  unitSizeWithReasons,
  type UnitSizeDecision,
  type UnitSizeOptions,
} from "./unit-size";
export { SCOPE_CATEGORIES, type ScopeCategory, type ScopeOptions, type ScopeDecision, isInScope, scopeWithReasons } from "./scope";
export { staffingRequirements, type StaffingRequirements, type StaffingRequirementsOptions, type RoleRequirement } from "./staffing-requirements";
export {
  staffingFindings,
  type StaffingFinding,
  type StaffingFindingsOptions,
  type VacantPostFinding,
  type FailedAssessmentFinding,
  type StaffedRole,
} from "./staffing-findings";
export {
  mechanismGaps,
  mechanismRecordsByPeriod,
  type MechanismRecordsByPeriod,
  type MechanismRecordsByPeriodOptions,
  type MechanismUnknownDays,
  type MechanismGaps,
  type MechanismGapsOptions,
  type MechanismDays,
  type MechanismPeriods,
  type WrongRoleRecord,
  type WrongRoleProblem,
} from "./mechanism-gaps";
export {
  DATA_ENTRY_CLASSES,
  type DataEntryClass,
  type DataEntryDeadline,
  type DataEntryOptions,
  dataEntryDeadline,
  dataEntryDeadlineWithReasons,
  dataEntryOrder,
} from "./data-entry";
export {
  staffingVacancies,
  type StaffingVacancy,
  type StaffingVacanciesOptions,
  type StaffingRequiredSince,
} from "./staffing-vacancies";
