export {
  OBLIGATION_KINDS,
  type ObligationKind,
  OBLIGATION_STATUSES,
  type ObligationStatus,
  type ObligationParty,
  obligationLabels,
} from "./kinds";
export { obligationStatus } from "./obligation-status";
export { obligations, type Obligation, type ObligationReason, type ObligationSubject, type ObligationsOptions } from "./obligations";
