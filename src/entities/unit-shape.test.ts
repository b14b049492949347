import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  classifyUnit,
  createReportBuilder,
  isInScope,
  mechanismGaps,
  obligations,
  prefillChecklist,
  getChecklistTemplate,
  scopeWithReasons,
  staffingRequirements,
  UnitDataError,
  validate,
  type Unit,
} from "../index";
import { _assertParsedUnit } from "./unit-shape";

const RAW = { id: "NJ01", name: "南京某燃气具有限公司", uscc: "91350100M000100Y43", roles: ["producer"], products: { licences: [{ number: "XK08-001-04763", product: "燃气灶" }] } };

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error("did not throw");
}

describe("library misuse: a function that takes a Unit, given raw input (issue 14)", () => {
  it("throws a UnitDataError naming the missing field, never a bare TypeError", () => {
    const raw = RAW as unknown as Unit;
    for (const f of [
      () => classifyUnit(raw, { asOf: "2026-11-20" }),
      () => obligations(raw, { asOf: "2026-11-20" }),
      () => mechanismGaps(raw, { from: "2026-11-01", to: "2026-11-20" }),
      () => staffingRequirements(raw),
      () => scopeWithReasons(raw),
      () => prefillChecklist(getChecklistTemplate("producer-tasks"), raw, { asOf: "2026-11-20" }),
      () => createReportBuilder({ asOf: "2026-11-20" }).add(raw),
    ]) {
      const e = thrown(f);
      expect(e).toBeInstanceOf(UnitDataError);
      // products is there but its flags and categories are not: the first field the schema fills in.
      expect(e).toMatchObject({ code: "unit_not_parsed", unitId: "NJ01" });
      expect((e as UnitDataError).path).toMatch(/^\/products\//);
    }
  });

  it("isInScope no longer answers false silently", () => {
    const e = thrown(() => isInScope({ ...RAW, products: undefined } as unknown as Unit)) as UnitDataError;
    expect(e).toBeInstanceOf(UnitDataError);
    expect(e).toMatchObject({ code: "unit_not_parsed", path: "/products", expected: ["object"] });
    expect(e.messageZh).toBe('主体 "NJ01"，/products：主体数据未经解析：应为对象，实际为空；请传入 validate("unit", …) 返回的 value。');
    expect(e.message).toBe('Unit "NJ01", /products: The unit was not parsed: expected an object, got nothing; pass the value validate("unit", …) returns.');
    expect(e.params).toMatchObject({ expected: "object", received: "undefined" });
  });

  it("names a list of the wrong type, and a non-object", () => {
    const parsed = validate("unit", RAW);
    if (!parsed.ok) throw new Error("fixture");
    expect(thrown(() => classifyUnit({ ...parsed.value, riskEvents: "none" } as unknown as Unit, { asOf: "2026-11-20" }))).toMatchObject({ code: "unit_not_parsed", path: "/riskEvents", expected: ["array"] });
    expect(thrown(() => _assertParsedUnit(null))).toMatchObject({ code: "unit_not_parsed", path: "", expected: ["object"] });
    expect(thrown(() => _assertParsedUnit([]))).toMatchObject({ code: "unit_not_parsed", path: "" });
  });

  it("every unit validate returns passes (the demo data set)", () => {
    const demo = JSON.parse(readFileSync(new URL("../../examples/nanjing-demo.json", import.meta.url), "utf8")) as { units: unknown[] };
    for (const raw of demo.units) {
      const r = validate("unit", raw);
      if (!r.ok) throw new Error("demo unit invalid");
      expect(() => _assertParsedUnit(r.value)).not.toThrow();
    }
    const minimal = validate("unit", { id: "u", name: "n", uscc: "91350100M000100Y43", roles: ["seller"] });
    expect(minimal.ok && (() => _assertParsedUnit(minimal.value))).not.toThrow();
  });
});
