import type { ValidationIssue } from "../entities";

/** Options of {@link formatIssue}. */
export interface FormatIssueOptions {
  /**
   * The message language: `"zh"` (default) the Chinese message, `"en"` the English one,
   * `"both"` the Chinese followed by the English in parentheses.
   */
  lang?: "zh" | "en" | "both";
}

/**
 * Formats an issue as one line `path: message`, for logs and the CLI. The root path `""`
 * reads `(root)` in English and `（根）` otherwise (`/` would mean the key `""`). Line
 * breaks inside a message become spaces, so the result is always one line.
 *
 * @param issue - An issue from {@link validate}.
 * @param options - `lang`: `"zh"` (default), `"en"` or `"both"`.
 * @returns One line of text.
 * @example
 * ```ts
 * const r = validate("unit", unitWithRiskOn20250229);
 * // r.issues[0]: { path: "/riskEvents/0/date", code: "invalid_date", params: { received: "2025-02-29" }, … }
 * if (!r.ok) formatIssue(r.issues[0]!); // '/riskEvents/0/date: 日期"2025-02-29"无效，应为 YYYY-MM-DD 格式的公历日期'
 * if (!r.ok) formatIssue(r.issues[0]!, { lang: "en" }); // '/riskEvents/0/date: "2025-02-29" is not a calendar date YYYY-MM-DD'
 * ```
 * @see DESIGN.md "Entities and validation"
 */
export function formatIssue(issue: ValidationIssue, options: FormatIssueOptions = {}): string {
  const lang = options.lang ?? "zh";
  const path = issue.path === "" ? (lang === "en" ? "(root)" : "（根）") : issue.path;
  const text = lang === "en" ? issue.messageEn : lang === "both" ? `${issue.message} (${issue.messageEn})` : issue.message;
  return `${path}: ${text.replace(/\s*[\r\n]+\s*/g, " ")}`;
}
