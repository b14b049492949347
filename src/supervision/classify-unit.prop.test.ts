import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addPeriod, fromDayNumber, toDayNumber } from "../dates";
import { UnitSchema, type RiskEvent, type Unit } from "../entities";
import { anhui2023 } from "../policy";
import { classifyUnit } from "./classify-unit";

// The window as of T is [addPeriod(T, −N years), T] (FACTS §3 [reading]); the oracle is the
// dates module's Civil Code arithmetic, not the code under test.
const base = UnitSchema.parse({ id: "u", name: "单位", uscc: "91350100M000100Y43", roles: ["producer"] });
const withEvents = (riskEvents: RiskEvent[]): Unit => ({ ...base, riskEvents });
const major = (id: string, date: string): RiskEvent => ({ id, date, severity: "major", kind: "other" });
const day = fc.integer({ min: toDayNumber("2001-01-01"), max: toDayNumber("2099-12-31") }).map(fromDayNumber);

describe("classifyUnit — properties", () => {
  it("special iff the oldest of three major risks is on or after T − 2 years; events after T never count", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -3, max: 3 }), (asOf, shift) => {
        const edge = addPeriod(asOf, { years: -2 });
        const oldest = addDays(edge, shift);
        const u = withEvents([major("a", oldest), major("b", asOf), major("c", asOf), major("later", addDays(asOf, 1))]);
        const r = classifyUnit(u, { asOf });
        expect(r.level).toBe(shift >= 0 ? "special" : "key");
        expect(r.window).toEqual({ start: edge, end: asOf });
        expect(r.considered[0]!.facts).not.toContain("later");
      }),
      { numRuns: 500 },
    );
  });

  it("Anhui key window: one failed sampling counts iff dated in [T − 1 year, T]", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 2 }), (asOf, offset) => {
        const date = addDays(asOf, offset);
        const u = withEvents([{ id: "s", date, severity: "minor", kind: "sampling-failure" }]);
        const inKey = toDayNumber(date) >= toDayNumber(addPeriod(asOf, { years: -1 })) && offset <= 0;
        const level = classifyUnit(u, { asOf, policy: anhui2023 }).level;
        expect(level).toBe(inKey ? "key" : offset > 0 ? "trigger" : "routine");
      }),
      { numRuns: 500 },
    );
  });

  it("the fired reasons are exactly the considered ones with fired: true, and the level follows the highest", () => {
    const severity = fc.constantFrom("major", "significant", "minor") as fc.Arbitrary<RiskEvent["severity"]>;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -900, max: 30 }), severity), { maxLength: 6 }), fc.option(fc.constantFrom("A", "B", "C", "D")), (specs, grade) => {
        const asOf = "2026-06-30";
        const u: Unit = { ...withEvents(specs.map(([o, s], i) => ({ id: `e${i}`, date: addDays(asOf, o), severity: s, kind: "other" }))) };
        if (grade !== null) u.creditRisk = { grade, asOf: "2026-01-01" };
        const r = classifyUnit(u, { asOf });
        expect(r.reasons).toEqual(r.considered.filter((x) => x.fired));
        const rules = r.reasons.map((x) => x.rule);
        const level = rules.some((x) => x.startsWith("special.")) ? "special" : rules.some((x) => x.startsWith("key.")) ? "key" : r.level;
        expect(r.level).toBe(level);
        expect(r.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
