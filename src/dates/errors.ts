import { describeValue } from "../_lib/describe-value";

/**
 * Thrown when a value is not a valid calendar date string `YYYY-MM-DD`.
 *
 * Carries the offending `value` and a Chinese message (`messageZh`) beside the English
 * `message`, so a caller can show either.
 *
 * @example
 * ```ts
 * try { addPeriod("2025-02-30", { days: 1 }); }
 * catch (e) { if (e instanceof InvalidDateError) console.log(e.value); } // "2025-02-30"
 * ```
 */
export class InvalidDateError extends TypeError {
  /** Always `"InvalidDateError"` (a literal, so it survives minification). */
  override readonly name = "InvalidDateError";
  /** A stable machine-readable code. */
  readonly code = "invalid_date";
  /** 中文说明 — the message in Chinese. */
  readonly messageZh: string;
  /** The value that was rejected, as given. */
  readonly value: unknown;
  constructor(value: unknown, reason?: string) {
    const shown = describeValue(value);
    super(`Invalid date ${shown}: expected a calendar date "YYYY-MM-DD"${reason ? ` (${reason})` : ""}.`);
    this.value = value;
    this.messageZh = `日期 ${shown} 无效：应为 "YYYY-MM-DD" 格式的公历日期${reason ? `（${reason}）` : ""}。`;
  }
}
