import { describe, expect, it } from "vitest";
import { DutiesInputError } from "./errors";

// DutiesInputError's contract (its TSDoc): a TypeError named "DutiesInputError", code
// "invalid_duties_input", the field and value given, params with the value shown, and the
// message table's sentences (src/entities/messages, invalid_duties_input).
describe("DutiesInputError", () => {
  it("carries its name, code, field, value, params and both sentences", () => {
    const e = new DutiesInputError("to", "2026-06-01", { earliest: "2026-06-02" });
    expect(e).toBeInstanceOf(TypeError);
    expect(e.name).toBe("DutiesInputError");
    expect(e.code).toBe("invalid_duties_input");
    expect(e.field).toBe("to");
    expect(e.value).toBe("2026-06-01");
    expect(e.params).toEqual({ earliest: "2026-06-02", field: "to", received: '"2026-06-01"' });
    expect(e.message).toBe('Invalid to "2026-06-01": expected a date on or after from (2026-06-02).');
    expect(e.messageZh).toBe('to 的值 "2026-06-01" 无效：应为不早于 from（2026-06-02）的日期。');
  });

  it("shows a value without reading inside it", () => {
    const e = new DutiesInputError("staff", { n: 1 }, { expected: "integer", min: 0 });
    expect(e.params.received).toBe("object");
    expect(e.value).toEqual({ n: 1 });
  });
});
