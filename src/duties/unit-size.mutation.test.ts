import { describe, expect, it } from "vitest";
import { UNIT_SIZE_SECTORS, definePolicy, nanjing2023 } from "../policy";
import { _unit } from "./_fixture";
import { DutiesInputError } from "./errors";
import { classifyUnitSize, unitSize, unitSizeWithReasons } from "./unit-size";

// 统计上大中小微型企业划分办法（2017） (FACTS.md §1): industry large 1000 staff / 40000 万元,
// medium 300 / 2000, small 20 / 300; wholesale 200 / 40000, 20 / 5000, 5 / 1000. Both bounds by
// default ("须同时满足所列指标的下限"); `any` a named option. Error wording: the message
// table's invalid_duties_input (src/entities/messages; an error sentence ends in 。 or .). Size names: the label table.
const u = nanjing2023.duties.unitSize;
function refusal(input: unknown): DutiesInputError {
  try {
    classifyUnitSize(input as never);
  } catch (e) {
    if (e instanceof DutiesInputError) return e;
    throw e;
  }
  throw new Error("not refused");
}

describe("classifyUnitSize — what it refuses", () => {
  it("an unknown sector: the sectors allowed", () => {
    const e = refusal({ sector: "farm", staff: 1, revenueWan: 1 });
    expect(e).toMatchObject({ field: "sector", value: "farm", params: { values: ["producer", "wholesale", "retail"], received: '"farm"' } });
    expect(e.messageZh).toBe('sector 的值 "farm" 无效：应为producer、wholesale、retail之一。');
    expect(e.message).toBe('Invalid sector "farm": expected one of producer, wholesale, retail.');
    expect(refusal(undefined).field).toBe("sector");
  });

  it("staff: a whole number ≥ 0, not a string, not beyond safe integers", () => {
    const e = refusal({ sector: "producer", staff: -3, revenueWan: 0 });
    expect(e.params).toMatchObject({ expected: "integer", min: 0 });
    expect(e.messageZh).toBe("staff 的值 -3 无效：应为不小于0的整数。");
    expect(e.message).toBe("Invalid staff -3: expected a whole number ≥ 0.");
    expect(refusal({ sector: "producer", staff: "5", revenueWan: 0 }).field).toBe("staff");
    expect(refusal({ sector: "producer", staff: 2 ** 53, revenueWan: 0 }).field).toBe("staff");
    expect(classifyUnitSize({ sector: "producer", staff: 0, revenueWan: 0 })).toBe("micro");
    expect(classifyUnitSize({ sector: "producer", staff: Number.MAX_SAFE_INTEGER, revenueWan: 40000 })).toBe("large");
  });

  it("revenue: a finite number ≥ 0 in 万元, not a string", () => {
    const e = refusal({ sector: "producer", staff: 1, revenueWan: -0.5 });
    expect(e.params).toMatchObject({ field: "revenueWan", expected: "number", min: 0 });
    expect(e.messageZh).toBe("revenueWan 的值 -0.5 无效：应为不小于0的有限数（万元）。");
    expect(e.message).toBe("Invalid revenueWan -0.5: expected a finite number ≥ 0 (万元).");
    expect(refusal({ sector: "producer", staff: 1, revenueWan: "300" }).field).toBe("revenueWan");
    expect(refusal({ sector: "producer", staff: 1, revenueWan: Number.NaN }).field).toBe("revenueWan");
    expect(classifyUnitSize({ sector: "producer", staff: 20, revenueWan: 300.5 })).toBe("small");
  });
});

describe("classifyUnitSize — combine", () => {
  it("the option overrides the policy both ways", () => {
    const any = definePolicy(nanjing2023, { duties: { unitSize: { combine: "any" } } });
    expect(classifyUnitSize({ sector: "producer", staff: 999, revenueWan: 40000 }, { policy: any, combine: "all" })).toBe("medium");
    expect(classifyUnitSize({ sector: "producer", staff: 999, revenueWan: 40000 }, { combine: "any" })).toBe("large");
  });

  it('"any": either bound at each class', () => {
    const a = (staff: number, revenueWan: number) => classifyUnitSize({ sector: "producer", staff, revenueWan }, { combine: "any" });
    expect(a(0, 40000)).toBe("large");
    expect(a(0, 2000)).toBe("medium");
    expect(a(299, 0)).toBe("small");
    expect(a(0, 300)).toBe("small");
    expect(a(20, 0)).toBe("small");
    expect(a(19, 299.99)).toBe("micro");
  });

  it('"all": the revenue bound alone is not enough at any class', () => {
    const a = (staff: number, revenueWan: number) => classifyUnitSize({ sector: "producer", staff, revenueWan });
    expect(a(999, 40000)).toBe("medium");
    expect(a(299, 2000)).toBe("small");
    expect(a(19, 300)).toBe("micro");
    expect(a(20, 299)).toBe("micro");
  });
});

describe("unitSizeWithReasons — what the reasons say", () => {
  it("declared: the size's name, the fact /size", () => {
    const d = unitSizeWithReasons(_unit({ size: "small" }));
    expect(d).toEqual({
      size: "small",
      source: "declared",
      reasons: [{ rule: "size.declared", facts: ["/size"], citation: u.citation, message: "企业规模按申报为小型", messageEn: "Size as declared: small" }],
    });
  });

  it("derived for a producer: the industry thresholds, both bounds", () => {
    const d = unitSizeWithReasons(_unit({ staff: 350, revenueWan: 3000 }));
    expect(d).toMatchObject({ size: "medium", source: "derived", sector: "producer" });
    expect(d.reasons).toHaveLength(1);
    expect(d.reasons[0]).toMatchObject({ rule: "size.derived", facts: ["/staff", "/revenueWan"], citation: u.citation });
    expect(d.reasons[0]!.message).toBe("按工业标准，从业人员350人、营业收入3000万元，须同时满足下限：中型");
    expect(d.reasons[0]!.messageEn).toBe("By the producer thresholds, 350 staff and revenue 3000 万元 (both bounds needed): medium");
  });

  it("derived for a seller: wholesale (a reading) citing the seller-sector reading; retail by policy; either bound by policy", () => {
    const seller = _unit({ roles: ["seller"], staff: 30, revenueWan: 6000 });
    const w = unitSizeWithReasons(seller);
    expect(w.reasons[0]!.citation).toEqual(u.sellerSectorCitation);
    expect(w.reasons[0]!.message).toBe("按批发业标准，从业人员30人、营业收入6000万元，须同时满足下限：中型");
    const retailAny = definePolicy(nanjing2023, { duties: { unitSize: { sellerSector: "retail", combine: "any" } } });
    const r = unitSizeWithReasons(seller, { policy: retailAny });
    // Retail under "any": 6000 万元 is short of large (20000), 30 staff short of medium (50), 500 万元 met.
    expect(r).toMatchObject({ size: "medium", sector: "retail" });
    expect(r.reasons[0]!.message).toBe("按零售业标准，从业人员30人、营业收入6000万元，满足任一下限：中型");
    expect(r.reasons[0]!.messageEn).toBe("By the retail thresholds, 30 staff and revenue 6000 万元 (either bound enough): medium");
  });

  it("unknown: no size, the reason says what is missing", () => {
    const d = unitSizeWithReasons(_unit({ staff: 10 }));
    expect(d).toEqual({
      source: "unknown",
      reasons: [
        {
          rule: "size.unknown",
          facts: [],
          citation: u.citation,
          message: "企业规模无法确定：未申报规模，且从业人员、营业收入不全",
          messageEn: "Size unknown: no declared size, and staff or revenue missing",
        },
      ],
    });
    expect(unitSize(_unit({ staff: 10 }))).toBeUndefined();
    expect(unitSize(_unit({ staff: 0, revenueWan: 0 }))).toBe("micro");
  });

  it("unitSize follows the policy", () => {
    const any = definePolicy(nanjing2023, { duties: { unitSize: { combine: "any" } } });
    expect(unitSize(_unit({ staff: 1000, revenueWan: 0 }), { policy: any })).toBe("large");
    expect(unitSize(_unit({ staff: 1000, revenueWan: 0 }))).toBe("micro");
  });
});

describe("classifyUnitSize — the refusal's params are the caller's", () => {
  it("changing them leaves the library's list of sectors alone", () => {
    const e = refusal({ sector: "farm", staff: 1, revenueWan: 1 });
    (e.params.values as unknown[]).push("farm");
    expect(UNIT_SIZE_SECTORS).toEqual(["producer", "wholesale", "retail"]);
    expect(refusal({ sector: "farm", staff: 1, revenueWan: 1 }).params.values).toEqual(["producer", "wholesale", "retail"]);
  });
});
