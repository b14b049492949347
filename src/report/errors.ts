import { describeValue } from "../_lib/describe-value";

/**
 * Thrown when an option of {@link buildSupervisionReport} or {@link createReportBuilder} is
 * not usable: `upcomingDays` or `keep` that is not a whole number in range, an unknown
 * `groupBy` or `asOfFrom`. Carries the option's name (`field`), the offending `value`, and
 * a Chinese message (`messageZh`) beside the English `message`.
 *
 * @example
 * ```ts
 * try { createReportBuilder({ asOf: "2026-11-20", keep: 0 }); }
 * catch (e) { if (e instanceof ReportOptionsError) console.log(e.field, e.value); } // "keep" 0
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export class ReportOptionsError extends TypeError {
  /** `"ReportOptionsError"` */
  override readonly name = "ReportOptionsError";
  /** A stable machine-readable code. */
  readonly code = "invalid_report_option";
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** The option that was rejected, e.g. `"keep"`. */
  readonly field: string;
  /** The value that was rejected, as given. */
  readonly value: unknown;
  /**
   * @param field - The option's name.
   * @param value - The offending value.
   * @param expected - What was expected, in English.
   * @param expectedZh - What was expected, in Chinese.
   */
  constructor(field: string, value: unknown, expected: string, expectedZh: string) {
    super(`Invalid report option ${field} ${describeValue(value)}: expected ${expected}.`);
    this.field = field;
    this.value = value;
    this.messageZh = `报告选项 ${field} 的值 ${describeValue(value)} 无效：应为${expectedZh}。`;
  }
}
