import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringifyCached } from "./json-lines";

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === "object") {
    for (const x of Object.values(v)) deepFreeze(x);
    Object.freeze(v);
  }
  return v;
}

describe("stringifyCached", () => {
  it("gives exactly JSON.stringify's text for any JSON value, frozen or not (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, freeze) => {
        const v = freeze ? deepFreeze(structuredClone(value)) : value;
        expect(stringifyCached(v)).toBe(JSON.stringify(v));
        expect(stringifyCached(v)).toBe(JSON.stringify(v)); // again, from the cache
      }),
      { numRuns: 500 },
    );
  });
  it("omits undefined properties, writes null for undefined array items and non-finite numbers", () => {
    const v = { a: undefined, b: [undefined, Number.NaN, 1], c: "中文\n" };
    expect(stringifyCached(v)).toBe(JSON.stringify(v));
  });
  it("does not cache a frozen object whose child can still change", () => {
    const child = { n: 1 };
    const parent = Object.freeze({ child });
    expect(stringifyCached(parent)).toBe('{"child":{"n":1}}');
    child.n = 2;
    expect(stringifyCached(parent)).toBe('{"child":{"n":2}}');
  });
});
