import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../dates";
import { RISK_EVENT_KINDS, RISK_SEVERITIES, UnitDataError, UnitSchema, type RiskEvent, type Unit } from "../entities";
import { anhui2023, nanjing2023, type Policy } from "../policy";
import { classifyUnit } from "./classify-unit";
import { _compiledPolicy } from "./compile-policy";
import { _levelsAt } from "./levels-at";

// The oracle is classifyUnit itself, day by day: _levelsAt must give its level on every day asked.
const base = UnitSchema.parse({ id: "u", name: "单位", uscc: "91350100M000100Y43", roles: ["producer"] });
const policies: Policy[] = [nanjing2023, anhui2023];
const START = toDayNumber("2022-01-01");
const END = toDayNumber("2026-12-31");
const edgeDays = ["2024-02-28", "2024-02-29", "2024-03-01", "2025-06-30", "2025-07-01", "2026-01-01"].map(toDayNumber);
const day = fc.oneof(fc.integer({ min: START, max: END }), fc.constantFrom(...edgeDays));
const unitArb = fc
  .record({
    events: fc.array(fc.record({ day, severity: fc.constantFrom(...RISK_SEVERITIES), kind: fc.constantFrom(...RISK_EVENT_KINDS) }), { maxLength: 12 }),
    credit: fc.option(fc.record({ grade: fc.constantFrom("A", "B", "C", "D"), day })),
  })
  .map(({ events, credit }): Unit => {
    const riskEvents: RiskEvent[] = events.map((e, i) => ({ id: `e${i}`, date: fromDayNumber(e.day), severity: e.severity, kind: e.kind }));
    const u: Unit = { ...base, riskEvents };
    if (credit !== null) u.creditRisk = { grade: credit.grade, asOf: fromDayNumber(credit.day) };
    return u;
  });

describe("_levelsAt — properties (issue 14: linear in the risk events)", () => {
  it("is classifyUnit's level on every day asked, in the order asked", () => {
    fc.assert(
      fc.property(unitArb, fc.array(fc.integer({ min: START, max: toDayNumber("2028-12-31") }), { maxLength: 12 }), fc.constantFrom(0, 1), (u, days, p) => {
        const policy = policies[p]!;
        const expected = days.map((d) => classifyUnit(u, { asOf: fromDayNumber(d), policy }).level);
        expect(_levelsAt(u, days, _compiledPolicy(policy))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("throws UnitDataError for an unknown credit class only from its date on", () => {
    const u: Unit = { ...base, creditRisk: { grade: "Z", asOf: "2025-01-01" } };
    const c = _compiledPolicy(nanjing2023);
    expect(_levelsAt(u, [toDayNumber("2024-12-31")], c)).toEqual([classifyUnit(u, { asOf: "2024-12-31" }).level]);
    expect(() => _levelsAt(u, [toDayNumber("2025-01-01")], c)).toThrow(UnitDataError);
  });

  it("20,000 risk events on 20,000 days: well under a second", () => {
    const riskEvents: RiskEvent[] = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, date: fromDayNumber(START + (i % 1800)), severity: RISK_SEVERITIES[i % 3]!, kind: "other" }));
    const u: Unit = { ...base, riskEvents };
    const days = Array.from({ length: 20_000 }, (_, i) => START + (i % 1900));
    const t = performance.now();
    _levelsAt(u, days, _compiledPolicy(nanjing2023));
    // Under StrykerJS (npm run mutation) the code is instrumented and counts coverage per test: a looser budget there.
    expect(performance.now() - t).toBeLessThan(process.env.STRYKER_MUTATOR_WORKER === undefined ? 1000 : 5000);
  });
});
