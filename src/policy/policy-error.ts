import { describeValue } from "../_lib/describe-value";
import type { ProblemParams, ValidationIssue } from "../entities";
import { _errorMessages } from "../entities/messages";

/**
 * Thrown when a policy is invalid (a bad {@link definePolicy} override, an object that is
 * not a valid `Policy`). A unit that names something a valid policy does not know (a
 * credit class outside its class set) is a data error: `UnitDataError`, not this.
 *
 * Carries the problems as {@link ValidationIssue}s whose `path` is a JSON pointer into the
 * policy (e.g. `/supervision/special/windowYears`); the offending `value`; and a Chinese
 * message (`messageZh`) beside the English `message`.
 *
 * @example
 * ```ts
 * try { definePolicy(nanjing2023, { supervision: { special: { windowYears: -1 } } }); }
 * catch (e) {
 *   if (e instanceof PolicyError) {
 *     e.issues[0]?.path; // "/supervision/special/windowYears"
 *     e.value;           // -1
 *   }
 * }
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export class PolicyError extends Error {
  /** Always `"PolicyError"`. */
  override readonly name = "PolicyError";
  /** A stable machine-readable code. */
  readonly code = "invalid_policy";
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /**
   * What the messages are built from, as data: `policyId`, the first issue's `path` and
   * its code and params as `cause`, the offending value shown (`received`), and how many
   * `more` issues there are.
   */
  readonly params: ProblemParams;
  /** The problems found, each with a JSON pointer, a code, params and a message in Chinese and English. */
  readonly issues: readonly ValidationIssue[];
  /** The offending value (at the first issue's path), as given. */
  readonly value: unknown;
  /**
   * @param issues - The problems, at least one.
   * @param value - The offending value.
   * @param policyId - The policy's id, when known, for the message.
   */
  constructor(issues: readonly ValidationIssue[], value: unknown, policyId?: string) {
    const first = issues[0];
    const params: ProblemParams = { received: describeValue(value) };
    if (policyId !== undefined) params.policyId = policyId;
    if (first) {
      params.path = first.path;
      params.cause = { code: first.code, params: first.params ?? {} };
    }
    if (issues.length > 1) params.more = issues.length - 1;
    const { message, messageZh } = _errorMessages("invalid_policy", params);
    super(message);
    this.messageZh = messageZh;
    this.params = params;
    this.issues = Object.freeze(issues.slice());
    this.value = value;
  }
}
