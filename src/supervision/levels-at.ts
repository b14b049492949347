import { toDayNumber, type DayNumber } from "../dates";
import { UnitDataError, type SupervisionLevel, type Unit } from "../entities";
import { _CREDIT_BIT, _KIND_BIT, _SEVERITY_BIT, type _CompiledPolicy } from "./compile-policy";
import { _addYearsToDayNumber } from "../dates/add-period";

/**
 * The supervision level alone on each of many days — the same as
 * `classifyUnit(unit, { asOf }).level` on each — in O((E + P) log E) for E risk events and
 * P days, not O(E × P): the events are sorted by day once, with running counts of those
 * that count towards special and key supervision, and each day's windows are then counted
 * by binary search. (Scanning every event for every change day made `tierHistory` and the
 * half-year inspection obligations quadratic in the risk events: issue 14.)
 *
 * @param unit - A parsed unit.
 * @param points - Day numbers, in any order.
 * @param c - The compiled policy.
 * @returns The level on each day, in the order of `points`.
 * @throws {@link UnitDataError} when the credit class, dated on or before one of the days,
 *   is not in the policy's class set; `TypeError` for an event whose severity or kind the
 *   schema would have rejected.
 * @internal
 */
export function _levelsAt(unit: Unit, points: readonly DayNumber[], c: _CompiledPolicy, eventDays?: readonly DayNumber[]): SupervisionLevel[] {
  const sRule = c.special;
  const kRule = c.key;
  const events = unit.riskEvents;
  const n = events.length;
  // Stryker disable next-line ArrayDeclaration: a presized array; the loop fills every index either way
  const keyed: { day: DayNumber; s: number; k: number }[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = events[i]!;
    const sev = _SEVERITY_BIT[e.severity];
    const kind = _KIND_BIT[e.kind];
    if (sev === undefined || kind === undefined) throw new TypeError(`Risk event "${e.id}": unknown severity "${String(e.severity)}" or kind "${String(e.kind)}"; validate the unit first.`);
    keyed[i] = {
      // Stryker disable next-line ConditionalExpression: eventDays, when given, holds exactly these days (_eventDays)
      day: eventDays === undefined ? toDayNumber(e.date) : eventDays[i]!,
      s: (sev & sRule.severityMask) !== 0 && (kind & sRule.kindMask) !== 0 ? 1 : 0,
      k: (sev & kRule.severityMask) !== 0 && (kind & kRule.kindMask) !== 0 ? 1 : 0,
    };
  }
  keyed.sort((a, b) => a.day - b.day);
  const days = new Float64Array(n);
  // prefS[i] / prefK[i]: how many of the first i events (by day) count towards special / key.
  const prefS = new Uint32Array(n + 1);
  const prefK = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    days[i] = keyed[i]!.day;
    prefS[i + 1] = prefS[i]! + keyed[i]!.s;
    prefK[i + 1] = prefK[i]! + keyed[i]!.k;
  }
  /** How many events fall on a day before `d`. */
  const before = (d: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (days[mid]! < d) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const cr = unit.creditRisk;
  const crDay = cr === undefined ? Infinity : toDayNumber(cr.asOf);
  let creditBit: number | undefined;
  const credit = (): number => {
    // Stryker disable next-line ConditionalExpression: a memo; looking the class up again gives the same bit
    if (creditBit !== undefined) return creditBit;
    const level = c.credit.get(cr!.grade);
    if (level === undefined) {
      throw new UnitDataError({ code: "unknown_credit_class", path: "/creditRisk/grade", value: cr!.grade, expected: c.creditClasses, policyId: c.ref.id, unitId: typeof unit.id === "string" ? unit.id : undefined });
    }
    return (creditBit = _CREDIT_BIT[level]!);
  };
  // The windows' first days, as _windowsAsOf has them (on day numbers: no date text, no cache churn).
  const start = (day: DayNumber, years: number): DayNumber => Math.min(_addYearsToDayNumber(day, -years) + c.edgeOffset, day);
  return points.map((day) => {
    const sStart = start(day, sRule.years);
    // Stryker disable next-line ConditionalExpression: a shortcut; start(day, kRule.years) gives the same day when the years are equal
    const kStart = kRule.years === sRule.years ? sStart : start(day, kRule.years);
    // Stryker disable next-line ConditionalExpression: shortcuts; start(day, c.low.years) gives the same day when the years are equal
    const lStart = c.low.years === sRule.years ? sStart : c.low.years === kRule.years ? kStart : start(day, c.low.years);
    const upTo = before(day + 1);
    const s = prefS[upTo]! - prefS[before(sStart)]!;
    const k = prefK[upTo]! - prefK[before(kStart)]!;
    const l = upTo - before(lStart);
    const bit = crDay <= day ? credit() : 0;
    if (s >= sRule.minEvents || (bit & sRule.creditMask) !== 0) return "special";
    if (k >= kRule.minEvents || (bit & kRule.creditMask) !== 0) return "key";
    return l === 0 ? c.low.noRisk : c.low.minorOnly;
  });
}
