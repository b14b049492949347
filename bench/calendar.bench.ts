/**
 * Working-day arithmetic: `chinaCalendar` (prefix sums, O(1) per call) against the
 * `chinese-days` package (steps one day at a time), in one process, on the same inputs.
 *
 *   npx tsx bench/calendar.bench.ts        (or all benchmarks: npm run bench)
 *
 * - addition: `chinaCalendar.addWorkingDays(d, 5)` vs `findWorkday(5, d)`, random d in 2023–2025;
 * - count: `chinaCalendar.countWorkingDays(from, to)`, which counts (from, to], vs
 *   `getWorkdaysInRange(from + 1 day, to).length` (chinese-days counts both ends, so it is
 *   given the day after `from`: both then count the same days), random ranges in 2023–2026.
 *
 * Before timing, every answer is compared; a mismatch is printed with the official answer
 * (FACTS §4). chinese-days reads "YYYY-MM-DD" as UTC midnight and then uses local-time
 * getters, so in a host zone behind UTC its answers shift by a day (a bug FACTS §4 lists):
 * run this under a zone at or east of UTC to compare speed.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import chineseDays from "chinese-days";
import { chinaCalendar } from "../src/calendar";
import { addDays, fromDayNumber, toDayNumber } from "../src/dates";
import { mulberry32 } from "./_random";

const { findWorkday, getWorkdaysInRange, isWorkday } = chineseDays;

/** Options of {@link run}. */
export interface CalendarBenchOptions {
  /** How many random dates (and ranges). Default 2000. */
  samples?: number;
  /** Minimum time per measurement, in ms. Default 400. */
  minMs?: number;
  /** Seed of the pseudo-random inputs. Default 20231110. */
  seed?: number;
}

export interface CalendarBenchResult {
  addition: { oursOpsPerSec: number; theirsOpsPerSec: number; ratio: number; mismatches: Mismatch[] };
  count: { oursOpsPerSec: number; theirsOpsPerSec: number; ratio: number; mismatches: Mismatch[] };
  /** Covered dates (2023–2026) on which `isWorkday` and `isWorkingDay` disagree. */
  dayMismatches: Mismatch[];
}

interface Mismatch {
  input: string;
  ours: unknown;
  theirs: unknown;
}

/** Calls `body(i)` over the inputs repeatedly for at least `minMs`; returns calls per second. */
function opsPerSec(count: number, minMs: number, body: (i: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < Math.min(count, 200); i++) sink ^= String(body(i)).length; // warm-up
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < count; i++) sink ^= String(body(i)).length;
    calls += count;
    elapsed = performance.now() - t0;
  } while (elapsed < minMs);
  if (sink === -1) console.log(sink); // keep the results alive
  return (calls / elapsed) * 1000;
}

function fmt(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(0);
}

/** Runs the comparison, prints a table, and returns the numbers. */
export function run(options: CalendarBenchOptions = {}): CalendarBenchResult {
  const samples = options.samples ?? 2000;
  const minMs = options.minMs ?? 400;
  const random = mulberry32(options.seed ?? 20231110);
  const pick = (from: string, to: string) => fromDayNumber(toDayNumber(from) + random.int(toDayNumber(to) - toDayNumber(from) + 1));

  const dates = Array.from({ length: samples }, () => pick("2023-01-01", "2025-12-31"));
  const ranges = Array.from({ length: samples }, () => {
    const a = pick("2023-01-01", "2026-12-31");
    const b = pick("2023-01-01", "2026-12-31");
    return a <= b ? { from: a, to: b } : { from: b, to: a };
  });
  const dayAfterFrom = ranges.map((r) => addDays(r.from, 1));

  const behindUtc = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset() > 0;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  console.log(`calendar: ${samples} random dates in 2023–2025 and ranges in 2023–2026; host zone ${zone}`);
  if (behindUtc) console.log("  note: the host zone is behind UTC, where chinese-days misreads YYYY-MM-DD strings (FACTS §4); expect mismatches on its side.");

  // 1. Same answers?
  const dayMismatches: Mismatch[] = [];
  for (let n = toDayNumber("2023-01-01"); n <= toDayNumber("2026-12-31"); n++) {
    const d = fromDayNumber(n);
    const ours = chinaCalendar.isWorkingDay(d);
    const theirs = isWorkday(d);
    if (ours !== theirs) dayMismatches.push({ input: d, ours, theirs });
  }
  const addMismatches: Mismatch[] = [];
  for (const d of dates) {
    const ours = chinaCalendar.addWorkingDays(d, 5);
    const theirs = findWorkday(5, d);
    if (ours !== theirs) addMismatches.push({ input: d, ours, theirs });
  }
  const countMismatches: Mismatch[] = [];
  ranges.forEach((r, i) => {
    const ours = chinaCalendar.countWorkingDays(r.from, r.to);
    const theirs = getWorkdaysInRange(dayAfterFrom[i]!, r.to).length;
    if (ours !== theirs) countMismatches.push({ input: `(${r.from}, ${r.to}]`, ours, theirs });
  });
  for (const [what, list] of [
    ["isWorkingDay vs isWorkday, every day 2023–2026", dayMismatches],
    ["addWorkingDays(d, 5) vs findWorkday(5, d)", addMismatches],
    ["countWorkingDays vs getWorkdaysInRange().length", countMismatches],
  ] as const) {
    console.log(`  answers, ${what}: ${list.length === 0 ? "identical" : `${list.length} MISMATCHES`}`);
    for (const m of list.slice(0, 5)) console.log(`    ${m.input}: ours ${String(m.ours)}, chinese-days ${String(m.theirs)}`);
  }

  // 2. Speed.
  const addOurs = opsPerSec(samples, minMs, (i) => chinaCalendar.addWorkingDays(dates[i]!, 5));
  const addTheirs = opsPerSec(samples, minMs, (i) => findWorkday(5, dates[i]!));
  const countSamples = Math.min(samples, 300); // chinese-days walks every day of each range
  const countOurs = opsPerSec(countSamples, minMs, (i) => chinaCalendar.countWorkingDays(ranges[i]!.from, ranges[i]!.to));
  const countTheirs = opsPerSec(countSamples, minMs, (i) => getWorkdaysInRange(dayAfterFrom[i]!, ranges[i]!.to).length);

  const rows = [
    ["add 5 working days", addOurs, addTheirs, 100],
    ["count working days in a range", countOurs, countTheirs, 1000],
  ] as const;
  console.log(`  ${"operation".padEnd(32)}${"chinaCalendar".padStart(16)}${"chinese-days".padStart(16)}${"ratio".padStart(10)}  target`);
  for (const [name, ours, theirs, target] of rows) {
    const ratio = ours / theirs;
    console.log(
      `  ${name.padEnd(32)}${`${fmt(ours)} ops/s`.padStart(16)}${`${fmt(theirs)} ops/s`.padStart(16)}${`${ratio.toFixed(0)}×`.padStart(10)}  ≥${target}× ${ratio >= target ? "ok" : "MISSED"}`,
    );
  }
  return {
    addition: { oursOpsPerSec: addOurs, theirsOpsPerSec: addTheirs, ratio: addOurs / addTheirs, mismatches: addMismatches },
    count: { oursOpsPerSec: countOurs, theirsOpsPerSec: countTheirs, ratio: countOurs / countTheirs, mismatches: countMismatches },
    dayMismatches,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) run();
