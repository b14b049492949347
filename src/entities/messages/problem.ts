import type { IdentifierIssueCode } from "../../identifiers/issue";

/**
 * The codes of zod's own issues that reach a {@link ValidationIssue} (zod 4's issue codes):
 * a wrong type, a size or number out of bounds, a value not among the allowed ones, a
 * string of the wrong format, an unknown key, a bad record key, a bad element, no union
 * branch matching, and `custom` for a check outside this library.
 *
 * @see https://zod.dev/api — zod 4 issue codes
 */
export type ZodIssueCode =
  | "invalid_type"
  | "too_small"
  | "too_big"
  | "invalid_value"
  | "invalid_format"
  | "not_multiple_of"
  | "unrecognized_keys"
  | "invalid_key"
  | "invalid_element"
  | "invalid_union"
  | "custom";

/**
 * Every code a {@link ValidationIssue} from `validate` (or from a schema of this library,
 * through `PolicyError.issues`) can carry: zod's own codes ({@link ZodIssueCode}) and the
 * library's checks.
 *
 * - Dates and lists: `invalid_date` (not a calendar date `YYYY-MM-DD`), `duplicate_id`
 *   (an id repeated in a list), `duplicate_value` (a policy list repeats a value),
 *   `duplicate_role`, `to_before_from`, `closed_before_found`, `revised_before_adopted`
 *   (a risk-control list revised before it was adopted), `decided_before_proposed` (a veto
 *   proposal decided before it was made), `published_before_assessed` (an assessment's
 *   result published before the assessment), `assignments_order`
 *   (responsible officials not oldest first), `unknown_person` (a record, assessment,
 *   training or veto proposal names no person of the unit).
 * - Districts: `invalid_district` (not six digits, GB/T 2260); `unknown_district` — a
 *   **warning** (`severity: "warning"`) of `validate` with a policy, for a code the policy's
 *   districts do not list; it never fails validation.
 * - The unified social credit code (`uscc`): `uscc_length`, `uscc_character`,
 *   `uscc_checksum` (the identifier's own codes, see {@link IdentifierIssueCode}).
 * - Checklist responses: `unknown_template`, `template_version_mismatch`, `unknown_item`,
 *   `extra_items_not_allowed`, `invalid_extra_item_id`.
 * - Policies: `reading_without_note`, `thresholds_order`, `empty_class_set`,
 *   `unknown_department`, `unknown_duty`, `unsupported_half_year`.
 * - `validate` itself: `unknown_credit_class` (with a policy), `invalid_policy`,
 *   `unknown_kind`, `internal_error`; `too_many_issues` (the last issue of a record with
 *   more than `maxIssues`: `params.max`, and `params.more` — how many more were found).
 * - Text: `invalid_character` — an id or a name holding a lone UTF-16 surrogate, a
 *   private-use or an unassigned code point (`params.format`: `lone_surrogate`,
 *   `private_use`, `unassigned`; `params.received` the code point `U+D800`,
 *   `params.position` its 1-based place).
 *
 * @see DESIGN.md "Entities and validation"
 */
export type ValidationIssueCode =
  | ZodIssueCode
  | "invalid_date"
  | "duplicate_id"
  | "duplicate_value"
  | "duplicate_role"
  | "to_before_from"
  | "closed_before_found"
  | "revised_before_adopted"
  | "decided_before_proposed"
  | "published_before_assessed"
  | "invalid_district"
  | "unknown_district"
  | "assignments_order"
  | "unknown_person"
  | Extract<IdentifierIssueCode, "uscc_length" | "uscc_character" | "uscc_checksum">
  | "unknown_template"
  | "template_version_mismatch"
  | "unknown_item"
  | "extra_items_not_allowed"
  | "invalid_extra_item_id"
  | "reading_without_note"
  | "thresholds_order"
  | "empty_class_set"
  | "unknown_department"
  | "unknown_duty"
  | "unsupported_half_year"
  | "unknown_credit_class"
  | "invalid_policy"
  | "unknown_kind"
  | "internal_error"
  | "too_many_issues"
  | "invalid_character";

/**
 * Why an audit record fails to verify (the `code` of a `DecisionMismatch`), one per
 * `field` it names: `record_invalid` (`record`: not a decision record),
 * `record_kind_differs` (`kind`), `record_algorithm_unsupported` (`algorithm`),
 * `record_canonicalization_unsupported` (`canonicalization`), `record_policy_unavailable`
 * (`policy`: neither given nor built in), `record_policy_id_differs`,
 * `record_policy_version_differs`, `record_policy_digest_differs`,
 * `record_template_id_differs`, `record_template_version_differs`,
 * `record_template_digest_differs`, `record_input_digest_differs`,
 * `record_decision_differs` (`decision`, with the JSON pointer of the first difference) and
 * `record_decision_not_recomputable` (`decision`: re-running it threw).
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export type DecisionMismatchCode =
  | "record_invalid"
  | "record_kind_differs"
  | "record_algorithm_unsupported"
  | "record_canonicalization_unsupported"
  | "record_policy_unavailable"
  | "record_policy_id_differs"
  | "record_policy_version_differs"
  | "record_policy_digest_differs"
  | "record_template_id_differs"
  | "record_template_version_differs"
  | "record_template_digest_differs"
  | "record_input_digest_differs"
  | "record_decision_differs"
  | "record_decision_not_recomputable";

/**
 * What is wrong with a JSON text (RFC 8259): `json_unexpected_end` (the text stops inside
 * a value), `json_unexpected_character`, `json_trailing_content` (more after a complete
 * value), `json_expected_colon`, `json_expected_comma` (`,` or the closing bracket in
 * `params.expected`), `json_expected_property_name`, `json_invalid_literal` (not `true`,
 * `false` or `null`), `json_control_character` (a raw control character inside a string),
 * `json_invalid_unicode_escape`, `json_invalid_escape`, `json_unterminated_string`,
 * `json_invalid_number`, `json_line_too_long` (an NDJSON line over the reader's limit) and
 * `invalid_json` — a record whose text is not JSON, with the syntax problem in
 * `params.cause` and where it is in `params.line` / `params.column`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8259 — The JavaScript Object Notation (JSON) Data Interchange Format
 */
export type JsonSyntaxCode =
  | "invalid_json"
  | "json_unexpected_end"
  | "json_unexpected_character"
  | "json_trailing_content"
  | "json_expected_colon"
  | "json_expected_comma"
  | "json_expected_property_name"
  | "json_invalid_literal"
  | "json_control_character"
  | "json_invalid_unicode_escape"
  | "json_invalid_escape"
  | "json_unterminated_string"
  | "json_invalid_number"
  | "json_line_too_long";

/**
 * The codes of the library's error classes that are not already issue codes:
 * `calendar_coverage` (`CalendarCoverageError`), `invalid_working_day_count`
 * (`InvalidWorkingDayCountError`), `invalid_duties_input`
 * (`DutiesInputError`), `template_mismatch`, `version_mismatch`, `role_mismatch`,
 * `not_a_unit_checklist`, `unknown_format` (`ChecklistMismatchError`), `unsupported_type`,
 * `non_finite_number`, `cycle`, `lone_surrogate` (`CanonicalJsonError`),
 * `digest_unavailable` (`DigestUnavailableError`), `policy_mismatch` and
 * `decision_mismatch` (`DecisionRecordError`, which shares `unknown_kind` and
 * `template_mismatch`), `unit_not_parsed` (`UnitDataError`: a function that takes a `Unit`
 * was given raw input — a list, the products or a required field missing or of the wrong
 * type; `params.expected` the type it needs, `params.received` what it got). `InvalidDateError`, `UnitDataError`, `PolicyError` and
 * `ChecklistTemplateNotFoundError` use the issue codes `invalid_date`,
 * `unknown_credit_class`, `invalid_policy` and `unknown_template`. `CalendarDataError`
 * and `NoticeParseError` have code families of their own (their codes overlap), each with
 * its own table.
 */
export type ErrorCode =
  | "calendar_coverage"
  | "invalid_working_day_count"
  | "invalid_duties_input"
  | "template_mismatch"
  | "version_mismatch"
  | "role_mismatch"
  | "not_a_unit_checklist"
  | "unknown_format"
  | "unsupported_type"
  | "non_finite_number"
  | "cycle"
  | "lone_surrogate"
  | "digest_unavailable"
  | "policy_mismatch"
  | "decision_mismatch"
  | "unit_not_parsed";

/**
 * Every code that has a message in the library's message tables: validation issues,
 * identifier issues, audit mismatches, JSON syntax problems and the error classes' codes.
 * Each has Chinese and English text built from its {@link ProblemParams}.
 */
export type ProblemCode = ValidationIssueCode | IdentifierIssueCode | DecisionMismatchCode | JsonSyntaxCode | ErrorCode;

/**
 * What a problem is about, as data (valibot's `expected` / `received`): a consumer reads
 * these, never the message text. Each field is present where it means something for the
 * problem's code; the messages are built from them alone. Values are plain JSON (strings,
 * numbers, booleans, string lists and a nested cause), never the input itself.
 *
 * @example
 * ```ts
 * const r = validate("unit", { ...unit, name: 42 });
 * if (!r.ok) r.issues[0]?.params; // { expected: "string", received: "number" }
 * ```
 */
export interface ProblemParams {
  /**
   * What was expected: a JavaScript type as zod names it (`"string"`, `"number"`, `"int"`,
   * `"boolean"`, `"array"`, `"object"`, `"record"`), a bound (`">=1"`, `"<=200"`), the
   * allowed values joined with `" | "` (`'"producer" | "seller"'`), a check character, a
   * length or a format.
   */
  expected?: string;
  /**
   * What was received: its JavaScript type (`"number"`, `"null"`, `"array"`,
   * `"undefined"` for a missing value) for a wrong type; else the value or its size, shown
   * short (at most 40 characters).
   */
  received?: string;
  /** The smallest allowed number, length or count. */
  min?: number;
  /** The largest allowed number, length or count. */
  max?: number;
  /** For `min` / `max`: whether the bound itself is allowed (default `true`). */
  inclusive?: boolean;
  /**
   * What a size bound measures: `"string"` (characters), `"array"` / `"set"` (items),
   * `"number"` / `"int"` (the value), `"record"` / `"map"` (a key or value inside one).
   */
  origin?: string;
  /** The allowed values (an enumeration's or literal's values, the policy's credit classes, the known kinds, templates or formats). */
  values?: readonly (string | number | boolean | null)[];
  /** The keys that are not allowed (`unrecognized_keys`). */
  keys?: readonly string[];
  /** The format a string must have (`invalid_format`), e.g. `"regex"`. */
  format?: string;
  /** The regular expression a string must match (`invalid_format` with format `"regex"`). */
  pattern?: string;
  /** The number a value must be a multiple of (`not_multiple_of`). */
  divisor?: number;
  /** The 1-based position of the offending character. */
  position?: number;
  /** The input or field the problem is about (e.g. `"region"`, `"staff"`, `"policy.version"`). */
  field?: string;
  /**
   * The list or container the value is in: the list an id is repeated in (`duplicate_id`,
   * e.g. `"people"`), the department a duty is repeated in or missing from
   * (`duplicate_value`, `unknown_duty`).
   */
  list?: string;
  /** The earliest allowed date (`to_before_from`, `closed_before_found`, a `to` before `from`; the first date a calendar covers). */
  earliest?: string;
  /** The latest allowed date (the last date a calendar covers). */
  latest?: string;
  /** The id of the working-day calendar concerned. */
  calendarId?: string;
  /** A number of working days (being added when a walk left a calendar's coverage). */
  workingDays?: number;
  /** A JSON pointer inside something else: the first difference in a decision, the first bad value of a policy. */
  path?: string;
  /** The id of the policy that decides. */
  policyId?: string;
  /** The id of the checklist template concerned. */
  templateId?: string;
  /** The id of the unit concerned. */
  unitId?: string;
  /** 1-based line of a text. */
  line?: number;
  /** 1-based column of a text, in characters. */
  column?: number;
  /** How many further problems were found beside this one. */
  more?: number;
  /** The text of an unexpected exception, at most 200 characters (it is not translated). */
  detail?: string;
  /** The problem inside this one: the first issue of an invalid policy, the syntax error of a JSON record. */
  cause?: ProblemCause;
}

/** A problem inside another, as data: its code and params (its text comes from the same tables). */
export interface ProblemCause {
  /** The inner problem's code. */
  code: ProblemCode;
  /** The inner problem's params. */
  params: ProblemParams;
}

/**
 * The one shape of every problem the library reports: a stable `code` from a typed union,
 * what was expected and received as data in `params`, and the message in Chinese
 * (`message`) and English (`messageEn`), both built from `code` and `params` by the
 * message table of each language — a call site never writes its own text.
 *
 * `ValidationIssue` adds `path`; `IdentifierIssue` adds `severity`; `DecisionMismatch` and
 * `JsonSyntaxProblem` keep their own location fields beside it.
 *
 * @typeParam C - The codes this kind of problem can have.
 * @typeParam P - Its params.
 * @see DESIGN.md "Entities and validation"; valibot's `BaseIssue` and its i18n tables
 */
export interface Problem<C extends ProblemCode = ProblemCode, P extends ProblemParams = ProblemParams> {
  /** A stable machine-readable code; match on it, never on the text. */
  code: C;
  /** What was expected and received, where, as data. */
  params: P;
  /** 中文说明 — built from `code` and `params` by the Chinese table. */
  message: string;
  /** English message — built from `code` and `params` by the English table. */
  messageEn: string;
}

/**
 * A problem found in input: where (a JSON pointer), what (a stable code), what was
 * expected and received (`params`), and why, in Chinese and English.
 *
 * `validate` gives `ValidationIssue<ValidationIssueCode>`; an issue that a library error
 * carries (e.g. a rejected record in a report) may have any {@link ProblemCode}.
 *
 * @typeParam C - The codes it can have (default: any {@link ProblemCode}).
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   path: "/name", code: "invalid_type", params: { expected: "string", received: "number" },
 *   message: "类型错误：应为文本，实际为数字", messageEn: "Expected a string, received a number",
 * };
 * ```
 * @see DESIGN.md "Entities and validation"
 */
export interface ValidationIssue<C extends ProblemCode = ProblemCode> extends Problem<C> {
  /** JSON pointer (RFC 6901) to the offending value, e.g. `/riskEvents/0/date`; `""` for the root. */
  path: string;
  /**
   * `"warning"` marks something accepted with a caution (e.g. `unknown_district`: a district
   * code the policy does not list): it never fails validation and `validate` returns it in
   * `warnings`. Absent on an error.
   */
  severity?: "warning";
}
