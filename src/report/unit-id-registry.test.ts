import { describe, expect, it } from "vitest";
import { buildAnnualLists, buildSupervisionReport, createReportBuilder, createUnitIdRegistry, dataEntryOrder, validate, type Unit } from "../index";

const USCC = "91350100M000100Y43";
const unit = (id: string, name = "南京某燃气具有限公司"): Unit => {
  const r = validate("unit", { id, name, uscc: USCC, roles: ["producer"] });
  if (!r.ok) throw new Error("fixture");
  return r.value;
};

describe("createUnitIdRegistry — one rule for repeated unit ids (issue 14)", () => {
  it("the first record wins; a later one is invalid with duplicate_id naming both locations", () => {
    const ids = createUnitIdRegistry();
    expect(ids.claim("NJ01", { file: "a.ndjson", index: 0, line: 1, pointer: "", id: "NJ01" })).toBeUndefined();
    const row = ids.claim("NJ01", { file: "b.json", index: 7, pointer: "/units/3", id: "NJ01" })!;
    expect(row).toEqual({
      location: { file: "b.json", index: 7, pointer: "/units/3", id: "NJ01" },
      kind: "invalid",
      issues: [
        {
          path: "/id",
          code: "duplicate_id",
          params: { list: "units", received: "NJ01", path: "a.ndjson:1" },
          message: 'units 中的标识"NJ01"重复（首次出现于 a.ndjson:1）',
          messageEn: 'Duplicate id "NJ01" in units (first at a.ndjson:1)',
        },
      ],
      firstLocation: { file: "a.ndjson", index: 0, line: 1, pointer: "", id: "NJ01" },
    });
    expect(ids.firstOf("NJ01")).toEqual({ file: "a.ndjson", index: 0, line: 1, pointer: "", id: "NJ01" });
    expect(ids.size).toBe(1);
    // The first record itself, claimed again, is not a repeat.
    expect(ids.claim("NJ01", { file: "a.ndjson", index: 0, line: 1, pointer: "" })).toBeUndefined();
    // Ids are compared whole (not cut for display).
    expect(ids.claim(`${"x".repeat(100)}1`, { file: "a", index: 1, pointer: "" })).toBeUndefined();
    expect(ids.claim(`${"x".repeat(100)}2`, { file: "a", index: 2, pointer: "" })).toBeUndefined();
  });

  it("the report builder: an invalid record claims its id too, so a later valid unit with it is left out", () => {
    const b = createReportBuilder({ asOf: "2026-11-20" });
    b.addInvalid({ location: { file: "u.ndjson", index: 0, line: 1, pointer: "", id: "A" }, kind: "invalid", issues: [] });
    expect(b.add(unit("A"), { file: "u.ndjson", index: 1, line: 2, pointer: "", id: "A" })).toBe(false);
    expect(b.add(unit("B"), { file: "u.ndjson", index: 2, line: 3, pointer: "", id: "B" })).toBe(true);
    expect(b.add(unit("B", "改名"), { file: "u.ndjson", index: 3, line: 4, pointer: "", id: "B" })).toBe(false);
    const r = b.finish();
    expect(r.totals).toMatchObject({ records: 4, units: 1, invalid: 3 });
    expect(r.invalid.slice(1).map((i) => [i.location.line, i.issues[0]!.code, i.issues[0]!.params.path, i.firstLocation?.line])).toEqual([
      [2, "duplicate_id", "u.ndjson:1", 1],
      [4, "duplicate_id", "u.ndjson:3", 3],
    ]);
  });
});

describe("the library helpers that take many units keep the first of a repeated id (issue 14)", () => {
  const special = (id: string, name: string): Unit => {
    const r = validate("unit", {
      id,
      name,
      uscc: USCC,
      roles: ["producer"],
      riskEvents: [1, 2, 3].map((i) => ({ id: `r${i}`, date: `2026-0${i}-01`, severity: "major", kind: "other" })),
    });
    if (!r.ok) throw new Error("fixture");
    return r.value;
  };

  it("buildAnnualLists lists the repeat under duplicates, with both places", () => {
    const lists = buildAnnualLists([special("A", "甲"), special("B", "乙"), special("A", "甲二")], { year: 2026, asOf: "2026-11-20" });
    expect(lists.producers.special.map((e) => [e.id, e.name])).toEqual([
      ["A", "甲"],
      ["B", "乙"],
    ]);
    expect(lists.duplicates).toEqual([
      {
        id: "A",
        index: 2,
        firstIndex: 0,
        issue: expect.objectContaining({ path: "/2/id", code: "duplicate_id", params: { list: "units", received: "A", path: "/0" }, message: 'units 中的标识"A"重复（首次出现于 /0）' }),
      },
    ]);
    expect(buildAnnualLists([special("A", "甲")], { year: 2026, asOf: "2026-11-20" }).duplicates).toBeUndefined();
  });

  it("dataEntryOrder gives each id once, the first unit with it", () => {
    const units = [unit("A", "甲"), unit("B", "乙"), unit("A", "甲二")];
    expect(dataEntryOrder(units).map((u) => u.name)).toEqual(["甲", "乙"]);
  });

  it("buildSupervisionReport lists the repeat as an invalid record", () => {
    const r = buildSupervisionReport([unit("A", "甲"), unit("A", "甲二")], { asOf: "2026-11-20" });
    expect(r.totals).toMatchObject({ units: 1, invalid: 1 });
    expect(r.invalid[0]!.issues[0]).toMatchObject({ code: "duplicate_id", params: { path: "#1" } });
  });
});
