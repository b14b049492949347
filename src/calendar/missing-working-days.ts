import { fromDayNumber, type DayNumber, type IsoDate } from "../dates";
import { _calendarTables } from "./create-work-calendar";
import type { WorkCalendar } from "./types";

/**
 * The working days of `calendar` in [lo, hi] that are not in `days`, in order — the set
 * difference between the range's working days and the given days, found without stepping
 * through the range day by day: `days` is sorted once, and only the stretches between
 * consecutive given days are looked at, each by its working-day count.
 *
 * For a calendar built by `createWorkCalendar` (and the bundled China calendar) the count
 * and the dates come from its rank index (prefix sums of working days and the list of
 * working dates): O(g log g + m) for g given days and m missing ones. Any other
 * `WorkCalendar` is asked through its methods (`isWorkingDay`, `countWorkingDays`,
 * `nextWorkingDay`): O(g log g + m) calls.
 *
 * [lo, hi] must lie inside the calendar's coverage (the caller clips it); days outside
 * [lo, hi] are ignored, and so are given days that are not working days.
 *
 * @internal
 */
export function _missingWorkingDays(calendar: WorkCalendar, lo: DayNumber, hi: DayNumber, days: Iterable<DayNumber>): IsoDate[] {
  const out: IsoDate[] = [];
  if (lo > hi) return out;
  const given: number[] = [];
  for (const d of days) if (d >= lo && d <= hi) given.push(d);
  // Records usually come in date order: sort only when they do not.
  for (let i = 1; i < given.length; i++) {
    if (given[i]! < given[i - 1]!) {
      given.sort((a, b) => a - b);
      break;
    }
  }
  const t = _calendarTables(calendar);
  if (t !== undefined) {
    const { cum, workingDates, start } = t;
    // Ranks: cum[n - start] working days lie strictly before day n.
    let k = cum[lo - start]!;
    for (const d of given) {
      const r = cum[d - start]!;
      for (; k < r; k++) out.push(workingDates[k]!);
      if (cum[d - start + 1]! !== r) k = Math.max(k, r + 1); // d is a working day: skip it
    }
    const end = cum[hi - start + 1]!;
    for (; k < end; k++) out.push(workingDates[k]!);
    return out;
  }
  // Any other WorkCalendar: list the working days of each stretch [a, b] between given days.
  const stretch = (a: DayNumber, b: DayNumber): void => {
    if (a > b) return;
    const first = fromDayNumber(a);
    const firstWorks = calendar.isWorkingDay(first);
    const n = (firstWorks ? 1 : 0) + (b > a ? calendar.countWorkingDays(first, fromDayNumber(b)) : 0);
    if (n === 0) return;
    let x = firstWorks ? first : calendar.nextWorkingDay(first);
    out.push(x);
    for (let i = 1; i < n; i++) out.push((x = calendar.nextWorkingDay(x)));
  };
  let a = lo;
  for (const d of given) {
    if (d < a) continue; // a repeated day
    stretch(a, d - 1);
    a = d + 1;
  }
  stretch(a, hi);
  return out;
}

