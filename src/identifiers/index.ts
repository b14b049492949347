export type { IdentifierIssue, IdentifierIssueCode, IdentifierIssueParams, IdentifierField, ParseResult } from "./issue";
export { IdentifierError } from "./errors";
export { parseUscc, isValidUscc, type UsccParts, type ParseUsccOptions } from "./uscc";
export { usccCheckCharacter, orgCodeCheckCharacter } from "./check-characters";
export { makeUscc, type MakeUsccInput } from "./make-uscc";
export { parseOrganizationCode, isValidOrganizationCode, type OrganizationCodeParts } from "./org-code";
export { parseLicenceNumber, type LicenceNumberParts } from "./licence";
export { parseCccCertificateNumber, CCC_FIRST_YEAR, type CccCertificateNumberParts } from "./ccc";
