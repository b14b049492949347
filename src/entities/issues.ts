import type { z } from "zod";
import { _fromZodIssues } from "./messages/from-zod";
import type { ValidationIssue, ValidationIssueCode } from "./messages/problem";

export type { ValidationIssue } from "./messages/problem";

/**
 * Converts zod issues into {@link ValidationIssue}s: each with its code, its params
 * (what was expected and received) and its Chinese and English text from the library's
 * message tables (src/entities/messages). zod's own locales are not used, so the host's
 * zod configuration (`z.config`) is neither read nor changed, and the Chinese never
 * names an English type ("应为文本", not "期望 string").
 *
 * @param issues - `error.issues` of a failed `safeParse`.
 * @param prefix - Keys to put before every path (e.g. a record's index in a batch).
 * @internal
 */
export function _toValidationIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ValidationIssue<ValidationIssueCode>[] {
  return _fromZodIssues(issues, prefix);
}
