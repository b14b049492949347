import { describe, expect, it } from "vitest";
import { _pad2, _padYear } from "./pad";

describe("_padYear", () => {
  it("writes four digits (ISO 8601 years 0001–9999)", () => {
    expect(_padYear(1)).toBe("0001");
    expect(_padYear(99)).toBe("0099");
    expect(_padYear(999)).toBe("0999");
    expect(_padYear(2026)).toBe("2026");
    expect(_padYear(9999)).toBe("9999");
  });
});

describe("_pad2", () => {
  it("writes two digits", () => {
    expect(_pad2(0)).toBe("00");
    expect(_pad2(1)).toBe("01");
    expect(_pad2(9)).toBe("09");
    expect(_pad2(10)).toBe("10");
    expect(_pad2(53)).toBe("53");
  });
});
