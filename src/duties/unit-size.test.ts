import { describe, expect, it } from "vitest";
import { definePolicy, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { DutiesInputError } from "./errors";
import { classifyUnitSize, unitSize, unitSizeWithReasons } from "./unit-size";

// Thresholds: FACTS.md §1 and 统计上大中小微型企业划分办法（2017）. 400 million yuan = 40000 万元.
describe("classifyUnitSize", () => {
  const p = (staff: number, revenueWan: number, combine?: "all" | "any") =>
    classifyUnitSize({ sector: "producer", staff, revenueWan }, combine ? { combine } : {});

  it("producers: large needs 1000 staff and 40000 万元 (both, by default)", () => {
    expect(p(1000, 40000)).toBe("large");
    expect(p(999, 40000)).toBe("medium");
    expect(p(1000, 39999.99)).toBe("medium");
    expect(p(300, 2000)).toBe("medium");
    expect(p(299, 40000)).toBe("small");
    expect(p(300, 1999)).toBe("small");
    expect(p(20, 300)).toBe("small");
    expect(p(19, 40000)).toBe("micro");
    expect(p(5000, 299)).toBe("micro");
    expect(p(0, 0)).toBe("micro");
  });

  it('producers under "any": one bound is enough', () => {
    expect(p(999, 40000, "any")).toBe("large");
    expect(p(1000, 0, "any")).toBe("large");
    expect(p(299, 1999, "any")).toBe("small");
    expect(p(300, 0, "any")).toBe("medium");
    expect(p(19, 299, "any")).toBe("micro");
  });

  it("wholesale: 200 / 40000, 20 / 5000, 5 / 1000", () => {
    const w = (staff: number, revenueWan: number) => classifyUnitSize({ sector: "wholesale", staff, revenueWan });
    expect(w(200, 40000)).toBe("large");
    expect(w(199, 40000)).toBe("medium");
    expect(w(20, 5000)).toBe("medium");
    expect(w(20, 4999)).toBe("small");
    expect(w(5, 1000)).toBe("small");
    expect(w(4, 1000)).toBe("micro");
  });

  it("retail: 300 / 20000, 50 / 500, 10 / 100", () => {
    const r = (staff: number, revenueWan: number) => classifyUnitSize({ sector: "retail", staff, revenueWan });
    expect(r(300, 20000)).toBe("large");
    expect(r(300, 19999)).toBe("medium");
    expect(r(50, 500)).toBe("medium");
    expect(r(49, 500)).toBe("small");
    expect(r(10, 100)).toBe("small");
    expect(r(10, 99)).toBe("micro");
  });

  it("follows the policy's combine", () => {
    const any = definePolicy(nanjing2023, { duties: { unitSize: { combine: "any" } } });
    expect(classifyUnitSize({ sector: "producer", staff: 999, revenueWan: 40000 }, { policy: any })).toBe("large");
  });

  it("rejects bad input with the offending value", () => {
    const bad = (input: unknown) => () => classifyUnitSize(input as never);
    expect(bad({ sector: "producer", staff: -1, revenueWan: 0 })).toThrow(DutiesInputError);
    expect(bad({ sector: "producer", staff: 1.5, revenueWan: 0 })).toThrow(DutiesInputError);
    expect(bad({ sector: "producer", staff: Number.NaN, revenueWan: 0 })).toThrow(DutiesInputError);
    expect(bad({ sector: "producer", staff: 1, revenueWan: -0.5 })).toThrow(DutiesInputError);
    expect(bad({ sector: "producer", staff: 1, revenueWan: Number.POSITIVE_INFINITY })).toThrow(DutiesInputError);
    expect(bad({ sector: "farm", staff: 1, revenueWan: 1 })).toThrow(DutiesInputError);
    const caught = (() => {
      try {
        classifyUnitSize({ sector: "producer", staff: -3, revenueWan: 0 });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(caught).toBeInstanceOf(DutiesInputError);
    expect(caught).toMatchObject({ field: "staff", value: -3, code: "invalid_duties_input" });
    expect((caught as DutiesInputError).messageZh).toContain("-3");
  });
});

describe("unitSize", () => {
  it("a declared size wins over staff and revenue", () => {
    expect(unitSize(_unit({ size: "small", staff: 5000, revenueWan: 90000 }))).toBe("small");
    expect(unitSizeWithReasons(_unit({ size: "small" })).source).toBe("declared");
  });

  it("derives a producer's size on the industry thresholds", () => {
    const u = _unit({ roles: ["producer", "seller"], staff: 350, revenueWan: 3000 });
    const d = unitSizeWithReasons(u);
    expect(d).toMatchObject({ size: "medium", source: "derived", sector: "producer" });
    expect(d.reasons[0]!.facts).toEqual(["/staff", "/revenueWan"]);
  });

  it("sizes a seller-only unit as wholesale by default, retail when the policy says so", () => {
    const u = _unit({ roles: ["seller"], staff: 350, revenueWan: 3000 });
    // wholesale medium needs 5000 万元; small needs 5 staff and 1000 万元
    expect(unitSizeWithReasons(u)).toMatchObject({ size: "small", sector: "wholesale" });
    const retail = definePolicy(nanjing2023, { duties: { unitSize: { sellerSector: "retail" } } });
    // retail medium: 50 staff and 500 万元; large needs 20000 万元
    expect(unitSizeWithReasons(u, { policy: retail })).toMatchObject({ size: "medium", sector: "retail" });
    expect(unitSizeWithReasons(u).reasons[0]!.citation.reading).toBe(true);
  });

  it("is unknown without a size and with staff or revenue missing", () => {
    expect(unitSize(_unit({ staff: 2000 }))).toBeUndefined();
    expect(unitSize(_unit({ revenueWan: 50000 }))).toBeUndefined();
    expect(unitSizeWithReasons(_unit()).source).toBe("unknown");
  });
});
