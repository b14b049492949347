export type {
  SupervisionReason,
  SupervisionDuty,
  SupervisionDutyId,
  Classification,
  AnnualListEntry,
  AnnualListPair,
  PolicyRef,
  AnnualLists,
  OnsiteInspectionStatus,
  SupervisionFinding,
  SupervisionFindingCode,
  SupervisedPeriod,
  AnnualListMode,
  AnnualListDuplicate,
} from "./types";
export { classifyUnit, type ClassifyUnitOptions } from "./classify-unit";
export { buildAnnualLists, type BuildAnnualListsOptions } from "./annual-lists";
export { onsiteInspectionStatus, type OnsiteInspectionStatusOptions } from "./onsite-inspection-status";
export { responsibleOfficialUpdateDue, type ResponsibleOfficialUpdateDueOptions } from "./responsible-official-update-due";
export { supervisionFindings, type SupervisionFindingsOptions } from "./supervision-findings";
export { tierHistory, type TierHistoryOptions, type TierInterval } from "./tier-history";
export {
  inspectionCompliance,
  type InspectionComplianceOptions,
  type HalfYearInspectionCompliance,
  pastInspectionObligations,
  type PastInspectionObligationsOptions,
  type PastInspectionObligation,
} from "./inspection-compliance";
