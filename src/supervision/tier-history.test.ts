import { describe, expect, it } from "vitest";
import { fromDayNumber, InvalidDateError, toDayNumber } from "../dates";
import { UnitSchema, type RiskEvent, type Unit, type UnitInput } from "../entities";
import { anhui2023, definePolicy, nanjing2023 } from "../policy";
import { buildAnnualLists } from "./annual-lists";
import { classifyUnit } from "./classify-unit";
import { _firstDayWithout, tierHistory } from "./tier-history";

function unit(over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id: "u", name: "单位", uscc: "91350100M000100Y43", roles: ["producer"], ...over });
}
const major = (id: string, date: string): RiskEvent => ({ id, date, severity: "major", kind: "sampling-failure" });
const span = (u: Unit, from: string, to: string, policy = nanjing2023) => tierHistory(u, { from, to, policy }).map((i) => [i.level, i.from, i.to]);

// FACTS §3: "within the last two years" as of T covers [T − 2 years, T], both inclusive, with
// Civil Code Art. 202 clamping (2026-02-28 − 2 years = 2024-02-28; 2028-02-29 − 2 years =
// 2026-02-28). An event on day e therefore counts as of every T with T − 2 years ≤ e ≤ T.
describe("tierHistory — golden cases (plan 二（七）, FACTS §3)", () => {
  it("key → special on the day the third major risk arrives → key the day the first ages out", () => {
    // m1 2024-02-29 is in the window up to T = 2026-02-28 (T − 2y = 2024-02-28 ≤ 02-29); on
    // 2026-03-01 the window opens 2024-03-01 and m1 is out. Two majors remain: key.
    const u = unit({ riskEvents: [major("m1", "2024-02-29"), major("m2", "2025-01-10"), major("m3", "2025-09-01")] });
    expect(span(u, "2025-01-01", "2026-12-31")).toEqual([
      ["key", "2025-01-01", "2025-08-31"],
      ["special", "2025-09-01", "2026-02-28"],
      ["key", "2026-03-01", "2026-12-31"],
    ]);
    const [, special] = tierHistory(u, { from: "2025-01-01", to: "2026-12-31" });
    expect(special!.reasons.map((r) => r.rule)).toEqual(["special.major-risks", "key.risk"]);
    expect(special!.reasons[0]!.facts).toEqual(["m1", "m2", "m3"]);
  });

  it("an event on 2024-02-28 and one on 2024-02-29 both leave the window on 2026-03-01", () => {
    for (const date of ["2024-02-28", "2024-02-29"]) {
      const u = unit({ riskEvents: [major("m", date)] });
      expect(span(u, "2026-01-01", "2026-12-31")).toEqual([
        ["key", "2026-01-01", "2026-02-28"],
        ["trigger", "2026-03-01", "2026-12-31"],
      ]);
    }
  });

  it("an event on 2026-02-28 still counts as of 2028-02-29 (clamped back to 2026-02-28) and leaves on 2028-03-01, not 2028-02-29", () => {
    const u = unit({ riskEvents: [{ id: "s", date: "2026-02-28", severity: "significant", kind: "other" }] });
    expect(span(u, "2028-01-01", "2028-12-31")).toEqual([
      ["key", "2028-01-01", "2028-02-29"],
      ["trigger", "2028-03-01", "2028-12-31"],
    ]);
  });

  it("with an exclusive first day (Civil Code Art. 201 style) the event leaves one day earlier", () => {
    const exclusive = definePolicy(nanjing2023, {
      id: "exclusive-edge",
      supervision: { windowEdge: { start: "exclusive", citation: { ...nanjing2023.supervision.windowEdge.citation, note: "The first day T − N years does not count." } } },
    });
    const u = unit({ riskEvents: [major("m", "2024-02-28")] });
    expect(span(u, "2026-01-01", "2026-12-31", exclusive)).toEqual([
      ["key", "2026-01-01", "2026-02-27"],
      ["trigger", "2026-02-28", "2026-12-31"],
    ]);
  });

  it("a credit class enters on its date", () => {
    const u = unit({ creditRisk: { grade: "D", asOf: "2026-05-01" } });
    expect(span(u, "2026-01-01", "2026-12-31")).toEqual([
      ["trigger", "2026-01-01", "2026-04-30"],
      ["special", "2026-05-01", "2026-12-31"],
    ]);
  });

  it("Anhui: a minor failed sampling is key for 1 year, then routine until it leaves the 2-year window", () => {
    // Key window 1 year: counts while T − 1y ≤ 2025-03-01, i.e. through 2026-03-01; the 2-year
    // low-risk window holds it through 2027-03-01.
    const u = unit({ riskEvents: [{ id: "s", date: "2025-03-01", severity: "minor", kind: "sampling-failure" }] });
    expect(span(u, "2025-01-01", "2027-12-31", anhui2023)).toEqual([
      ["trigger", "2025-01-01", "2025-02-28"],
      ["key", "2025-03-01", "2026-03-01"],
      ["routine", "2026-03-02", "2027-03-01"],
      ["trigger", "2027-03-02", "2027-12-31"],
    ]);
  });

  it("a one-day range, a range with no facts, and a reversed range", () => {
    expect(span(unit(), "2026-06-30", "2026-06-30")).toEqual([["trigger", "2026-06-30", "2026-06-30"]]);
    expect(span(unit({ riskEvents: [major("later", "2027-01-01")] }), "2026-01-01", "2026-12-31")).toEqual([["trigger", "2026-01-01", "2026-12-31"]]);
    expect(() => tierHistory(unit(), { from: "2026-02-01", to: "2026-01-31" })).toThrow(InvalidDateError);
    expect(() => tierHistory(unit(), { from: "2026-02-30", to: "2026-03-31" })).toThrow(InvalidDateError);
  });

  it("agrees with classifyUnit on every day around the changes", () => {
    const u = unit({ riskEvents: [major("m1", "2024-02-29"), major("m2", "2025-01-10"), major("m3", "2025-09-01")] });
    for (const i of tierHistory(u, { from: "2025-08-30", to: "2026-03-02" })) {
      for (let d = toDayNumber(i.from); d <= toDayNumber(i.to); d += 1) {
        expect(classifyUnit(u, { asOf: fromDayNumber(d) }).level).toBe(i.level);
      }
    }
  });
});

describe("_firstDayWithout — the first day a window no longer holds an event", () => {
  const day = toDayNumber;
  it.each([
    ["2024-02-29", 2, 0, "2026-03-01"],
    ["2024-02-28", 2, 0, "2026-03-01"],
    ["2026-02-28", 2, 0, "2028-03-01"],
    ["2024-02-29", 4, 0, "2028-03-01"],
    ["2024-03-10", 2, 0, "2026-03-11"],
    ["2025-12-31", 1, 0, "2027-01-01"],
    ["2024-02-28", 2, 1, "2026-02-28"],
    ["2026-02-28", 2, 1, "2028-02-28"],
  ] as const)("event %s, %i-year window, edge offset %i → %s", (e, years, off, expected) => {
    expect(_firstDayWithout(day(e), years, off)).toBe(day(expected));
  });
});

describe("buildAnnualLists — mode any-time", () => {
  const risky = unit({ id: "p1", name: "单位p1", riskEvents: [major("m1", "2024-02-29"), major("m2", "2025-01-10"), major("m3", "2025-09-01")] });
  const briefly = unit({ id: "p2", name: "单位p2", roles: ["producer", "seller"], riskEvents: [major("m", "2024-02-28")] });
  const quiet = unit({ id: "p3", name: "单位p3" });

  it("lists every unit key or special at any time in the year, with the dates, on the list of the highest level reached", () => {
    const lists = buildAnnualLists([risky, briefly, quiet], { year: 2026, mode: "any-time" });
    expect(lists.mode).toBe("any-time");
    expect(lists.producers.special.map((e) => [e.id, e.level, e.periods])).toEqual([
      [
        "p1",
        "special",
        [
          { level: "special", from: "2026-01-01", to: "2026-02-28" },
          { level: "key", from: "2026-03-01", to: "2026-12-31" },
        ],
      ],
    ]);
    expect(lists.producers.key.map((e) => [e.id, e.periods])).toEqual([["p2", [{ level: "key", from: "2026-01-01", to: "2026-02-28" }]]]);
    expect(lists.sellers.key.map((e) => e.id)).toEqual(["p2"]);
    expect(lists.producers.special[0]!.reasons.map((r) => r.rule)).toEqual(["special.major-risks", "key.risk"]);
  });

  it("periods stop at asOf; the default mode lists only the units key or special on asOf", () => {
    const lists = buildAnnualLists([risky, briefly, quiet], { year: 2026, asOf: "2026-02-15", mode: "any-time" });
    expect(lists.producers.key[0]!.periods).toEqual([{ level: "key", from: "2026-01-01", to: "2026-02-15" }]);
    const asOf = buildAnnualLists([risky, briefly, quiet], { year: 2026, asOf: "2026-11-20" });
    expect(asOf.mode).toBe("as-of");
    expect(asOf.producers.key.map((e) => e.id)).toEqual(["p1"]);
    expect(asOf.producers.key[0]!.periods).toBeUndefined();
    expect(asOf.producers.special).toEqual([]);
  });
});
