import { TZDate } from "@date-fns/tz";
import { _formatIsoDate } from "../_lib/iso-date";

/**
 * Today's date in China (Asia/Shanghai), as `YYYY-MM-DD` — the default `--as-of` when
 * neither the option nor the data set's `asOf` gives one. This is the only place the
 * package reads the clock (DESIGN principle 1): the library itself always takes `asOf`.
 *
 * @param now - The instant to convert (default: the current time). Passed in by tests.
 * @returns The calendar date in Asia/Shanghai at that instant, whatever the host time zone.
 * @example
 * ```ts
 * todayInShanghai(new Date("2026-11-19T16:30:00Z")); // "2026-11-20" (00:30 in Shanghai)
 * ```
 */
export function todayInShanghai(now: Date = new Date()): string {
  const d = new TZDate(now.getTime(), "Asia/Shanghai");
  return _formatIsoDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}
