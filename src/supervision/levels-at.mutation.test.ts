/**
 * _levelsAt and the compiled policy's window cache beyond the properties (which draw
 * nanjing2023 and anhui2023 only): an exclusive first day, windows of three lengths, the
 * days an event is on the edge; the cache answers the same object for a day asked again
 * and never holds more than 1,024 days. Windows as of T are [T − N years, T]
 * (FACTS.md §3), or (T − N years, T] with an exclusive first day.
 */
import { describe, expect, it } from "vitest";
import { addDays, toDayNumber } from "../dates";
import { UnitSchema, type RiskEvent, type Unit } from "../entities";
import { definePolicy, nanjing2023, type Policy } from "../policy";
import { _compiledPolicy, _windowsAsOf } from "./compile-policy";
import { _levelsAt } from "./levels-at";

const unit = (riskEvents: RiskEvent[]): Unit => UnitSchema.parse({ id: "u", name: "单位", uscc: "91350100M000100Y43", roles: ["producer"], riskEvents });
const ev = (id: string, date: string, severity: RiskEvent["severity"]): RiskEvent => ({ id, date, severity, kind: "other" });
const at = (u: Unit, days: string[], p: Policy) => _levelsAt(u, days.map(toDayNumber), _compiledPolicy(p));

describe("_levelsAt — window edges", () => {
  it("an exclusive first day: an event on T − 2 years no longer counts on T", () => {
    const p = definePolicy(nanjing2023, { id: "exclusive", supervision: { windowEdge: { start: "exclusive" } } });
    const u = unit([ev("a", "2024-06-30", "major"), ev("b", "2025-01-01", "major"), ev("c", "2026-01-01", "major")]);
    expect(at(u, ["2026-06-29", "2026-06-30"], p)).toEqual(["special", "key"]);
    expect(at(u, ["2026-06-29", "2026-06-30"], nanjing2023)).toEqual(["special", "special"]);
    expect(at(unit([ev("n", "2024-06-30", "minor")]), ["2026-06-29", "2026-06-30"], p)).toEqual(["routine", "trigger"]);
    expect(at(unit([ev("s", "2024-06-30", "significant")]), ["2026-06-29", "2026-06-30"], p)).toEqual(["key", "trigger"]);
  });

  it("special 3 years, key 1, low-risk 2: each tier counts over its own window", () => {
    const p = definePolicy(nanjing2023, { id: "s3k1l2", supervision: { special: { windowYears: 3 }, key: { windowYears: 1 }, lowRisk: { windowYears: 2 } } });
    const majors = unit([ev("a", "2023-06-30", "major"), ev("b", "2024-01-01", "major"), ev("c", "2024-06-01", "major")]);
    // As of 2026-06-30: T − 3 years = 2023-06-30 holds all three; the next day it does not.
    expect(at(majors, ["2026-06-30", "2026-07-01"], p)).toEqual(["special", "trigger"]);
    const sig = unit([ev("s", "2025-06-30", "significant")]);
    // Key for one year (through 2026-06-30), then routine for the second year of the low-risk window.
    expect(at(sig, ["2026-06-30", "2026-07-01", "2027-06-30", "2027-07-01"], p)).toEqual(["key", "routine", "routine", "trigger"]);
  });

  it("special 3 years, key and low-risk 1", () => {
    const p = definePolicy(nanjing2023, { id: "s3k1l1", supervision: { special: { windowYears: 3 }, key: { windowYears: 1 }, lowRisk: { windowYears: 1 } } });
    const sig = unit([ev("s", "2025-06-30", "significant"), ev("n", "2025-07-01", "minor")]);
    expect(at(sig, ["2026-06-30", "2026-07-01", "2026-07-02"], p)).toEqual(["key", "routine", "trigger"]);
  });

  it("special and key 2 years, low-risk 3", () => {
    const p = definePolicy(nanjing2023, { id: "low3", supervision: { lowRisk: { windowYears: 3 } } });
    expect(at(unit([ev("n", "2023-06-30", "minor")]), ["2026-06-30", "2026-07-01"], p)).toEqual(["routine", "trigger"]);
  });

  it("the kinds each tier counts are the policy's; an event of unknown kind is a TypeError", () => {
    const p = definePolicy(nanjing2023, { id: "kinds", supervision: { special: { kinds: ["accident"] }, key: { kinds: ["enforcement"] } } });
    const three = (kind: RiskEvent["kind"]) => unit(["2025-01-01", "2025-06-01", "2026-01-01"].map((d, i) => ({ id: `m${i}`, date: d, severity: "major" as const, kind })));
    expect(at(three("accident"), ["2026-06-30"], p)).toEqual(["special"]);
    expect(at(three("enforcement"), ["2026-06-30"], p)).toEqual(["key"]);
    expect(at(three("other"), ["2026-06-30"], p)).toEqual(["routine"]);
    const bad = { ...unit([]), riskEvents: [{ id: "x", date: "2026-01-01", severity: "major", kind: "rumour" }] } as unknown as Unit;
    expect(() => _levelsAt(bad, [toDayNumber("2026-06-30")], _compiledPolicy(nanjing2023))).toThrow('Risk event "x": unknown severity "major" or kind "rumour"; validate the unit first.');
  });

  it("several events on one day, and days asked twice", () => {
    const u = unit([ev("a", "2025-01-01", "major"), ev("b", "2025-01-01", "major"), ev("c", "2025-01-01", "major"), ev("n", "2024-01-01", "minor")]);
    expect(at(u, ["2024-12-31", "2025-01-01", "2024-12-31", "2027-01-01", "2027-01-02"], nanjing2023)).toEqual(["routine", "special", "routine", "special", "trigger"]);
    expect(at(u, [], nanjing2023)).toEqual([]);
  });
});

describe("the window cache of a compiled policy", () => {
  it("a day asked again, after others, is answered with the same windows", () => {
    const c = _compiledPolicy(JSON.parse(JSON.stringify(nanjing2023)) as Policy);
    const a = _windowsAsOf(c, "2026-06-30");
    _windowsAsOf(c, "2026-07-01");
    _windowsAsOf(c, "2026-07-02");
    expect(_windowsAsOf(c, "2026-06-30")).toBe(a);
    expect(c.last).toBe(a);
  });

  it("holds at most 1,024 days", () => {
    const c = _compiledPolicy(JSON.parse(JSON.stringify(nanjing2023)) as Policy);
    let d = "2020-01-01";
    for (let i = 0; i < 1025; i++, d = addDays(d, 1)) _windowsAsOf(c, d);
    expect(c.windows.size).toBeLessThanOrEqual(1024);
    expect(c.windows.size).toBeGreaterThan(0);
    // Whatever was emptied, every day is still answered right.
    expect(_windowsAsOf(c, "2020-01-01").special.range).toEqual({ start: "2018-01-01", end: "2020-01-01" });
  });
});
