import type { z } from "zod";
// Only the two locales we speak: `z.locales` would pull all of zod's locales into a browser bundle.
import { en as enLocale, zhCN as zhCNLocale } from "zod/v4/locales";
import { toJsonPointer } from "../_lib/json-pointer";
import type { IssueParams } from "./primitives";

/**
 * A problem found in input: where (a JSON pointer), what (a stable code) and why, in
 * Chinese and English.
 */
export interface ValidationIssue {
  /** JSON pointer (RFC 6901) to the offending value, e.g. `/riskEvents/0/date`; `""` for the root. */
  path: string;
  /** A stable machine-readable code, e.g. `invalid_type`, `invalid_date`, `uscc_checksum`. */
  code: string;
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
}

// Built on first use, not at import (CONVENTIONS: no work at module load).
let locales: { zh: ReturnType<typeof zhCNLocale>["localeError"]; en: ReturnType<typeof enLocale>["localeError"] } | undefined;
function _locales() {
  return (locales ??= { zh: zhCNLocale().localeError, en: enLocale().localeError });
}

/**
 * Converts zod issues into {@link ValidationIssue}s with Chinese and English messages.
 * Our own checks carry their Chinese text in `params.zh`; zod's built-in issues get
 * their text from zod's zh-CN and en locales, called directly, so the host's zod
 * configuration (`z.config`) is neither read nor changed.
 *
 * @param issues - `error.issues` of a failed `safeParse`.
 * @param prefix - Keys to put before every path (e.g. a record's index in a batch).
 * @internal
 */
export function _toValidationIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.code === "invalid_union" && issue.errors.length > 0 && issue.errors.every((e) => e.length > 0)) {
      // Report the branch closest to matching (the one with the fewest issues).
      const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      out.push(..._toValidationIssues(best, [...prefix, ...issue.path]));
      continue;
    }
    const params = (issue as { params?: Partial<IssueParams> }).params;
    const path = toJsonPointer([...prefix, ...issue.path]);
    if (issue.code === "custom" && params?.code && params.zh) {
      out.push({ path, code: params.code, message: params.zh, messageEn: issue.message });
      continue;
    }
    out.push({ path, code: issue.code, message: localeText(_locales().zh, issue) ?? issue.message, messageEn: localeText(_locales().en, issue) ?? issue.message });
  }
  return out;
}

function localeText(locale: (issue: z.core.$ZodRawIssue) => unknown, issue: z.core.$ZodIssue): string | undefined {
  const result = locale(issue as unknown as z.core.$ZodRawIssue);
  if (typeof result === "string") return result;
  if (result && typeof result === "object" && "message" in result && typeof result.message === "string") return result.message;
  return undefined;
}
