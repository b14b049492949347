/**
 * The report builder streams (issue 13: "memory stays bounded by what the report lists; a
 * test builds the report for 200k units under the current 300 MB"): 200,000 generated
 * sparse units — most owe a platform entry since 2023/2024, half are in scope with no
 * director or officer, a fifth had a risk this year — fed one at a time to
 * `createReportBuilder({ keep: 50 })`, none kept by the test. The heap may grow by the
 * 50 rows per list and one id per unit (to find repeated ids), not by the units.
 *
 * About 30 s of CPU (over a minute on a busy 2-core machine): not in `npm test`; run it with
 * `npm run test:heavy`. Units come from the benchmarks' seeded PRNG.
 */
import { describe, expect, it } from "vitest";
import { mulberry32, randomNanjingUscc } from "../../bench/_random";
import { createReportBuilder, UnitSchema, type Unit } from "../../src/index";

const UNITS = 200_000;
const KEEP = 50;
const MB = 2 ** 20;

describe("createReportBuilder over 200,000 units", () => {
  it("keeps the heap bounded with keep: 50, and counts every row", () => {
    const random = mulberry32(20231110);
    const base = UnitSchema.parse({ id: "u", name: "u", uscc: randomNanjingUscc(random), roles: ["producer"] });
    const severities = ["major", "significant", "minor"] as const;
    const unit = (i: number): Unit => ({
      ...base,
      id: `U${String(i).padStart(7, "0")}`,
      name: `流式测试单位${i}有限公司`,
      roles: random() < 0.6 ? ["producer"] : random() < 0.7 ? ["seller"] : ["producer", "seller"],
      district: `3201${String(random.int(20)).padStart(2, "0")}`,
      products: { ...base.products, mandatoryStandard: random() < 0.5 },
      riskEvents: random() < 0.2 ? [{ id: "R1", date: `2026-0${1 + random.int(9)}-1${random.int(10)}`, severity: random.pick(severities), kind: "sampling-failure" }] : [],
    });

    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    const builder = createReportBuilder({ asOf: "2026-11-20", keep: KEEP, groupBy: "district" });
    for (let i = 0; i < UNITS; i++) {
      builder.add(unit(i));
      if (i % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    const report = builder.finish();
    peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    console.log(`report of ${UNITS} units, keep ${KEEP}: heap grew at most ${(peak / MB).toFixed(0)} MB`);

    expect(peak).toBeLessThan(200 * MB);
    expect(report.totals.units).toBe(UNITS);
    expect(report.levels.reduce((n, l) => n + l.count, 0)).toBe(UNITS);
    // Every unit lacks its platform entry (due 2023-11-30 or 2024-12-31): at least one overdue row each.
    expect(report.totals.overdue).toBeGreaterThanOrEqual(UNITS);
    expect(report.obligations.overdue).toHaveLength(KEEP);
    expect(report.findings).toHaveLength(KEEP);
    for (const g of Object.values(report.byDistrict!)) expect(g.overdue.length).toBeLessThanOrEqual(KEEP);
    expect(JSON.stringify(report).length).toBeLessThan(4 * MB);
  }, 180_000);
});
