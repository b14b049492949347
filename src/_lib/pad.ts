/**
 * Zero-padding for the numbers inside ISO dates and period ids (`0001-01-01`,
 * `2026-W07`, `2026-03`): the one copy the dates, calendar, supervision and CLI modules
 * share.
 */

/**
 * A year as (at least) four digits: `1` → `"0001"`, `2026` → `"2026"`.
 *
 * @internal
 */
export function _padYear(year: number): string {
  return String(year).padStart(4, "0");
}

/**
 * A month, day or week number as (at least) two digits: `3` → `"03"`, `12` → `"12"`.
 *
 * @internal
 */
export function _pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
