import { fromDayNumber, InvalidDateError, toDayNumber, type DayNumber, type IsoDate } from "../dates";
import type { SupervisionLevel, Unit } from "../entities";
import type { Policy } from "../policy";
import { _addYearsToDayNumber } from "../dates/add-period";
import { _classify } from "./classify-unit";
import { _levelsAt } from "./levels-at";
import { _compiledPolicy, type _CompiledPolicy } from "./compile-policy";
import type { SupervisionReason } from "./types";
import { _assertParsedUnit } from "../entities/unit-shape";
import { _checkAsOfRange, type AS_OF_RANGE } from "../dates/as-of";

/**
 * Options of {@link tierHistory}.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface TierHistoryOptions {
  /** The first day (`YYYY-MM-DD`), inclusive. */
  from: IsoDate;
  /** The last day (`YYYY-MM-DD`), inclusive; facts dated after it play no part. */
  to: IsoDate;
  /** The policy (default `nanjing2023`). */
  policy?: Policy;
}

/**
 * One stretch of days on which a unit's supervision level does not change.
 *
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export interface TierInterval {
  /** 监管层级 on every day of the stretch. */
  level: SupervisionLevel;
  /** The first day, inclusive. */
  from: IsoDate;
  /** The last day, inclusive. */
  to: IsoDate;
  /**
   * The rules that fired as of `from` ({@link classifyUnit}'s `reasons` on that day). Later
   * days of the stretch have the same level; the facts counted may differ (a fourth major
   * risk arriving mid-stretch keeps a unit special).
   */
  reasons: SupervisionReason[];
}

/**
 * A unit's supervision level over a range of days, as a list of stretches
 * `{ level, from, to, reasons }` that cover [from, to] in order; neighbouring stretches
 * never share a level.
 *
 * The level as of day T depends only on the facts inside the windows ending on T (plan
 * 二（七）: "近2年内"), so it can change only on a day when a fact enters a window — the day
 * of a risk event, the day of the credit record — or leaves one: the first day T whose
 * window no longer reaches back to the event. That day is found from the Civil Code rule
 * the windows use (FACTS.md §3: T − N years, Art. 202 clamping), not by adding N years and
 * a day: `T − 2 years` is not one-to-one around 29 February (2028-02-28 and 2028-02-29
 * both reach back to 2026-02-28), so an event on 2026-02-28 still counts as of 2028-02-29
 * and leaves on 2028-03-01. Only those change days are classified (and `from`), never every
 * day: cost O(e × (e + 1)) for e risk events, whatever the length of the range. At every
 * day of a stretch, {@link classifyUnit} gives the stretch's level.
 *
 * @param unit - A parsed unit.
 * @param options - `from`, `to` (inclusive) and optionally `policy`.
 * @returns The stretches, oldest first; at least one.
 * @throws {@link InvalidDateError} when `from` or `to` is not a calendar date, `to` is before
 *   `from`, or a date of the unit is invalid.
 * @throws {@link PolicyError} when the policy is invalid.
 * @throws {@link UnitDataError} (code `unknown_credit_class`, path `/creditRisk/grade`) when the unit's credit
 *   class (dated on or before `to`) is not in the policy's class set.
 * @throws {@link UnitDataError} (code `unit_not_parsed`, its `path` naming the field) when `unit` is raw input, not a parsed unit (`validate("unit", …).value`): one cheap shape check.
 * @throws {@link InvalidDateError} for an as-of date (or range end) outside {@link AS_OF_RANGE} (1000-01-01 to 8999-12-31), the range the library and the CLI share.
 * @example
 * ```ts
 * // Major risks on 2024-03-10, 2025-01-05 and 2025-06-01:
 * tierHistory(unit, { from: "2025-01-01", to: "2026-12-31" }).map((i) => [i.level, i.from, i.to]);
 * // [["key", "2025-01-01", "2025-05-31"], ["special", "2025-06-01", "2026-03-10"], ["key", "2026-03-11", "2026-12-31"]]
 * ```
 * @see 宁市监质监〔2023〕146号 二（七）
 */
export function tierHistory(unit: Unit, options: TierHistoryOptions): TierInterval[] {
  _assertParsedUnit(unit);
  _checkAsOfRange(options.from, options.to);
  const from = toDayNumber(options.from);
  const to = toDayNumber(options.to);
  if (to < from) throw new InvalidDateError(options.to, `the range must not end (${options.to}) before it starts (${options.from})`);
  return _tierHistory(unit, from, to, _compiledPolicy(options.policy));
}

/** {@link tierHistory} on day numbers and a compiled policy. @internal */
export function _tierHistory(unit: Unit, from: DayNumber, to: DayNumber, c: _CompiledPolicy): TierInterval[] {
  const points = _changeDays(unit, from, to, c);
  // All the change days' levels in one sweep (O((E + P) log E)), not a scan of every event per day.
  return _stretches(unit, points, _levelsAt(unit, points, c), to, c);
}

/**
 * The stretches from `points` (the first day, then change days, sorted) and the level on
 * each, through `to`: only the first point of each stretch is classified in full, for its
 * reasons — and, given `wanted`, only the stretches whose level it wants (the others keep
 * their level and days, with no reasons: `levels` is what {@link _classify} finds). @internal
 */
export function _stretches(
  unit: Unit,
  points: readonly DayNumber[],
  levels: readonly SupervisionLevel[],
  to: DayNumber,
  c: _CompiledPolicy,
  eventDays?: readonly DayNumber[],
  wanted?: (level: SupervisionLevel) => boolean,
): TierInterval[] {
  const out: TierInterval[] = [];
  for (let i = 0; i < points.length; i++) {
    const last = out.at(-1);
    if (last !== undefined && last.level === levels[i]) continue;
    const day = points[i]!;
    if (wanted !== undefined && !wanted(levels[i]!)) {
      if (last !== undefined) last.to = fromDayNumber(day - 1);
      // Stryker disable next-line StringLiteral: a placeholder, set by the next stretch or after the loop
      out.push({ level: levels[i]!, from: fromDayNumber(day), to: "", reasons: [] });
      continue;
    }
    // Stryker disable next-line BooleanLiteral: firedOnly only skips work; the full answer has the same level, asOf and reasons
    const r = _classify(unit, fromDayNumber(day), c, true, eventDays);
    if (last !== undefined) last.to = fromDayNumber(day - 1);
    // Stryker disable next-line StringLiteral: a placeholder, set by the next stretch or after the loop
    out.push({ level: r.level, from: r.asOf, to: "", reasons: r.reasons });
  }
  out.at(-1)!.to = fromDayNumber(to);
  return out;
}

/**
 * `from` and every day in (from, to] on which a fact enters or leaves one of the policy's
 * windows, sorted. @internal
 */
export function _changeDays(unit: Unit, from: DayNumber, to: DayNumber, c: _CompiledPolicy, eventDays?: readonly DayNumber[]): DayNumber[] {
  // Stryker disable next-line ConditionalExpression: a shortcut; with no event and no credit record the loop below also leaves [from]
  if (unit.riskEvents.length === 0 && unit.creditRisk === undefined) return [from];
  // The windows' lengths, each once, in this order (no Set per call).
  const s = c.special.years;
  const k = c.key.years;
  const l = c.low.years;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: made false, a test only lists a length twice, which the set of days absorbs (made true, one drops a length: killed)
  const years = k === s ? (l === s ? [s] : [s, l]) : l === s || l === k ? [s, k] : [s, k, l];
  const set = new Set<DayNumber>([from]);
  const add = (d: DayNumber): void => {
    // Stryker disable next-line EqualityOperator: `from` is in the set already, so d >= from adds nothing (d < to would fail the change-on-`to` test)
    if (d > from && d <= to) set.add(d);
  };
  const events = unit.riskEvents;
  for (let i = 0; i < events.length; i++) {
    // Stryker disable next-line ConditionalExpression: eventDays, when given, holds exactly these days (_eventDays)
    const d = eventDays === undefined ? toDayNumber(events[i]!.date) : eventDays[i]!;
    // Stryker disable next-line ConditionalExpression: a shortcut; add() drops days after `to`, and an event's leave days are later still
    if (d > to) continue;
    add(d);
    for (const n of years) add(_firstDayWithout(d, n, c.edgeOffset));
  }
  if (unit.creditRisk !== undefined) add(toDayNumber(unit.creditRisk.asOf));
  return [...set].sort((a, b) => a - b);
}

/**
 * The first day T whose N-year window no longer holds day `e`.
 *
 * The window as of T starts on S(T) = (T − N years, Art. 202 clamping) + `edgeOffset`
 * (1 when the first day does not count). S never decreases as T grows, so the days whose
 * window holds `e` end at the first T with S(T) > e, i.e. with T − N years ≥ g where
 * g = e + 1 − edgeOffset. Going forward N years from g lands on or one day before that T:
 * from 29 February, g + N years clamps to 28 February, which still reaches back only to
 * 28 February (< g), so the answer is the day after; and where T − N years clamps
 * (29 February of a leap year T reaches back to 28 February), the forward step already
 * gives the first such T. The two checks below settle the day from S itself, so the
 * result is exact whatever the case. Returns +Infinity when T would pass 9999-12-31.
 *
 * @internal
 */
export function _firstDayWithout(e: DayNumber, years: number, edgeOffset: number): DayNumber {
  const g = e + 1 - edgeOffset;
  const back = (t: DayNumber): DayNumber => _addYearsToDayNumber(t, -years);
  let t: DayNumber;
  try {
    t = _addYearsToDayNumber(g, years);
  } catch {
    return Number.POSITIVE_INFINITY; // beyond year 9999
  }
  // Stryker disable next-line EqualityOperator: stepping one day too far is undone by the loop below
  while (back(t) < g) t++;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: never entered — g + N years − 1 day − N years is g − 1 (Feb 28 when clamped), below g
  while (back(t - 1) >= g) t--;
  return t;
}

/**
 * The day of each of the unit's risk events, in the list's order: read once by a caller that
 * asks {@link _changeDays}, {@link _levelsAt} and {@link _classify} about many days. @internal
 */
// Stryker disable next-line BlockStatement: a cache of the events' days; every caller reads the dates itself when it gets none
export function _eventDays(unit: Unit): DayNumber[] {
  const events = unit.riskEvents;
  // Stryker disable next-line ArrayDeclaration: a presized array; the loop fills every index either way
  const out: DayNumber[] = new Array(events.length);
  for (let i = 0; i < events.length; i++) out[i] = toDayNumber(events[i]!.date);
  return out;
}
