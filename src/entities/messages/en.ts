/**
 * The English messages of every problem code, built from its params (valibot's
 * `packages/i18n/src/en.ts` is the model).
 * @internal
 */
import { _calendarEn } from "../../calendar/messages";
import { _datesEn } from "../../dates/messages";
import { _identifierEn } from "../../identifiers/messages";
import type { ProblemParams } from "./problem";
import { _charEn, _count, _quoted, _shownEn, _typeEn, type _MessageTable } from "./table";

const q = (s: string | undefined) => `"${s ?? ""}"`;
const list = (p: ProblemParams, sep = ", ") => (p.values ?? []).map(_quoted).join(sep);
const plain = (p: ProblemParams) => (p.values ?? []).map(String).join(", ");
const cause = (p: ProblemParams) => (p.cause ? en[p.cause.code](p.cause.params, "error") : "");
const more = (p: ProblemParams) => (p.more ? ` (+${p.more} more)` : "");
const plural = (n: number | undefined, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** How a size bound reads: characters of a string, items of a list, else the value itself. */
function bound(p: ProblemParams, kind: "min" | "max"): string {
  const n = kind === "min" ? p.min : p.max;
  const inclusive = p.inclusive !== false;
  const sized = p.origin === "string" || p.origin === "array" || p.origin === "set";
  const got = p.received === undefined ? "" : sized ? ` (has ${p.received})` : ` (got ${p.received})`;
  if (sized && kind === "min" && n === 1 && inclusive) return "Must not be empty";
  const what = p.origin === "string" ? plural(n, "character") : sized ? plural(n, "item") : String(n);
  if (sized) return `Must have ${kind === "min" ? (inclusive ? "at least" : "more than") : inclusive ? "at most" : "fewer than"} ${what}${got}`;
  return `Must be ${kind === "min" ? (inclusive ? "at least" : "greater than") : inclusive ? "at most" : "less than"} ${what}${got}`;
}

/** "expected …" for a DutiesInputError. */
function dutiesExpected(p: ProblemParams): string {
  if (p.values) return `one of ${plain(p)}`;
  if (p.earliest !== undefined) return `a date on or after from (${p.earliest})`;
  if (p.expected === "integer") return `a whole number ≥ ${p.min ?? 0}`;
  if (p.expected === "number") return `a finite number ≥ ${p.min ?? 0}${p.field === "revenueWan" ? " (万元)" : ""}`;
  return p.expected ?? "";
}

const CANONICAL: Readonly<Record<"unsupported_type" | "non_finite_number" | "cycle" | "lone_surrogate", string>> = {
  unsupported_type: "is not a JSON value",
  non_finite_number: "is not a finite number",
  cycle: "contains itself (a cycle)",
  lone_surrogate: "has an unpaired UTF-16 surrogate",
};
const canonical = (what: keyof typeof CANONICAL) => (p: ProblemParams) =>
  `Cannot write canonical JSON: ${p.path ? `the value at ${p.path}` : "the value"} ${CANONICAL[what]}; got ${_shownEn(p.received)}`;

/** The English table. @internal */
export const en: _MessageTable = {
  // zod's own issues, in our words.
  invalid_type: (p) =>
    p.received === "undefined" ? `Missing: expected ${_typeEn(p.expected)}` : `Expected ${_typeEn(p.expected)}${p.received === undefined ? "" : `, received ${_typeEn(p.received)}`}`,
  too_small: (p) => bound(p, "min"),
  too_big: (p) => bound(p, "max"),
  invalid_value: (p) =>
    `${(p.values ?? []).length === 1 ? `Expected ${list(p)}` : `Expected one of: ${list(p)}`}${p.received === undefined ? "" : `, received ${_shownEn(p.received)}`}`,
  invalid_format: (p) => (p.format === "regex" && p.pattern ? `Invalid format: must match ${p.pattern}` : `Invalid format${p.format ? ` (expected ${p.format})` : ""}`),
  not_multiple_of: (p) => `Must be a multiple of ${p.divisor}`,
  unrecognized_keys: (p) => `Unrecognized key${(p.keys ?? []).length === 1 ? "" : "s"}: ${(p.keys ?? []).map(q).join(", ")}`,
  invalid_key: (p) => `Invalid key ${q(p.received)}${p.cause ? `: ${cause(p)}` : ""}`,
  invalid_element: (p) => `Invalid value${p.received === undefined ? "" : ` ${q(p.received)}`} inside${p.cause ? `: ${cause(p)}` : ""}`,
  invalid_union: () => "Matches none of the allowed forms",
  custom: (p) => p.detail ?? "Invalid value",

  // The data model's own checks.
  duplicate_id: (p) => `Duplicate id "${p.received}" in ${p.list}${p.path === undefined ? "" : ` (first at ${p.path})`}`,
  duplicate_value: (p) => (p.list === undefined ? `"${p.received}" is listed twice` : `"${p.received}" is listed twice in "${p.list}"`),
  duplicate_role: (p) => (p.received === undefined ? "A role is listed twice" : `The role "${p.received}" is listed twice`),
  to_before_from: (p) => `"to" (${p.received}) is before "from" (${p.earliest})`,
  closed_before_found: (p) => `"closedOn" (${p.received}) is before "date" (${p.earliest})`,
  revised_before_adopted: (p) => `The revision "date" (${p.received}) is before "adoptedOn" (${p.earliest})`,
  decided_before_proposed: (p) => `"decidedOn" (${p.received}) is before "date" (${p.earliest})`,
  published_before_assessed: (p) => `"publishedOn" (${p.received}) is before "date" (${p.earliest})`,
  invalid_district: (p) => `District code ${q(p.received)} is not six digits (GB/T 2260)`,
  unknown_district: (p) =>
    `District code ${q(p.received)} is not among the districts of policy${p.policyId === undefined ? "" : ` "${p.policyId}"`}${(p.values ?? []).length > 0 ? ` (${plain(p)})` : ""}; please check it (a warning: the data is still valid)`,
  assignments_order: () => "Assignments must be oldest first (newest last)",
  unknown_person: (p) => `"${p.received}" is not a person of this unit`,

  // Checklist responses.
  unknown_template: (p) => `Unknown checklist template ${q(p.received)}; known templates: ${plain(p)}`,
  template_version_mismatch: (p) =>
    `Template version "${p.received}" does not match "${p.templateId}" version ${p.expected}; the answers cannot be checked against it`,
  unknown_item: (p) => `Template "${p.templateId}" has no item "${p.received}"`,
  extra_items_not_allowed: (p) => `Template "${p.templateId}" has no free-form item to hold extra sub-items`,
  invalid_extra_item_id: (p) => `Extra item id "${p.received}" is invalid; expected ${(p.values ?? []).map((f) => `${String(f)}.1, ${String(f)}.2`).join("; ")}, …`,

  // Policies.
  reading_without_note: () => "A reading (reading: true) must explain itself in note",
  thresholds_order: (p) => `Size thresholds must not decrease from small to large (${p.field})`,
  empty_class_set: () => "The credit class set is empty",
  unknown_department: (p) => `Unknown department "${p.received}"`,
  unknown_duty: (p) => `Department "${p.list}" has no duty "${p.received}"`,
  unsupported_half_year: (p) =>
    `Policy "${p.policyId}" reads "半年内" as the rolling six months; past half-years are calendar periods and cannot be judged under it`,
  unknown_credit_class: (p) =>
    `Credit-risk class ${q(p.received)} is not in the class set of policy${p.policyId === undefined ? "" : ` "${p.policyId}"`}; expected one of: ${plain(p)}`,
  invalid_policy: (p) =>
    `Invalid policy${p.policyId === undefined ? "" : ` "${p.policyId}"`}${p.path === undefined ? "" : ` at ${p.path || "/"}`}: ${p.cause ? cause(p) : "invalid"}${p.received === undefined ? "" : `; got ${_shownEn(p.received)}`}${more(p)}`,
  unknown_kind: (p) => `Unknown kind ${_shownEn(p.received)}; expected one of: ${plain(p)}`,
  internal_error: (p) => `Internal error while validating${p.detail ? `: ${p.detail}` : ""}`,
  too_many_issues: (p) => `${p.more} more issues not listed (at most ${p.max} per record)`,
  invalid_character: (p) =>
    `Character ${p.position} (${p.received}) is ${p.format === "lone_surrogate" ? "a lone UTF-16 surrogate" : p.format === "private_use" ? "a private-use character" : p.format === "unassigned" ? "an unassigned code point" : "not printable"}: not allowed in an id or a name`,

  // Dates, calendars and identifiers sit below this module: their tables are linked in.
  ..._datesEn,
  ..._calendarEn,
  ...(_identifierEn as unknown as Pick<_MessageTable, keyof typeof _identifierEn>),

  // Audit records that fail to verify.
  record_invalid: () => "Not a decision record",
  record_kind_differs: (p) => `The input's kind does not match the record's (${p.expected})`,
  record_algorithm_unsupported: (p) => `Unsupported digest algorithm ${p.received}`,
  record_canonicalization_unsupported: (p) => `Unsupported canonicalization ${p.received}`,
  record_policy_unavailable: (p) => `The policy the record names (${p.expected ?? "none"}) was not given and is not built in`,
  record_policy_id_differs: (p) => `Policy id differs: recorded ${p.expected}, given ${p.received}`,
  record_policy_version_differs: (p) => `Policy version differs: recorded ${p.expected}, given ${p.received}`,
  record_policy_digest_differs: () => "The policy's content differs from the recorded one (digest differs)",
  record_template_id_differs: () => "Template id differs from the record's",
  record_template_version_differs: () => "Template version differs from the record's",
  record_template_digest_differs: () => "The template's content differs from the recorded one (digest differs)",
  record_input_digest_differs: () => "The input differs from the recorded one (digest differs)",
  record_decision_differs: (p) => `The decision recomputed differs from the recorded one (first difference at ${p.path || "/"})`,
  record_decision_not_recomputable: (p) => `The decision cannot be recomputed: ${p.cause ? cause(p) : (p.detail ?? "")}`,

  // JSON texts (RFC 8259).
  invalid_json: (p) =>
    p.cause?.code === "json_line_too_long"
      ? `line ${p.line}: ${cause(p)}`
      : `line ${p.line} is not valid JSON: ${p.cause ? cause(p) : "syntax error"}${p.column === undefined ? "" : ` (column ${p.column})`}`,
  json_unexpected_end: () => "unexpected end of input (the file is truncated?)",
  json_unexpected_character: (p) => `unexpected ${_charEn(p.received)}`,
  json_trailing_content: (p) => `unexpected ${_charEn(p.received)} after the end of the JSON value`,
  json_expected_colon: (p) => `expected ':' after a property name, found ${_charEn(p.received)}`,
  json_expected_comma: (p) => `expected ',' or '${p.expected}', found ${_charEn(p.received)}`,
  json_expected_property_name: (p) => `expected a property name in double quotes, found ${_charEn(p.received)}`,
  json_invalid_literal: (p) => `invalid literal (expected ${p.expected})`,
  json_control_character: () => "control character (such as a line break) inside a string",
  json_invalid_unicode_escape: () => "invalid \\u escape in a string",
  json_invalid_escape: (p) => `invalid escape ${p.received} in a string`,
  json_unterminated_string: () => "unterminated string (the file is truncated?)",
  json_invalid_number: () => "invalid number",
  json_line_too_long: (p) => `line too long (over ${_count(p.max)} characters), skipped`,

  // The error classes.
  invalid_duties_input: (p) => `Invalid ${p.field} ${_shownEn(p.received)}: expected ${dutiesExpected(p)}`,
  template_mismatch: (p) => `Made for template ${q(p.received)}, not ${q(p.expected)}`,
  version_mismatch: (p) => `The response is for version "${p.received}" of "${p.templateId}", not ${p.expected}`,
  role_mismatch: (p) => `Unit "${p.unitId}" is not a ${p.expected}; template "${p.templateId}" is for ${p.expected}s`,
  not_a_unit_checklist: (p) => `Template "${p.templateId}" is about a regulator, not a unit: it cannot be prefilled from unit data`,
  unknown_format: (p) => `Unknown format ${_shownEn(p.received)}: expected ${list(p)}`,
  unsupported_type: canonical("unsupported_type"),
  non_finite_number: canonical("non_finite_number"),
  cycle: canonical("cycle"),
  lone_surrogate: canonical("lone_surrogate"),
  digest_unavailable: () =>
    "Web Crypto (crypto.subtle) is not available in this host: SHA-256 digests cannot be computed (browsers need a secure context such as HTTPS)",
  policy_mismatch: (p) => `The decision names policy ${p.received}, not ${p.expected}`,
  decision_mismatch: (p) => `The decision does not follow from the input and policy (first difference at ${p.path || "/"})`,
  unit_not_parsed: (p) => `The unit was not parsed: expected ${_typeEn(p.expected)}, got ${_typeEn(p.received)}; pass the value validate("unit", …) returns`,
};
