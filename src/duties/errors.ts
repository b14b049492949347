import { describeValue } from "../_lib/describe-value";
import type { ProblemParams } from "../entities";
import { _errorMessages } from "../entities/messages";

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
   * What the messages are built from, as data: `field`, the value shown (`received`) and
   * what was expected — `values` (e.g. the sectors), `expected` (`"integer"` or `"number"`)
   * with `min`, or the `earliest` allowed date.
   */
  readonly params: ProblemParams;
  /**
   * @param field - The input's name.
   * @param value - The offending value.
   * @param expected - What was expected, as params: `values`, `expected` (`"integer"`,
   *   `"number"`) with `min`, or `earliest`.
   */
  constructor(field: string, value: unknown, expected: ProblemParams) {
    const params: ProblemParams = { ...expected, field, received: describeValue(value) };
    const { message, messageZh } = _errorMessages("invalid_duties_input", params);
    super(message);
    this.field = field;
    this.value = value;
    this.params = params;
    this.messageZh = messageZh;
  }
}
