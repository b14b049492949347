import { describe, expect, it } from "vitest";
import { _appendPointer, _escapePointerToken, _pointerKeys, toJsonPointer } from "./json-pointer";

// RFC 6901 §5: the example document's keys and the pointers the RFC gives for them.
const RFC_EXAMPLES: [string, string][] = [
  ["foo", "/foo"],
  ["", "/"],
  ["a/b", "/a~1b"],
  ["c%d", "/c%d"],
  ["e^f", "/e^f"],
  ["g|h", "/g|h"],
  ["i\\j", "/i\\j"],
  ['k"l', '/k"l'],
  [" ", "/ "],
  ["m~n", "/m~0n"],
];

describe("toJsonPointer", () => {
  it("writes the RFC 6901 §5 pointers", () => {
    for (const [key, pointer] of RFC_EXAMPLES) expect(toJsonPointer([key])).toBe(pointer);
    expect(toJsonPointer(["foo", 0])).toBe("/foo/0");
  });
  it("is empty for the whole document", () => {
    expect(toJsonPointer([])).toBe("");
  });
  it("escapes ~ before / (a key '~1' is not a '/')", () => {
    expect(toJsonPointer(["~1"])).toBe("/~01");
    expect(toJsonPointer(["/~"])).toBe("/~1~0");
  });
  it("writes array indexes and nested paths", () => {
    expect(toJsonPointer(["riskEvents", 0, "date"])).toBe("/riskEvents/0/date");
  });
});

describe("_appendPointer and _escapePointerToken", () => {
  it("extend a pointer by one escaped key", () => {
    expect(_appendPointer("", "a/b")).toBe("/a~1b");
    expect(_appendPointer("/units", 3)).toBe("/units/3");
    expect(_escapePointerToken("m~n")).toBe("m~0n");
    expect(_escapePointerToken("plain")).toBe("plain");
  });
});

describe("_pointerKeys", () => {
  it("reads back the RFC 6901 §5 pointers", () => {
    for (const [key, pointer] of RFC_EXAMPLES) expect(_pointerKeys(pointer)).toEqual([key]);
    expect(_pointerKeys("/foo/0")).toEqual(["foo", "0"]);
    expect(_pointerKeys("")).toEqual([]);
  });
  it("unescapes ~1 before ~0 ('~01' is the key '~1')", () => {
    expect(_pointerKeys("/~01")).toEqual(["~1"]);
    expect(_pointerKeys("/~1~0")).toEqual(["/~"]);
  });
  it("is the inverse of toJsonPointer", () => {
    const keys = ["a", "", "~", "/", "~0", "~1", "a/b~c", "0", "中文"];
    expect(_pointerKeys(toJsonPointer(keys))).toEqual(keys);
  });
});
