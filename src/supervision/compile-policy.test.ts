import { describe, expect, it } from "vitest";
import { UnitSchema, type Unit } from "../entities";
import { PolicyError, definePolicy, nanjing2023, type Policy } from "../policy";
import { classifyUnit } from "./classify-unit";

// The compiled-policy cache must never answer for a policy object as it was before a
// mutation. Expected levels from 二（七）: 3 major risks within 近2年内 → special; with the
// special threshold raised to 4 (a city's own policy) the same unit is only key (重大 ≥ 较大).
function unit(): Unit {
  return UnitSchema.parse({
    id: "u1",
    name: "某燃气具有限公司",
    uscc: "91350100M000100Y43",
    roles: ["producer"],
    riskEvents: [
      { id: "e1", date: "2025-01-10", severity: "major", kind: "sampling-failure" },
      { id: "e2", date: "2025-06-10", severity: "major", kind: "sampling-failure" },
      { id: "e3", date: "2026-01-10", severity: "major", kind: "sampling-failure" },
    ],
  });
}

/** A plain, unfrozen deep copy of a policy (as a caller might build from JSON). */
function unfrozenCopy(p: Policy): Policy {
  return JSON.parse(JSON.stringify(p)) as Policy;
}

describe("_compiledPolicy cache", () => {
  const asOf = "2026-06-30";
  it("an unfrozen policy mutated between calls is read afresh (no stale answer)", () => {
    const p = unfrozenCopy(nanjing2023);
    expect(classifyUnit(unit(), { asOf, policy: p }).level).toBe("special");
    p.supervision.special.minEvents = 4;
    expect(classifyUnit(unit(), { asOf, policy: p }).level).toBe("key");
  });
  it("an unfrozen policy's window mutated between calls on the same as-of day is read afresh", () => {
    const p = unfrozenCopy(nanjing2023);
    expect(classifyUnit(unit(), { asOf, policy: p }).reasons[0]!.window).toEqual({ start: "2024-06-30", end: asOf });
    p.supervision.special.windowYears = 1;
    // 近1年内 as of 2026-06-30: [2025-06-30, 2026-06-30] holds one major risk only → key.
    const r = classifyUnit(unit(), { asOf, policy: p });
    expect(r.level).toBe("key");
    expect(r.considered.find((x) => x.rule === "special.major-risks")!.window).toEqual({ start: "2025-06-30", end: asOf });
  });
  it("an unfrozen policy made invalid after a first use is still rejected", () => {
    const p = unfrozenCopy(nanjing2023);
    classifyUnit(unit(), { asOf, policy: p });
    p.supervision.special.windowYears = -1;
    expect(() => classifyUnit(unit(), { asOf, policy: p })).toThrow(PolicyError);
  });
  it("two frozen policies used alternately on the same day keep their own windows", () => {
    const oneYear = definePolicy(nanjing2023, { id: "one-year", supervision: { special: { windowYears: 1 } } });
    for (let i = 0; i < 2; i++) {
      expect(classifyUnit(unit(), { asOf, policy: nanjing2023 }).level).toBe("special");
      expect(classifyUnit(unit(), { asOf, policy: oneYear }).level).toBe("key");
    }
  });
});
