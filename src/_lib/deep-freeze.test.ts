import { describe, expect, it } from "vitest";
import { _deepFreeze, _isDeepFrozen } from "./deep-freeze";

describe("_deepFreeze", () => {
  it("freezes the value and everything below it, and returns it", () => {
    const value = { a: { b: [1, { c: "x" }] }, d: [[2]] };
    expect(_deepFreeze(value)).toBe(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen(value.a)).toBe(true);
    expect(Object.isFrozen(value.a.b)).toBe(true);
    expect(Object.isFrozen(value.a.b[1])).toBe(true);
    expect(Object.isFrozen(value.d[0])).toBe(true);
    expect(() => {
      (value.a.b as unknown[]).push(3);
    }).toThrow(TypeError);
  });
  it("walks into an object that is already frozen (a shared citation) and freezes its children", () => {
    const child = { quote: "…" };
    const shared = Object.freeze({ child });
    const value = { citation: shared };
    _deepFreeze(value);
    expect(Object.isFrozen(child)).toBe(true);
  });
  it("leaves primitives and null alone", () => {
    for (const v of [null, undefined, 1, "s", true]) expect(_deepFreeze(v)).toBe(v);
  });
});

describe("_isDeepFrozen", () => {
  it("is true only when every object reachable is frozen", () => {
    expect(_isDeepFrozen(_deepFreeze({ a: [{ b: 1 }] }))).toBe(true);
    expect(_isDeepFrozen(Object.freeze({ a: { b: 1 } }))).toBe(false);
    expect(_isDeepFrozen(Object.freeze({ a: Object.freeze([{ b: 1 }]) }))).toBe(false);
    expect(_isDeepFrozen({})).toBe(false);
  });
  it("is true for primitives and null (they cannot change)", () => {
    for (const v of [null, undefined, 1, "s", false]) expect(_isDeepFrozen(v)).toBe(true);
  });
});
