export { VERSION, PACKAGE_NAME } from "./version";
export { canonicalJson, CanonicalJsonError, type CanonicalJsonErrorCode, CANONICALIZATION } from "./canonical-json";
export { sha256Hex, canonicalDigest, DigestUnavailableError, DIGEST_ALGORITHM } from "./digest";
export {
  decisionRecord,
  verifyDecisionRecord,
  DecisionRecordError,
  DECISION_KINDS,
  type DecisionKind,
  type DecisionInput,
  type ClassifyDecisionInput,
  type ObligationsDecisionInput,
  type ChecklistEvaluationDecisionInput,
  type ChecklistPrefillDecisionInput,
  type DecisionRecord,
  type RulesDigest,
  type DecisionMismatch,
  type DecisionVerification,
} from "./decision-record";
