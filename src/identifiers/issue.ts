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
  | {
      /** `true`: the identifier was accepted (possibly with `"warning"` issues). */
      ok: true;
      /** The parsed identifier. */
      value: T;
      /** Warnings only (lenient mode); empty for a clean identifier. */
      issues: IdentifierIssue[];
    }
  | {
      /** `false`: the identifier was rejected; `issues` says why. */
      ok: false;
      /** Absent: a rejected identifier has no parsed value. */
      value?: undefined;
      /** At least one `"error"` issue, possibly with warnings. */
      issues: IdentifierIssue[];
    };

/** Builds an issue (`"error"` unless told otherwise). @internal */
export function _issue(code: string, message: string, messageEn: string, severity: IdentifierIssue["severity"] = "error"): IdentifierIssue {
  return { code, message, messageEn, severity };
}
