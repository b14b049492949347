import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _packStrings, _unpackStrings } from "./pack";

describe("the page's data packing", () => {
  it("stores a repeated string once and objects of a list as a table", () => {
    const quote = "对近2年内发现3次及以上重大质量安全风险或者信用风险高的生产和销售单位，实施特别监管";
    const packed = _packStrings({ a: [{ q: quote, n: 1 }, { q: quote, m: null }], b: quote });
    expect(packed.s).toEqual([quote]);
    expect(packed.d).toEqual({ a: ["~o", ["q", "n", "m"], ["~0", 1, "~u"], ["~0", "~u", null]], b: "~0" });
    expect(_unpackStrings(packed)).toEqual({ a: [{ q: quote, n: 1 }, { q: quote, m: null }], b: quote });
  });
  it("keeps data strings that look like its markers", () => {
    const value = { x: ["~0", "~~", "~o", "~u", "~"], y: [["~o", "k"]] };
    expect(_unpackStrings(_packStrings(value))).toEqual(value);
  });
  it("gives back any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const plain = JSON.parse(JSON.stringify(v)) as unknown;
        expect(_unpackStrings(JSON.parse(JSON.stringify(_packStrings(plain, 1))) as never)).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });
});
