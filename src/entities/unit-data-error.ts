import { describeValue } from "../_lib/describe-value";
import { _short, _validationIssue, type ProblemParams, type ValidationIssue } from "./messages";

/**
 * Why a unit's data was rejected (the `code` of a {@link UnitDataError}):
 * `unknown_credit_class` — the credit-risk class (`creditRisk.grade`) is not in the
 * policy's class set; `unit_not_parsed` — the function was given raw input instead of a
 * parsed unit (`validate("unit", …).value`): a list, the products or a required field is
 * missing or of the wrong type (`path` names it, `expected` the type it needs).
 */
export type UnitDataErrorCode = "unknown_credit_class" | "unit_not_parsed";

/** What a {@link UnitDataError} (or the same located issue of `validate`) is made from. @internal */
export interface _UnitDataDetails {
  readonly code: UnitDataErrorCode;
  /** JSON pointer to the offending field, e.g. `/creditRisk/grade`. */
  readonly path: string;
  /** The offending value, as given. */
  readonly value: unknown;
  /** The values allowed there, e.g. the policy's credit classes `["A", "B", "C", "D"]`. */
  readonly expected: readonly string[];
  /** The id of the policy that decides what is allowed. */
  readonly policyId?: string | undefined;
}

/**
 * The located issue for a unit-data problem, its params and messages from the library's
 * message tables (what `validate(kind, input, { policy })` reports; the same words as a
 * thrown {@link UnitDataError}).
 *
 * @internal
 */
export function _unitDataIssue<C extends UnitDataErrorCode>(details: _UnitDataDetails & { readonly code: C }): ValidationIssue<C> {
  const params: ProblemParams = {
    // A unit not parsed: what was found is named by its type ("undefined" for a missing field).
    received:
      details.code === "unit_not_parsed"
        ? details.value === null
          ? "null"
          : Array.isArray(details.value)
            ? "array"
            : typeof details.value
        : typeof details.value === "string"
          ? _short(details.value)
          : describeValue(details.value),
    values: details.expected.slice(),
    expected: details.expected.join(" | "),
  };
  if (details.policyId !== undefined) params.policyId = details.policyId;
  return _validationIssue(details.path, details.code, params);
}

/**
 * Thrown when a unit that passed its schema holds a value the policy does not know — a
 * data error, not a policy error: today a credit-risk class (`creditRisk.grade`) outside
 * the policy's class set, e.g. `"d"` or `"良好"` under `nanjing2023` (classes A, B, C, D).
 *
 * Names the field: `path` is a JSON pointer into the unit (`/creditRisk/grade`), `value`
 * the offending value as given, `expected` the values the policy allows; `unitId` says
 * which unit when the function was given several; `issues` holds the problem as a
 * located issue. The English `message` and the Chinese
 * `messageZh` are the same words that `validate(kind, input, { policy })` reports for
 * that field (code `unknown_credit_class`), so checking data with `validate` and the
 * policy first means this is never thrown.
 *
 * @example
 * ```ts
 * try { classifyUnit({ ...unit, creditRisk: { grade: "d", asOf: "2026-01-01" } }, { asOf: "2026-06-30" }); }
 * catch (e) {
 *   if (e instanceof UnitDataError) {
 *     e.code;     // "unknown_credit_class"
 *     e.path;     // "/creditRisk/grade"
 *     e.value;    // "d"
 *     e.expected; // ["A", "B", "C", "D"]
 *   }
 * }
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）（“信用风险高”“信用风险较高”）；DESIGN.md "Bad input gets a clear answer"
 */
export class UnitDataError extends Error {
  /** Always `"UnitDataError"` (a literal, so it survives minification). */
  override readonly name = "UnitDataError";
  /** A stable machine-readable code. */
  readonly code: UnitDataErrorCode;
  /** JSON pointer (RFC 6901) to the offending field inside the unit, e.g. `/creditRisk/grade`. */
  readonly path: string;
  /** The offending value, as given. */
  readonly value: unknown;
  /** The values the policy allows at `path` (e.g. its credit classes), in the policy's order. */
  readonly expected: readonly string[];
  /** The id of the policy that decides what is allowed, when known. */
  readonly policyId: string | undefined;
  /** The id of the unit, when known. */
  readonly unitId: string | undefined;
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** What was expected and received, as data: the issue's params (`received`, `values` — the allowed classes —, `policyId`). */
  readonly params: ProblemParams;
  /**
   * The problem as one located issue `{ path, code, params, message, messageEn }`, worded as
   * `validate` words it (the messages without the unit id and path), for a caller that
   * reports data errors beside validation issues.
   */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param details - `code`, `path` (into the unit), `value`, `expected`, and optionally
   *   `policyId` and `unitId`.
   */
  constructor(details: {
    code: UnitDataErrorCode;
    path: string;
    value: unknown;
    expected: readonly string[];
    policyId?: string | undefined;
    unitId?: string | undefined;
  }) {
    const issue = _unitDataIssue(details);
    const which = details.unitId === undefined ? "" : describeValue(details.unitId);
    super(`${which === "" ? "" : `Unit ${which}, `}${issue.path}: ${issue.messageEn}.`);
    this.code = details.code;
    this.path = details.path;
    this.value = details.value;
    this.expected = Object.freeze(details.expected.slice());
    this.policyId = details.policyId;
    this.unitId = details.unitId;
    this.messageZh = `${which === "" ? "" : `主体 ${which}，`}${issue.path}：${issue.message}。`;
    this.params = issue.params;
    this.issues = Object.freeze([Object.freeze(issue)]);
  }
}
