import { describe, expect, it } from "vitest";
import { _labelTable } from "./label-table";

describe("_labelTable", () => {
  it("returns the table, frozen with each of its labels", () => {
    const entries = { producer: { zh: "生产单位", en: "producer" }, seller: { zh: "销售单位", en: "seller" } };
    const table = _labelTable<"producer" | "seller">(entries);
    expect(table).toBe(entries);
    expect(table.seller).toEqual({ zh: "销售单位", en: "seller" });
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table.producer)).toBe(true);
    expect(() => {
      (table.producer as { zh: string }).zh = "x";
    }).toThrow(TypeError);
  });
});
