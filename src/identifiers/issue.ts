/**
 * A problem found in an identifier, in Chinese and English, with a stable code.
 * `severity: "warning"` marks something accepted in lenient mode.
 */
export interface IdentifierIssue {
  /** A stable machine-readable code, e.g. `"uscc_checksum"`. */
  code: string;
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
  /** `"error"` rejects the value; `"warning"` accepts it with a caution. */
  severity: "error" | "warning";
}

/** The result of parsing an identifier: never thrown, always returned. */
export type ParseResult<T> =
  | { ok: true; value: T; issues: IdentifierIssue[] }
  | { ok: false; value?: undefined; issues: IdentifierIssue[] };
