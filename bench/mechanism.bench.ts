/**
 * `mechanismGaps` over years of daily / weekly / monthly records: one pass over the records
 * into Sets, then a Set lookup per day, week and month — against a naive scan that, for
 * each working day, week and month, searches the whole record list (quadratic), run in the
 * same process on the same unit. Both answers are compared before timing.
 *
 *   npx tsx bench/mechanism.bench.ts [years]      (default 3: 2024-01-01 .. 2026-12-31; also 1 year, 2026)
 *
 * Also prints µs per checked day for 1 and `years` years, to show the cost grows linearly.
 */
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { chinaCalendar } from "../src/calendar";
import { addDays, fromDayNumber, isoWeeksOverlapping, monthsOverlapping, toDayNumber } from "../src/dates";
import { mechanismGaps } from "../src/duties";
import { UnitSchema, type MechanismRecord, type Unit } from "../src/entities";

const people = [
  { id: "boss", name: "王总", role: "principal" as const, from: "2020-01-01" },
  { id: "dir", name: "张总监", role: "director" as const, from: "2020-01-01" },
  { id: "off", name: "李安全员", role: "officer" as const, from: "2020-01-01" },
];

/** A licensed producer with records on ~97 % of working days, every week but one in 20, every month but one in 10. */
function unitWithRecords(from: string, to: string): Unit {
  const records: MechanismRecord[] = [];
  let i = 0;
  for (let n = toDayNumber(from); n <= toDayNumber(to); n++, i++) {
    const d = fromDayNumber(n);
    if (chinaCalendar.isWorkingDay(d) && i % 37 !== 0) records.push({ kind: "daily", date: d, byPersonId: "off", zeroRisk: true });
  }
  isoWeeksOverlapping(from, to).forEach((w, k) => k % 20 !== 0 && records.push({ kind: "weekly", date: addDays(w.start, 2), byPersonId: "dir" }));
  monthsOverlapping(from, to).forEach((m, k) => k % 10 !== 0 && records.push({ kind: "monthly", date: addDays(m.start, 20), byPersonId: "boss" }));
  return UnitSchema.parse({ id: "u", name: "南京示例燃气具有限公司", uscc: "91350100M000100Y43", roles: ["producer"], products: { licences: [{ number: "XK08-001-04763", product: "燃气灶具" }] }, people, records });
}

/** The naive answer: for each period, scan every record. */
function naive(unit: Unit, from: string, to: string) {
  const roleOf = new Map(unit.people.map((p) => [p.id, p.role]));
  const has = (kind: string, role: string, lo: string, hi: string) =>
    unit.records.some((r) => r.kind === kind && r.date >= lo && r.date <= hi && roleOf.get(r.byPersonId) === role);
  const daily: string[] = [];
  for (let n = toDayNumber(from); n <= toDayNumber(to); n++) {
    const d = fromDayNumber(n);
    if (chinaCalendar.isWorkingDay(d) && !has("daily", "officer", d, d)) daily.push(d);
  }
  const weekly = isoWeeksOverlapping(from, to).filter((w) => w.end <= to && !has("weekly", "director", w.start, w.end));
  const monthly = monthsOverlapping(from, to).filter((m) => m.end <= to && !has("monthly", "principal", m.start, m.end)).map((m) => m.id);
  return { daily, weekly, monthly };
}

function time(body: () => unknown, minMs = 300): number {
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    body();
    calls++;
    now = performance.now();
  }
  return (now - start) / calls;
}

/** Runs the comparison; returns ms per call of each and their ratio. */
export function run(years = 3) {
  const rows: { span: string; days: number; records: number; oursMs: number; naiveMs: number; ratio: number; usPerDay: number }[] = [];
  for (const y of [1, years]) {
    const from = `${2026 - y + 1}-01-01`;
    const to = "2026-12-31";
    const unit = unitWithRecords(from, to);
    const ours = mechanismGaps(unit, { from, to });
    const theirs = naive(unit, from, to);
    const same =
      JSON.stringify(ours.daily) === JSON.stringify(theirs.daily) &&
      JSON.stringify(ours.weekly.map((w) => w.id)) === JSON.stringify(theirs.weekly.map((w) => w.id)) &&
      JSON.stringify(ours.monthly) === JSON.stringify(theirs.monthly);
    if (!same) throw new Error(`answers differ for ${from}..${to}`);
    const days = toDayNumber(to) - toDayNumber(from) + 1;
    const oursMs = time(() => mechanismGaps(unit, { from, to }));
    const naiveMs = time(() => naive(unit, from, to));
    rows.push({ span: `${from}..${to}`, days, records: unit.records.length, oursMs, naiveMs, ratio: naiveMs / oursMs, usPerDay: (oursMs * 1000) / days });
  }
  console.log("mechanismGaps (Sets, one pass) vs naive scan per period (same process, same unit; answers compared first)");
  console.log("  range                      days  records   mechanismGaps ms   naive ms   naive/ours   µs per day (ours)");
  for (const r of rows) {
    console.log(
      `  ${r.span.padEnd(24)} ${String(r.days).padStart(6)} ${String(r.records).padStart(8)}   ${r.oursMs.toFixed(3).padStart(16)}   ${r.naiveMs.toFixed(3).padStart(8)}   ${r.ratio.toFixed(1).padStart(9)}×   ${r.usPerDay.toFixed(2).padStart(10)}`,
    );
  }
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = process.argv[2];
  run(arg === undefined ? undefined : Number(arg));
}
