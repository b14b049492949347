import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError, lineColumnAt, lineExcerpt } from "./json-syntax";

describe("findJsonSyntaxError", () => {
  it("accepts valid JSON", () => {
    for (const t of ['{"a":[1,2,{"b":null}],"c":"x\\u00e9\\n"}', "[]", "{}", " 0 ", "-1.5e+3", '"中文"', "true", '[[[[]]]]', '{"a":{}}']) {
      expect(findJsonSyntaxError(t), t).toBeUndefined();
    }
  });
  it("finds a truncated document at its end (the last line and column)", () => {
    const text = '{\n  "units": [\n    {"id": "a"}';
    // 3 lines; the last, `    {"id": "a"}`, has 15 characters, so the end is column 16.
    expect(findJsonSyntaxError(text)).toMatchObject({ offset: text.length, line: 3, column: 16, kind: "syntax" });
    expect(findJsonSyntaxError("")).toMatchObject({ line: 1, column: 1 });
  });
  it("finds a trailing comma in an object and an array", () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n}')).toMatchObject({ line: 3, column: 1 });
    expect(findJsonSyntaxError("[1,2,\n3,]")).toMatchObject({ line: 2, column: 3 });
  });
  it("finds a bad token, a missing colon, a missing comma", () => {
    expect(findJsonSyntaxError('{"a":}')).toMatchObject({ offset: 5, line: 1, column: 6 });
    expect(findJsonSyntaxError('{"a" 1}')).toMatchObject({ offset: 5 });
    expect(findJsonSyntaxError("[1 2]")).toMatchObject({ offset: 3 });
    expect(findJsonSyntaxError('{\n "a": tru\n}')).toMatchObject({ line: 2, column: 10 });
    expect(findJsonSyntaxError("[01]")).toMatchObject({ offset: 2 });
    expect(findJsonSyntaxError("[1.]")).toMatchObject({ offset: 2 });
    expect(findJsonSyntaxError("{'a':1}")).toMatchObject({ offset: 1 });
  });
  it("finds a raw line break inside a string and an unterminated string", () => {
    expect(findJsonSyntaxError('{"a":"x\ny"}')).toMatchObject({ offset: 7, line: 1, column: 8 });
    expect(findJsonSyntaxError('"abc')).toMatchObject({ offset: 4 });
    expect(findJsonSyntaxError('"\\x"')).toMatchObject({ offset: 1 });
  });
  it("counts columns in characters: a Chinese character is one column, an emoji too", () => {
    // '{"名称":"南京" x' — the x is the 12th character.
    expect(findJsonSyntaxError('{"名称":"南京" x')).toMatchObject({ line: 1, column: 12 });
    expect(findJsonSyntaxError('["😀" x')).toMatchObject({ column: 6 });
  });
  it("marks several top-level values as trailing", () => {
    expect(findJsonSyntaxError('{"a":1}\n{"b":2}')).toMatchObject({ line: 2, column: 1, kind: "trailing" });
  });
  it("survives deep nesting without a stack overflow", () => {
    expect(findJsonSyntaxError("[".repeat(100_000) + "]".repeat(100_000))).toBeUndefined();
    expect(findJsonSyntaxError("[".repeat(100_000))).toMatchObject({ offset: 100_000 });
  });
  it("has the library's problem shape: code, params, message (zh) and messageEn from the tables", () => {
    expect(findJsonSyntaxError('{"a":}')).toMatchObject({
      code: "json_unexpected_character",
      params: { received: "}" },
      message: "意外的字符 '}'",
      messageEn: "unexpected '}'",
      reason: "unexpected '}'",
      reasonZh: "意外的字符 '}'",
    });
    expect(findJsonSyntaxError("[1 2]")).toMatchObject({ code: "json_expected_comma", params: { expected: "]", received: "2" } });
    expect(findJsonSyntaxError('{"a" 1}')).toMatchObject({ code: "json_expected_colon", params: { received: "1" } });
    expect(findJsonSyntaxError("{'a':1}")).toMatchObject({ code: "json_expected_property_name", params: { received: "'" } });
    expect(findJsonSyntaxError("[tru]")).toMatchObject({ code: "json_invalid_literal", params: { expected: "true" } });
    expect(findJsonSyntaxError('"\\x"')).toMatchObject({ code: "json_invalid_escape", params: { received: "\\x" } });
    expect(findJsonSyntaxError('"\\u12"')).toMatchObject({ code: "json_invalid_unicode_escape", params: {} });
    expect(findJsonSyntaxError('"abc')).toMatchObject({ code: "json_unterminated_string" });
    expect(findJsonSyntaxError("[01]")).toMatchObject({ code: "json_invalid_number" });
    expect(findJsonSyntaxError("")).toMatchObject({ code: "json_unexpected_end", params: {} });
    expect(findJsonSyntaxError('{"a":1}\n{"b":2}')).toMatchObject({ code: "json_trailing_content", params: { received: "{" } });
    expect(findJsonSyntaxError('{"a":"x\ny"}')).toMatchObject({ code: "json_control_character", message: "字符串中含有控制字符（如换行）" });
    // Characters a message cannot print are named, in each language.
    const bom = findJsonSyntaxError("[\ufeff]")!;
    expect(bom).toMatchObject({ code: "json_unexpected_character", params: { received: "\ufeff" }, messageEn: "unexpected byte-order mark U+FEFF", message: "意外的字符 字节顺序标记 U+FEFF" });
    const control = findJsonSyntaxError("[\u0001]")!;
    expect(control).toMatchObject({ messageEn: "unexpected U+0001", message: "意外的字符 U+0001" });
  });
  it("agrees with JSON.parse on validity (property)", () => {
    const fragments = ["{", "}", "[", "]", ",", ":", '"a"', "1", "-", "0", ".5", "e3", "true", "nul", " ", "\n", '"x\\"', "\\u12"];
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.array(fc.constantFrom(...fragments)).map((a) => a.join(""))), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("lineColumnAt / lineExcerpt", () => {
  it("counts lines at \\n and treats \\r\\n as one line end", () => {
    expect(lineColumnAt("a\r\nbc", 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumnAt("abc", 0)).toEqual({ line: 1, column: 1 });
  });
  it("shows the line around an offset, cut to a window", () => {
    expect(lineExcerpt('{\n  "a": }', 9)).toEqual({ excerpt: '  "a": }', column: 8 });
    const long = "x".repeat(200) + "!" + "y".repeat(200);
    const { excerpt, column } = lineExcerpt(long, 200, 80);
    expect(excerpt.length).toBe(80);
    expect(excerpt[column - 1]).toBe("!");
  });
});
