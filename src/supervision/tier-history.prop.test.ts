import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "../dates";
import { RISK_EVENT_KINDS, RISK_SEVERITIES, UnitSchema, type RiskEvent, type Unit } from "../entities";
import { anhui2023, definePolicy, nanjing2023, type Policy } from "../policy";
import { classifyUnit } from "./classify-unit";
import { tierHistory } from "./tier-history";

// The oracle is classifyUnit itself, day by day: tierHistory must agree with it on every day
// it reports, while classifying only on change days.
const base = UnitSchema.parse({ id: "u", name: "单位", uscc: "91350100M000100Y43", roles: ["producer"] });
const exclusive = definePolicy(nanjing2023, {
  id: "exclusive-edge",
  supervision: { windowEdge: { start: "exclusive", citation: { ...nanjing2023.supervision.windowEdge.citation, note: "The first day does not count." } } },
});
const policies: Policy[] = [nanjing2023, anhui2023, exclusive];

const START = toDayNumber("2023-01-01");
const END = toDayNumber("2026-12-31");
// Leap-day neighbourhoods, where T − N years is not one-to-one, are drawn often.
const edgeDays = ["2024-02-28", "2024-02-29", "2024-03-01", "2025-02-28", "2025-03-01", "2026-02-28", "2026-03-01", "2023-02-28"].map(toDayNumber);
const eventDay = fc.oneof(fc.integer({ min: START, max: END }), fc.constantFrom(...edgeDays));
const event = fc.record({
  day: eventDay,
  severity: fc.constantFrom(...RISK_SEVERITIES),
  kind: fc.constantFrom(...RISK_EVENT_KINDS),
});
const unitArb = fc
  .record({
    events: fc.array(event, { maxLength: 6 }),
    credit: fc.option(fc.record({ grade: fc.constantFrom("A", "B", "C", "D"), day: fc.integer({ min: START, max: END }) })),
  })
  .map(({ events, credit }): Unit => {
    const riskEvents: RiskEvent[] = events.map((e, i) => ({ id: `e${i}`, date: fromDayNumber(e.day), severity: e.severity, kind: e.kind }));
    const u: Unit = { ...base, riskEvents };
    if (credit !== null) u.creditRisk = { grade: credit.grade, asOf: fromDayNumber(credit.day) };
    return u;
  });
const range = fc.tuple(fc.integer({ min: START, max: toDayNumber("2028-12-31") }), fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 2200 })));

describe("tierHistory — properties", () => {
  it("covers [from, to] with contiguous stretches, neighbours differ, and classifyUnit agrees on every (sampled) day", () => {
    fc.assert(
      fc.property(unitArb, range, fc.constantFrom(0, 1, 2), fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (u, [from, length], policyIndex, picks) => {
        const policy = policies[policyIndex]!; // an index keeps counterexamples short
        const to = from + length;
        const h = tierHistory(u, { from: fromDayNumber(from), to: fromDayNumber(to), policy });
        expect(h[0]!.from).toBe(fromDayNumber(from));
        expect(h.at(-1)!.to).toBe(fromDayNumber(to));
        for (let i = 1; i < h.length; i++) {
          expect(toDayNumber(h[i]!.from)).toBe(toDayNumber(h[i - 1]!.to) + 1);
          expect(h[i]!.level).not.toBe(h[i - 1]!.level);
        }
        const days: number[] = [];
        if (length <= 120) for (let d = from; d <= to; d++) days.push(d);
        else {
          for (const i of h) days.push(toDayNumber(i.from), toDayNumber(i.to)); // both ends of every stretch
          for (const p of picks) days.push(from + (p % (length + 1)));
        }
        let k = 0;
        for (const d of days.sort((a, b) => a - b)) {
          while (toDayNumber(h[k]!.to) < d) k++;
          expect(classifyUnit(u, { asOf: fromDayNumber(d), policy }).level).toBe(h[k]!.level);
        }
        // The reasons are classifyUnit's on the stretch's first day.
        for (const i of h) expect(i.reasons).toEqual(classifyUnit(u, { asOf: i.from, policy }).reasons);
      }),
      { numRuns: 250 },
    );
  });
});
