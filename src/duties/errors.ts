import { describeValue } from "../_lib/describe-value";

/**
 * Thrown when the input of a duties calculator is not usable: a staff count that is not a
 * whole number ≥ 0, a revenue that is not a finite number ≥ 0, an unknown sector, a range
 * whose end is before its start.
 *
 * Carries the offending `value`, the `field` it was given for, and a Chinese message
 * (`messageZh`) beside the English `message`.
 *
 * @example
 * ```ts
 * try { classifyUnitSize({ sector: "producer", staff: -1, revenueWan: 0 }); }
 * catch (e) { if (e instanceof DutiesInputError) console.log(e.field, e.value); } // "staff" -1
 * ```
 * @see 统计上大中小微型企业划分办法（2017）
 */
export class DutiesInputError extends TypeError {
  /** `"DutiesInputError"` */
  override readonly name = "DutiesInputError";
  /** A stable machine-readable code. */
  readonly code = "invalid_duties_input";
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** The name of the input that was rejected, e.g. `"staff"`. */
  readonly field: string;
  /** The value that was rejected, as given. */
  readonly value: unknown;
  /**
   * @param field - The input's name.
   * @param value - The offending value.
   * @param expected - What was expected, in English.
   * @param expectedZh - What was expected, in Chinese.
   */
  constructor(field: string, value: unknown, expected: string, expectedZh: string) {
    super(`Invalid ${field} ${describeValue(value)}: expected ${expected}.`);
    this.field = field;
    this.value = value;
    this.messageZh = `${field} 的值 ${describeValue(value)} 无效：应为${expectedZh}。`;
  }
}
