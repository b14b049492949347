import { describeValue } from "../_lib/describe-value";
import type { IdentifierField, IdentifierIssue, IdentifierIssueParams } from "./issue";

/**
 * Thrown when an identifier cannot be built from what was given: a body for
 * {@link usccCheckCharacter} or {@link orgCodeCheckCharacter} with the wrong length or a
 * character outside the code's alphabet, or a part of {@link makeUscc} that is missing,
 * too long or too short, has a character its position does not allow, or (a 9-character
 * organisation code) a wrong check character.
 *
 * Located: `field` names the input (`"region"`, `"orgCode"`, `"first17"`, …) and
 * `issues` lists each problem as an {@link IdentifierIssue} — one per bad field, with
 * `params.field`, `params.position` (1-based, inside the field), `params.expected` and
 * `params.received`. Carries the offending `value` and a Chinese message (`messageZh`)
 * beside the English `message`, both built from the first issue.
 *
 * @example
 * ```ts
 * try { makeUscc({ authority: "9", type: "1", region: "3201", orgCode: "M000100Y" }); }
 * catch (e) {
 *   if (e instanceof IdentifierError) {
 *     e.field;                // "region"
 *     e.issues[0]?.code;      // "uscc_part_length"
 *     e.issues[0]?.params;    // { field: "region", expected: "6", received: "4" }
 *   }
 * }
 * ```
 * @see GB 32100-2015《法人和其他组织统一社会信用代码编码规则》
 * @see GB 11714-1997《全国组织机构代码编制规则》
 */
export class IdentifierError extends TypeError {
  /** Always `"IdentifierError"` (a literal, so it survives minification). */
  override readonly name = "IdentifierError";
  /** A stable machine-readable code; each issue's own `code` says what was wrong. */
  readonly code = "invalid_identifier_input";
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** The input the first problem is about, e.g. `"region"`. */
  readonly field: IdentifierField;
  /** The offending value of `field`, as given. */
  readonly value: unknown;
  /** The problems found, at least one, the first about `field`. */
  readonly issues: readonly IdentifierIssue[];
  /** The first issue's params: what was expected and received. */
  readonly params: IdentifierIssueParams;
  /**
   * @param issues - The problems, at least one; each names its `params.field`.
   * @param value - The offending value of the first issue's field.
   */
  constructor(issues: readonly [IdentifierIssue, ...IdentifierIssue[]], value: unknown) {
    const first = issues[0];
    const field = first.params.field ?? "parts";
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : "";
    super(`Invalid ${field} ${describeValue(value)}: ${first.messageEn}${more}.`);
    this.messageZh = `${field} 的值 ${describeValue(value)} 无效：${first.message}${issues.length > 1 ? `（另有${issues.length - 1}处问题）` : ""}。`;
    this.field = field;
    this.value = value;
    this.issues = Object.freeze(issues.slice());
    this.params = first.params;
  }
}
