import { describe, expect, it } from "vitest";
import { InvalidDateError } from "../dates";
import { UnitSchema, type Unit, type UnitInput } from "../entities";
import { anhui2023 } from "../policy";
import { buildAnnualLists } from "./annual-lists";

function unit(id: string, over: Partial<UnitInput> = {}): Unit {
  return UnitSchema.parse({ id, name: `单位${id}`, uscc: "91350100M000100Y43", roles: ["producer"], ...over });
}
const major = (id: string, date: string) => ({ id, date, severity: "major" as const, kind: "sampling-failure" as const });

// 二（七）: "对实施重点监管、特别监管的，分别建立生产、销售单位年度名单"
describe("buildAnnualLists", () => {
  const units = [
    unit("p9", { creditRisk: { grade: "D", asOf: "2026-03-01" } }), // special producer
    unit("s2", { roles: ["seller"], riskEvents: [{ id: "r1", date: "2026-02-01", severity: "significant", kind: "verified-complaint" }] }), // key seller
    unit("b5", { roles: ["producer", "seller"], creditRisk: { grade: "C", asOf: "2026-01-05" } }), // key, both roles
    unit("p1", { riskEvents: [major("a", "2025-01-01"), major("b", "2025-06-01"), major("c", "2026-11-30")] }), // special producer
    unit("r0", { riskEvents: [{ id: "m", date: "2026-01-01", severity: "minor", kind: "other" }] }), // routine
    unit("t0", { roles: ["seller"] }), // trigger
  ];

  it("separate producer and seller lists, sorted by unit id; a unit with both roles on both", () => {
    const lists = buildAnnualLists(units, { year: 2026 });
    expect(lists.year).toBe(2026);
    expect(lists.asOf).toBe("2026-12-31");
    expect(lists.producers.special.map((e) => e.id)).toEqual(["p1", "p9"]);
    expect(lists.producers.key.map((e) => e.id)).toEqual(["b5"]);
    expect(lists.sellers.special).toEqual([]);
    expect(lists.sellers.key.map((e) => e.id)).toEqual(["b5", "s2"]);
    const p1 = lists.producers.special[0]!;
    expect(p1).toMatchObject({ id: "p1", name: "单位p1", level: "special" });
    expect(p1.reasons.map((r) => r.rule)).toEqual(["special.major-risks", "key.risk"]);
    expect(lists.policy).toEqual({ id: "nanjing2023", version: "1.1.0" });
  });

  it("classifies as of asOf: p1's third major risk (2026-11-30) is not yet found on 2026-06-30", () => {
    const lists = buildAnnualLists(units, { year: 2026, asOf: "2026-06-30" });
    expect(lists.producers.special.map((e) => e.id)).toEqual(["p9"]);
    expect(lists.producers.key.map((e) => e.id)).toEqual(["b5", "p1"]);
  });

  it("the first and last days of the year are allowed; other years are an error", () => {
    expect(buildAnnualLists(units, { year: 2026, asOf: "2026-01-01" }).asOf).toBe("2026-01-01");
    expect(buildAnnualLists(units, { year: 2026, asOf: "2026-12-31" }).asOf).toBe("2026-12-31");
    expect(() => buildAnnualLists(units, { year: 2026, asOf: "2025-12-31" })).toThrow(InvalidDateError);
    expect(() => buildAnnualLists(units, { year: 2026, asOf: "2027-01-01" })).toThrow(InvalidDateError);
    expect(() => buildAnnualLists(units, { year: 2026.5 })).toThrow(InvalidDateError);
  });

  it("an empty input gives empty lists; a year without data gives empty lists", () => {
    expect(buildAnnualLists([], { year: 2024 })).toMatchObject({ producers: { key: [], special: [] }, sellers: { key: [], special: [] } });
    expect(buildAnnualLists(units, { year: 2020 }).producers).toEqual({ key: [], special: [] });
  });

  it("takes a policy", () => {
    const lists = buildAnnualLists(units, { year: 2026, policy: anhui2023 });
    expect(lists.policy.id).toBe("anhui2023");
    // Under Anhui, p1's three failed samplings within 2 years (2025-01-01 … 2026-11-30) make special.
    expect(lists.producers.special.map((e) => e.id)).toEqual(["p1", "p9"]);
  });
});
