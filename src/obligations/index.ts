export {
  OBLIGATION_KINDS,
  type ObligationKind,
  OBLIGATION_STATUSES,
  type ObligationStatus,
  type ObligationParty,
  obligationLabels,
} from "./kinds";
export { obligationStatus } from "./obligation-status";
export { obligations, type ObligationsOptions } from "./obligations";
export type {
  Obligation,
  ObligationOf,
  ObligationReason,
  ObligationSubject,
  ObligationSubjects,
  ObligationPeriod,
  CalendarCoverageReason,
  StaffingSubject,
  RectificationSubject,
  VetoProposalSubject,
  MechanismRecordSubject,
  DataEntrySubject,
  OnsiteInspectionSubject,
  OfficialChangeSubject,
  RecallSubject,
} from "./types";
