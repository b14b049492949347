import { describeValue } from "../_lib/describe-value";
import { _datesEn, _datesZh, type _DateParams } from "./messages";

/**
 * Thrown when a value is not a valid calendar date string `YYYY-MM-DD`.
 *
 * Carries the offending `value`, its `params` and a Chinese message (`messageZh`) beside
 * the English `message`, so a caller can show either; both come from the library's message
 * tables (code `invalid_date`, the same text as validation's issue).
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
  /**
   * What the messages are built from, as data: the value as text (`received`; a string
   * as given, at most 40 characters) and why (`detail`, English), the same params and
   * text as validation's `invalid_date` issue.
   */
  readonly params: {
    /** The value as text: a string as given (at most 40 characters), another value as `describeValue` shows it. */
    received?: string;
    /** Why, when more can be said (English). */
    detail?: string;
  };
  /** The value that was rejected, as given. */
  readonly value: unknown;
  /**
   * @param value - The rejected value.
   * @param reason - Why, when more can be said (English).
   */
  constructor(value: unknown, reason?: string) {
    const params: _DateParams = { received: typeof value === "string" ? (value.length > 40 ? `${value.slice(0, 40)}…` : value) : describeValue(value) };
    if (reason) params.detail = reason;
    super(`${_datesEn.invalid_date(params)}.`);
    this.value = value;
    this.params = params;
    this.messageZh = `${_datesZh.invalid_date(params)}。`;
  }
}
