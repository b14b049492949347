export type { IdentifierIssue, ParseResult } from "./issue";
export { parseUscc, isValidUscc, type UsccParts, type ParseUsccOptions } from "./uscc";
