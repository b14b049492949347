import { _identifierMessage } from "./messages";

/**
 * The stable codes of {@link IdentifierIssue}: what was wrong, one code per kind of
 * problem. Messages are built from the code and its {@link IdentifierIssueParams}.
 *
 * - `*_type`: not a string; `*_length`: the wrong number of characters;
 *   `*_character`: a character outside the code's alphabet; `*_checksum`: a wrong check
 *   character (for `uscc_checksum` a `"warning"` in lenient mode).
 * - `uscc_authority`, `uscc_region` (always `"warning"`: the code is accepted): a
 *   registration authority code `0`, which GB 32100 assigns to no authority, or a region
 *   `000000`, which is no GB/T 2260 code — typical of a placeholder such as
 *   `000000000000000000`, whose check character happens to be right.
 * - `uscc_body_length`, `org_code_body_length`: the body given to
 *   {@link usccCheckCharacter} / {@link orgCodeCheckCharacter} has the wrong length.
 * - `uscc_part_type`, `uscc_part_length`, `uscc_part_character`: a part given to
 *   {@link makeUscc} (named by `params.field`) is not a string, has the wrong length or
 *   a character its position does not allow.
 * - `licence_format`, `licence_province`, `ccc_format`, `ccc_year`: licence and CCC
 *   certificate numbers.
 */
export type IdentifierIssueCode =
  | "uscc_type"
  | "uscc_length"
  | "uscc_character"
  | "uscc_checksum"
  | "uscc_authority"
  | "uscc_region"
  | "uscc_body_length"
  | "uscc_part_type"
  | "uscc_part_length"
  | "uscc_part_character"
  | "org_code_type"
  | "org_code_length"
  | "org_code_character"
  | "org_code_checksum"
  | "org_code_body_length"
  | "licence_type"
  | "licence_format"
  | "licence_province"
  | "ccc_type"
  | "ccc_format"
  | "ccc_year";

/**
 * The input an issue is about, when it is not a whole identifier given to a parser:
 * `"first17"` — the body given to {@link usccCheckCharacter}; `"first8"` — the body given
 * to {@link orgCodeCheckCharacter}; `"authority"`, `"type"`, `"region"`, `"orgCode"` — a
 * part given to {@link makeUscc}; `"parts"` — the object given to {@link makeUscc}.
 */
export type IdentifierField = "first17" | "first8" | "parts" | "authority" | "type" | "region" | "orgCode";

/**
 * What an {@link IdentifierIssue} is about, as data (valibot's `expected` / `received`):
 * a consumer reads these, never the message text. Each is present where it means
 * something for the issue's code.
 */
export interface IdentifierIssueParams {
  /**
   * What was expected: the check character (`"3"`), a length (`"18"`; alternatives joined
   * with `" | "`, e.g. `"8 | 9"`), a character set (`"0-9A-HJ-NPQRTUWXY"`, `"0-9A-Z"`,
   * `"0-9"`), a JavaScript type (`"string"`, `"object"`), a format with `#` for a digit
   * (`"XK##-###-#####"`) or a bound (`">=2002"`).
   */
  expected?: string;
  /**
   * What was received: the character or check character found, the length found, the
   * JavaScript type found (`"number"`, `"null"`, `"array"`, …), or the value (at most
   * 40 characters).
   */
  received?: string;
  /** The 1-based position of the offending character in the value (or in `field`). */
  position?: number;
  /** The input the issue is about, when it is a part of an identifier being built or checked. */
  field?: IdentifierField;
  /** The smallest allowed number, for a lower bound (`ccc_year`: `2002`). */
  min?: number;
}

/**
 * A problem found in an identifier, in Chinese and English, with a stable code and what
 * was expected and received in `params`. `severity: "warning"` marks something accepted
 * in lenient mode.
 */
export interface IdentifierIssue {
  /** A stable machine-readable code, e.g. `"uscc_checksum"`. */
  code: IdentifierIssueCode;
  /** 中文说明 */
  message: string;
  /** English message */
  messageEn: string;
  /** `"error"` rejects the value; `"warning"` accepts it with a caution. */
  severity: "error" | "warning";
  /** What was expected and received, where, as data (e.g. the expected check character). */
  params: IdentifierIssueParams;
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

/**
 * Builds an issue (`"error"` unless told otherwise), its messages from the message table
 * of each language. @internal
 */
export function _issue(code: IdentifierIssueCode, params: IdentifierIssueParams, severity: IdentifierIssue["severity"] = "error"): IdentifierIssue {
  const { zh, en } = _identifierMessage(code, params, severity);
  return { code, message: zh, messageEn: en, severity, params };
}

/** The JavaScript type of a value as `params.received` names it: `"null"`, `"array"` or `typeof`. @internal */
export function _typeName(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/**
 * The character at UTF-16 index `i` as `params.received` shows it: the whole code point
 * when `i` starts a surrogate pair (an emoji, a rare CJK character), never half of one.
 * @internal
 */
export function _characterAt(s: string, i: number): string {
  return String.fromCodePoint(s.codePointAt(i)!);
}
