import type { TableIssue } from "./types";

/** Options of {@link formatTableIssue}. */
export interface FormatTableIssueOptions {
  /** `"zh"` (default) the Chinese message, `"en"` the English one. */
  lang?: "zh" | "en";
}

/**
 * Formats a table issue as one line: where (`人员!C5`), the column's header, and the
 * message — for logs and the command line.
 *
 * @param issue - An issue from {@link datasetFromTables}.
 * @param options - See {@link FormatTableIssueOptions}.
 * @returns One line of text.
 * @example
 * ```ts
 * formatTableIssue(issue); // "人员!E5 任职日期：无法识别的日期“2024-13-01”：应为日期单元格…"
 * formatTableIssue(issue, { lang: "en" }); // "人员!E5 任职日期: "2024-13-01" is not a date: …"
 * ```
 * @see 宁市监质监〔2023〕146号 一（五）
 */
export function formatTableIssue(issue: TableIssue, options: FormatTableIssueOptions = {}): string {
  const en = options.lang === "en";
  const text = (en ? issue.messageEn : issue.message).replace(/\s*[\r\n]+\s*/g, " ");
  const header = issue.header ? ` ${issue.header}` : "";
  return `${issue.ref}${header}${en ? ": " : "："}${text}`;
}
