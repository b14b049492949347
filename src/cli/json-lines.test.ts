import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonLineEncoder, stringifyCached } from "./json-lines";
import { escapeTerminalText } from "./terminal-text";

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

describe("JsonLineEncoder", () => {
  const lines = (escape: boolean, values: unknown[], chunkSize?: number) => {
    const enc = new JsonLineEncoder(escape, chunkSize);
    const parts: Buffer[] = [];
    for (const v of values) {
      enc.line(v);
      if (enc.size > 100) parts.push(enc.take());
    }
    parts.push(enc.take());
    return Buffer.concat(parts).toString("utf8");
  };
  const expected = (escape: boolean, values: unknown[]) => values.map((v) => `${escape ? escapeTerminalText(JSON.stringify(v)) : JSON.stringify(v)}\n`).join("");

  it("writes JSON.stringify's text and a line feed, escaped like the whole line through a terminal-safe sink (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.jsonValue(), fc.jsonValue({ stringUnit: "binary" })), fc.boolean()), { maxLength: 6 }), fc.boolean(), fc.integer({ min: 16, max: 4096 }), (items, escape, chunkSize) => {
        const values = items.map(([value, freeze]) => (freeze ? deepFreeze(structuredClone(value)) : value));
        expect(lines(escape, values, chunkSize)).toBe(expected(escape, values));
        expect(lines(escape, values, chunkSize)).toBe(expected(escape, values)); // again, frozen parts from the cache
      }),
      { numRuns: 300 },
    );
  });

  it("escapes control, bidi and format characters and lone surrogates in new and in frozen (cached) text alike", () => {
    const citation = deepFreeze({ quote: "ACME\u001b]52;c;aGk=\u0007 \u202eevil\u2028 tab\t 中文 😀 \ud800", note: "x".repeat(80) });
    const value = { name: "名称\u001b[2J\u0085\u200b", id: "R\ue000", citation, list: [citation] };
    const text = lines(true, [value, value]);
    expect(text).toBe(`${escapeTerminalText(JSON.stringify(value))}\n`.repeat(2));
    expect(text).toContain("\\u001b]52");
    expect(text).toContain("\\u202eevil");
    expect(text).not.toMatch(/[\u001b\u202e\u2028\u0085\u200b\ue000]/);
    expect(JSON.parse(text.split("\n")[0]!)).toEqual(JSON.parse(JSON.stringify(value)));
    // Not escaped when the sink is not terminal-safe.
    expect(lines(false, [value])).toBe(`${JSON.stringify(value)}\n`);
  });

  it("writes a line longer than its buffer whole, after the lines before it", () => {
    const long = deepFreeze({ quote: "长".repeat(5000) });
    const values = [{ a: 1 }, { long, b: "é".repeat(3000) }, { c: [long, long] }, "end"];
    expect(lines(true, values, 64)).toBe(expected(true, values));
  });

  it("re-reads a frozen object whose child can still change, and caches one whose children are frozen", () => {
    const child = { n: "x".repeat(70) };
    const parent = Object.freeze({ child });
    expect(lines(false, [parent])).toBe(`${JSON.stringify(parent)}\n`);
    child.n = "y".repeat(70);
    expect(lines(false, [parent])).toBe(`${JSON.stringify(parent)}\n`);
    Object.freeze(child);
    expect(lines(false, [parent, parent])).toBe(`${JSON.stringify(parent)}\n`.repeat(2));
  });

  it("leaves out one key of the object itself, and only there (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("considered", "reasons", "a", "b"), fc.jsonValue()), fc.jsonValue(), fc.boolean(), (object, nested, freeze) => {
        const value = { ...object, inner: { considered: nested } };
        const v = freeze ? deepFreeze(structuredClone(value)) : value;
        const enc = new JsonLineEncoder(false);
        enc.line(v, "considered");
        const { considered: _dropped, ...rest } = v as Record<string, unknown>;
        expect(enc.take().toString("utf8")).toBe(`${JSON.stringify(rest)}\n`);
      }),
      { numRuns: 200 },
    );
  });

  it("leaves out a line JSON.stringify refuses, and keeps the lines before it", () => {
    const enc = new JsonLineEncoder(true);
    enc.line({ a: 1 });
    expect(() => enc.line({ b: 2n })).toThrow(TypeError);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => enc.line(cycle)).toThrow();
    enc.line([undefined, () => 1, Number.POSITIVE_INFINITY, new Date(0)]);
    expect(enc.take().toString("utf8")).toBe(`{"a":1}\n${JSON.stringify([undefined, () => 1, Number.POSITIVE_INFINITY, new Date(0)])}\n`);
  });
});
