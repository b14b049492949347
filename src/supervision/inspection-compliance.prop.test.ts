import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, halfYearsOverlapping, toDayNumber } from "../dates";
import { RISK_EVENT_KINDS, RISK_SEVERITIES, UnitSchema, type RiskEvent, type Unit } from "../entities";
import { anhui2023, nanjing2023, type Policy } from "../policy";
import { _levelAsOf, classifyUnit } from "./classify-unit";
import { _compiledPolicy } from "./compile-policy";
import { inspectionCompliance } from "./inspection-compliance";
import { tierHistory } from "./tier-history";

// inspectionCompliance finds the change days once and builds a half-year's stretches only
// when it holds key or special days; the oracle is its definition: tierHistory over every
// half-year, through `to`, kept when a stretch is key or special.
const base = UnitSchema.parse({ id: "u", name: "单位", uscc: "91350100M000100Y43", roles: ["producer"] });
const policies: Policy[] = [nanjing2023, anhui2023];
const START = toDayNumber("2023-01-01");
const END = toDayNumber("2026-12-31");
const edgeDays = ["2024-02-28", "2024-02-29", "2024-03-01", "2025-06-30", "2025-07-01", "2026-01-01"].map(toDayNumber);
const event = fc.record({
  day: fc.oneof(fc.integer({ min: START, max: END }), fc.constantFrom(...edgeDays)),
  severity: fc.constantFrom(...RISK_SEVERITIES),
  kind: fc.constantFrom(...RISK_EVENT_KINDS),
});
const unitArb = fc
  .record({
    events: fc.array(event, { maxLength: 7 }),
    credit: fc.option(fc.record({ grade: fc.constantFrom("A", "B", "C", "D"), day: fc.integer({ min: START, max: END }) })),
    inspections: fc.array(fc.record({ day: fc.integer({ min: START, max: END }), kind: fc.constantFrom("onsite", "document", "sampling") as fc.Arbitrary<"onsite" | "document" | "sampling"> }), { maxLength: 5 }),
  })
  .map(({ events, credit, inspections }): Unit => {
    const riskEvents: RiskEvent[] = events.map((e, i) => ({ id: `e${i}`, date: fromDayNumber(e.day), severity: e.severity, kind: e.kind }));
    const u: Unit = { ...base, riskEvents, inspections: inspections.map((i, n) => ({ id: `i${n}`, date: fromDayNumber(i.day), kind: i.kind })) };
    if (credit !== null) u.creditRisk = { grade: credit.grade, asOf: fromDayNumber(credit.day) };
    return u;
  });

describe("inspectionCompliance and _levelAsOf — properties", () => {
  it("_levelAsOf is classifyUnit's level on any day", () => {
    fc.assert(
      fc.property(unitArb, fc.integer({ min: START, max: toDayNumber("2028-12-31") }), fc.constantFrom(0, 1), (u, day, p) => {
        const asOf = fromDayNumber(day);
        expect(_levelAsOf(u, day, _compiledPolicy(policies[p]))).toBe(classifyUnit(u, { asOf, policy: policies[p] }).level);
      }),
      { numRuns: 500 },
    );
  });

  it("equals tierHistory half-year by half-year", () => {
    fc.assert(
      fc.property(unitArb, fc.integer({ min: START, max: END }), fc.integer({ min: 0, max: 1500 }), fc.constantFrom(0, 1), (u, from, length, p) => {
        const policy = policies[p]!;
        if (policy.supervision.onsiteInspection.halfYear !== "calendar") return;
        const to = fromDayNumber(from + length);
        const got = inspectionCompliance(u, { from: fromDayNumber(from), to, policy });
        const expected = halfYearsOverlapping(fromDayNumber(from), to)
          .map((h) => ({ h, supervised: tierHistory(u, { from: h.start, to: h.end < to ? h.end : to, policy }).filter((i) => i.level === "key" || i.level === "special") }))
          .filter((x) => x.supervised.length > 0);
        expect(got.map((g) => g.period.id)).toEqual(expected.map((x) => x.h.id));
        got.forEach((g, i) => {
          expect(g.supervised).toEqual(expected[i]!.supervised.map((s) => ({ level: s.level, from: s.from, to: s.to })));
          expect(g.reasons.slice(0, -1)).toEqual(expected[i]!.supervised.flatMap((s) => s.reasons));
        });
      }),
      { numRuns: 300 },
    );
  });
});
