import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { _isPlainObject } from "./is-plain-object";

describe("_isPlainObject", () => {
  it("accepts object literals, JSON.parse objects and null-prototype objects", () => {
    expect(_isPlainObject({})).toBe(true);
    expect(_isPlainObject({ a: 1, b: [2] })).toBe(true);
    expect(_isPlainObject(JSON.parse('{"a":{"b":1}}'))).toBe(true);
    expect(_isPlainObject(Object.create(null))).toBe(true);
    expect(_isPlainObject(Object.freeze({ x: 1 }))).toBe(true);
  });
  it("accepts a plain object of another realm, and rejects that realm's arrays and dates", () => {
    expect(_isPlainObject(runInNewContext("({ a: 1 })"))).toBe(true);
    expect(_isPlainObject(runInNewContext("Object.create(null)"))).toBe(true);
    expect(_isPlainObject(runInNewContext("[1, 2]"))).toBe(false);
    expect(_isPlainObject(runInNewContext("new Date(0)"))).toBe(false);
  });
  it("rejects arrays, class instances, built-in objects and primitives", () => {
    class Point {
      x = 1;
    }
    for (const v of [[], [1], new Point(), new Date(0), new Map(), new Set(), /x/, new String("s"), new Number(1), Promise.resolve(), new Uint8Array(1), () => 1, null, undefined, "s", 1, true, 1n, Symbol("s")]) {
      expect(_isPlainObject(v), String(typeof v === "symbol" ? "symbol" : v)).toBe(false);
    }
  });
  it("rejects an array whose prototype was removed", () => {
    expect(_isPlainObject(Object.setPrototypeOf([1], null))).toBe(false);
  });
});
