/**
 * tierHistory under policies whose tiers look back over different spans (a city's own
 * policy may: FACTS.md §2 makes the key window a [reading], and the low-risk window a
 * parameter): every window's leave day is a change day. Windows as of T are
 * [T − N years, T] (FACTS.md §3), so an event on day e leaves an N-year window on the day
 * after e + N years.
 */
import { describe, expect, it } from "vitest";
import { UnitSchema, type RiskEvent, type Unit } from "../entities";
import { definePolicy, nanjing2023, type Policy } from "../policy";
import { _changeDays, _stretches, tierHistory } from "./tier-history";
import { _compiledPolicy } from "./compile-policy";
import { _levelsAt } from "./levels-at";
import { toDayNumber } from "../dates";

const unit = (riskEvents: RiskEvent[]): Unit => UnitSchema.parse({ id: "u", name: "单位", uscc: "91350100M000100Y43", roles: ["producer"], riskEvents });
const ev = (id: string, date: string, severity: RiskEvent["severity"]): RiskEvent => ({ id, date, severity, kind: "other" });
const span = (u: Unit, from: string, to: string, policy: Policy) => tierHistory(u, { from, to, policy }).map((i) => [i.level, i.from, i.to]);

describe("tierHistory — windows of different lengths", () => {
  it("special and key 2 years, low-risk 3: a minor risk leaves the low-risk window 3 years on", () => {
    const p = definePolicy(nanjing2023, { id: "low3", supervision: { lowRisk: { windowYears: 3 } } });
    // 2023-03-10 + 3 years = 2026-03-10: routine through that day, trigger from the next.
    expect(span(unit([ev("n", "2023-03-10", "minor")]), "2026-01-01", "2026-12-31", p)).toEqual([
      ["routine", "2026-01-01", "2026-03-10"],
      ["trigger", "2026-03-11", "2026-12-31"],
    ]);
  });

  it("special 3 years, key 1, low-risk 2: a significant risk is key for a year, then routine for one more", () => {
    const p = definePolicy(nanjing2023, { id: "s3k1l2", supervision: { special: { windowYears: 3 }, key: { windowYears: 1 }, lowRisk: { windowYears: 2 } } });
    expect(span(unit([ev("s", "2024-03-10", "significant")]), "2025-01-01", "2026-12-31", p)).toEqual([
      ["key", "2025-01-01", "2025-03-10"],
      ["routine", "2025-03-11", "2026-03-10"],
      ["trigger", "2026-03-11", "2026-12-31"],
    ]);
    // Three majors: special while the oldest is within 3 years (2023-06-01 + 3 years = 2026-06-01).
    const majors = unit([ev("a", "2023-06-01", "major"), ev("b", "2024-01-01", "major"), ev("c", "2024-06-01", "major")]);
    // On 2026-06-02 the oldest leaves the 3-year window and the newest (2024-06-01) the 2-year one; none is within a year.
    expect(span(majors, "2026-01-01", "2026-12-31", p)).toEqual([
      ["special", "2026-01-01", "2026-06-01"],
      ["trigger", "2026-06-02", "2026-12-31"],
    ]);
  });

  it("special 3 years, key and low-risk 1: a significant risk is key for a year, then nothing", () => {
    const p = definePolicy(nanjing2023, { id: "s3k1l1", supervision: { special: { windowYears: 3 }, key: { windowYears: 1 }, lowRisk: { windowYears: 1 } } });
    expect(span(unit([ev("s", "2025-03-10", "significant")]), "2025-01-01", "2026-12-31", p)).toEqual([
      ["trigger", "2025-01-01", "2025-03-09"],
      ["key", "2025-03-10", "2026-03-10"],
      ["trigger", "2026-03-11", "2026-12-31"],
    ]);
  });
});

describe("_stretches with `wanted` (what inspectionCompliance asks)", () => {
  it("stretches of unwanted levels keep their level and days, with no reasons; wanted ones have their reasons", () => {
    // A significant risk on 2025-03-10: trigger, then key through 2027-03-10 (2 years), then trigger.
    const u = unit([ev("s", "2025-03-10", "significant")]);
    const c = _compiledPolicy(nanjing2023);
    const from = toDayNumber("2025-01-01");
    const to = toDayNumber("2027-12-31");
    const points = _changeDays(u, from, to, c);
    const levels = _levelsAt(u, points, c);
    const got = _stretches(u, points, levels, to, c, undefined, (l) => l === "key" || l === "special");
    expect(got.map((i) => [i.level, i.from, i.to, i.reasons.map((r) => r.rule)])).toEqual([
      ["trigger", "2025-01-01", "2025-03-09", []],
      ["key", "2025-03-10", "2027-03-10", ["key.risk"]],
      ["trigger", "2027-03-11", "2027-12-31", []],
    ]);
    // Without `wanted`, every stretch has its reasons.
    expect(_stretches(u, points, levels, to, c).map((i) => i.reasons.map((r) => r.rule))).toEqual([["trigger.no-risk"], ["key.risk"], ["trigger.no-risk"]]);
  });
});
