export type { IdentifierIssue, ParseResult } from "./issue";
export { parseUscc, isValidUscc, type UsccParts, type ParseUsccOptions } from "./uscc";
export { parseOrganizationCode, isValidOrganizationCode, type OrganizationCodeParts } from "./org-code";
export { parseLicenceNumber, type LicenceNumberParts } from "./licence";
export { parseCccCertificateNumber, CCC_FIRST_YEAR, type CccCertificateNumberParts } from "./ccc";
