export { type Citation, CitationSchema, NANJING_PLAN, NANJING_TIERS_CLAUSE, nanjingTierQuotes, nanjingTierCitations, ANHUI_PROFILE, anhuiTierQuotes, anhuiTierCitations } from "./citations";
export { PolicySchema, type Policy, type PolicyInput } from "./policy-schema";
export { PolicyError } from "./policy-error";
export { nanjing2023 } from "./nanjing-2023";
export { anhui2023 } from "./anhui-2023";
export { definePolicy, type PolicyOverrides, type DeepPartial } from "./define-policy";
export {
  DutiesParametersSchema,
  type DutiesParameters,
  nanjingDutiesParameters,
  DATA_ENTRY_PRIORITY_CRITERIA,
  type DataEntryPriorityCriterion,
  UNIT_SIZE_SECTORS,
  type UnitSizeSector,
  dutiesCitations,
  dutiesQuotes,
} from "./duties-parameters";
export {
  DepartmentsSchema,
  type Departments,
  type Department,
  type DepartmentRoute,
  nanjingDepartments,
  nanjingDepartmentQuotes,
} from "./departments";
export { departmentFor, type DepartmentSubject, type DepartmentForOptions, type DepartmentAssignment } from "./department-for";
export { DistrictsSchema, type Districts, nanjingDistricts } from "./districts";
export { districtName, type DistrictNameOptions, type DistrictNames } from "./district-name";
export { PolicySourceSchema, type PolicySource, nanjingPlanSource } from "./plan-source";
export {
  SCOPE_BASES,
  type ScopeBasis,
  type MechanismStart,
  mechanismStartOrders,
  mechanismStartPlan,
  phasingQuotes,
  dutiesReadingCitations,
} from "./duties-readings";
