/**
 * buildAnnualLists beyond the happy path (二（七）: "对实施重点监管、特别监管的，分别建立生产、
 * 销售单位年度名单"): repeated unit ids (first wins, the issue from the message table),
 * the year and mode it refuses, code-unit order, the any-time mode's level and reasons.
 */
import { describe, expect, it } from "vitest";
import { InvalidDateError } from "../dates";
import { UnitSchema, type Unit, type UnitInput } from "../entities";
import { thrownAs } from "../../test/_thrown";
import { buildAnnualLists } from "./annual-lists";

function unit(id: string, over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id, name: `单位${id}`, uscc: "91350100M000100Y43", roles: ["producer"], ...over });
}
const major = (id: string, date: string) => ({ id, date, severity: "major" as const, kind: "sampling-failure" as const });
const D = { creditRisk: { grade: "D", asOf: "2026-01-01" } }; // 信用风险高 → special
const C = { creditRisk: { grade: "C", asOf: "2026-01-01" } }; // 信用风险较高 → key

describe("buildAnnualLists — repeated unit ids", () => {
  it("the first unit with an id is listed; a later one is left out and named, with the table's issue", () => {
    const lists = buildAnnualLists([unit("p1", D), unit("x"), unit("p1", { ...C, name: "另一单位" })], { year: 2026 });
    expect(lists.producers.special.map((e) => [e.id, e.name])).toEqual([["p1", "单位p1"]]);
    expect(lists.producers.key).toEqual([]);
    expect(lists.duplicates).toEqual([
      {
        id: "p1",
        index: 2,
        firstIndex: 0,
        issue: {
          path: "/2/id",
          code: "duplicate_id",
          params: { list: "units", received: "p1", path: "/0" },
          message: 'units 中的标识"p1"重复（首次出现于 /0）',
          messageEn: 'Duplicate id "p1" in units (first at /0)',
        },
      },
    ]);
  });

  it("a long id is cut to 40 characters in the issue; three of one id are two duplicates of the first", () => {
    const long = "9".repeat(45);
    const lists = buildAnnualLists([unit(long), unit("y"), unit(long), unit(long)], { year: 2026 });
    expect(lists.duplicates!.map((d) => [d.index, d.firstIndex, d.issue.params.received])).toEqual([
      [2, 0, `${"9".repeat(40)}…`],
      [3, 0, `${"9".repeat(40)}…`],
    ]);
    expect(lists.duplicates![0]!.id).toBe(long);
  });

  it("no repeated id: no duplicates field at all", () => {
    expect("duplicates" in buildAnnualLists([unit("a"), unit("b")], { year: 2026 })).toBe(false);
  });
});

describe("buildAnnualLists — what it refuses", () => {
  it("a year that is not a whole number 1–9999", () => {
    for (const year of [0, -1, 10000, 2026.5, Number.NaN]) {
      const e = thrownAs(InvalidDateError, () => buildAnnualLists([], { year }));
      expect(e.message).toContain("year must be a whole number 1–9999");
    }
    expect(buildAnnualLists([], { year: 1 }).asOf).toBe("0001-12-31");
    expect(buildAnnualLists([], { year: 9999 }).asOf).toBe("9999-12-31");
  });

  it("an asOf outside the library's range (1000-01-01 to 8999-12-31) is refused, even within the year", () => {
    expect(() => buildAnnualLists([], { year: 999, asOf: "0999-06-30" })).toThrow(InvalidDateError);
    expect(() => buildAnnualLists([], { year: 9000, asOf: "9000-06-30" })).toThrow(InvalidDateError);
    expect(buildAnnualLists([], { year: 1000, asOf: "1000-06-30" }).asOf).toBe("1000-06-30");
  });

  it("an asOf outside the year names the year", () => {
    const e = thrownAs(InvalidDateError, () => buildAnnualLists([], { year: 2026, asOf: "2027-01-01" }));
    expect(e.message).toContain("asOf must lie within the list's year 2026");
  });

  it("a mode other than as-of and any-time", () => {
    const e = thrownAs(TypeError, () => buildAnnualLists([], { year: 2026, mode: "sometimes" as never }));
    expect(e.message).toBe('buildAnnualLists: mode must be "as-of" or "any-time", got "sometimes"');
  });

  it("raw input is refused (unit_not_parsed)", () => {
    expect(() => buildAnnualLists([{ id: "r" } as unknown as Unit], { year: 2026 })).toThrow(expect.objectContaining({ code: "unit_not_parsed" }));
  });
});

describe("buildAnnualLists — order and roles", () => {
  it("sorted by UTF-16 code units, not locale: upper case before lower case, digits first", () => {
    const ids = ["b", "B", "a", "10", "2", "A"];
    const lists = buildAnnualLists(ids.map((id) => unit(id, C)), { year: 2026 });
    expect(lists.producers.key.map((e) => e.id)).toEqual(["10", "2", "A", "B", "a", "b"]);
  });

  it("a seller only is on the seller lists only; routine and trigger units on none", () => {
    const lists = buildAnnualLists([unit("s", { ...D, roles: ["seller"] }), unit("r", { riskEvents: [{ id: "n", date: "2026-01-01", severity: "minor", kind: "other" }] }), unit("t")], { year: 2026 });
    expect(lists.sellers.special.map((e) => e.id)).toEqual(["s"]);
    expect(lists.producers).toEqual({ key: [], special: [] });
    expect(lists.sellers.key).toEqual([]);
  });

  it("an entry holds the unit's id, name, level and the reasons of its classification", () => {
    const [e] = buildAnnualLists([unit("k", C)], { year: 2026, asOf: "2026-06-30" }).producers.key;
    expect(e).toEqual({ id: "k", name: "单位k", level: "key", reasons: [expect.objectContaining({ rule: "key.credit", fired: true })] });
  });
});

describe("buildAnnualLists — any-time", () => {
  it("key from January, special from May: on the special list once, with the special stretch's reasons and both periods", () => {
    // Majors on 2025-06-01 and 2025-09-01 (two: key), a third on 2026-05-01 (special from then).
    const u = unit("p", { roles: ["producer", "seller"], riskEvents: [major("m1", "2025-06-01"), major("m2", "2025-09-01"), major("m3", "2026-05-01")] });
    const lists = buildAnnualLists([u], { year: 2026, asOf: "2026-11-20", mode: "any-time" });
    for (const pair of [lists.producers, lists.sellers]) {
      expect(pair.key).toEqual([]);
      expect(pair.special).toHaveLength(1);
      const e = pair.special[0]!;
      expect(e.level).toBe("special");
      expect(e.periods).toEqual([
        { level: "key", from: "2026-01-01", to: "2026-04-30" },
        { level: "special", from: "2026-05-01", to: "2026-11-20" },
      ]);
      expect(e.reasons.map((r) => r.rule)).toEqual(["special.major-risks", "key.risk"]);
      expect(e.reasons[0]!.facts).toEqual(["m1", "m2", "m3"]);
    }
  });

  it("special, then key, then special again: the reasons are those of the latest special stretch", () => {
    // Credit D on 2026-01-01 makes it special to the end; three majors make it special earlier too.
    const u = unit("q", {
      riskEvents: [major("a", "2024-01-10"), major("b", "2024-06-01"), major("c", "2024-12-01")],
      creditRisk: { grade: "D", asOf: "2026-03-01" },
    });
    // a leaves the window on 2026-01-11 (2026-01-11 − 2 years = 2024-01-11): key until the credit class arrives.
    const [e] = buildAnnualLists([u], { year: 2026, mode: "any-time" }).producers.special;
    expect(e!.periods).toEqual([
      { level: "special", from: "2026-01-01", to: "2026-01-10" },
      { level: "key", from: "2026-01-11", to: "2026-02-28" },
      { level: "special", from: "2026-03-01", to: "2026-12-31" },
    ]);
    expect(e!.reasons.map((r) => r.rule)).toEqual(["special.credit", "key.risk"]);
  });

  it("routine or trigger all year: on no list; key at some time: on the key list", () => {
    const lists = buildAnnualLists([unit("t"), unit("k", { creditRisk: { grade: "C", asOf: "2026-12-31" } })], { year: 2026, mode: "any-time" });
    expect(lists.producers.key.map((e) => [e.id, e.level, e.periods])).toEqual([["k", "key", [{ level: "key", from: "2026-12-31", to: "2026-12-31" }]]]);
    expect(lists.producers.special).toEqual([]);
  });
});
