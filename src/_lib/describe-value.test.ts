import { describe, expect, it } from "vitest";
import { describeValue } from "./describe-value";

describe("describeValue", () => {
  it("quotes strings as JSON", () => {
    expect(describeValue("2025-02-30")).toBe('"2025-02-30"');
    expect(describeValue('a"b\n')).toBe('"a\\"b\\n"');
    expect(describeValue("")).toBe('""');
  });
  it("cuts strings longer than 40 characters", () => {
    expect(describeValue("x".repeat(40))).toBe(`"${"x".repeat(40)}"`);
    expect(describeValue("x".repeat(41))).toBe(`"${"x".repeat(40)}…"`);
  });
  it("names objects without reading them", () => {
    const hostile = new Proxy({}, { get: () => { throw new Error("read"); }, ownKeys: () => { throw new Error("keys"); } });
    expect(describeValue(hostile)).toBe("object");
    expect(describeValue({ a: 1 })).toBe("object");
    expect(describeValue([1, 2])).toBe("array");
    expect(describeValue(new Date(0))).toBe("Date object");
    expect(describeValue(null)).toBe("null");
  });
  it("writes other primitives as String() does", () => {
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(42)).toBe("42");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(true)).toBe("true");
    expect(describeValue(10n)).toBe("10");
    expect(describeValue(Symbol("s"))).toBe("Symbol(s)");
  });
});
