import { describe, expect, it } from "vitest";
import { canonicalJson, CanonicalJsonError } from "./canonical-json";
import { canonicalDigest, sha256Hex, _utf8 } from "./digest";

// Test vectors. Each canonical string was written by hand from RFC 8785 and its SHA-256
// computed outside this code, in a shell: printf '%s' '<canonical>' | sha256sum.
const VECTORS: { name: string; input: unknown; canonical: string; sha256: string }[] = [
  { name: "empty object", input: {}, canonical: "{}", sha256: "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a" },
  { name: "keys sorted", input: { b: 2, a: 1 }, canonical: '{"a":1,"b":2}', sha256: "43258cff783fe7036d8a43033f830adfc60ec037382473548ac742b888292777" },
  {
    // RFC 8785 §3.2.2.3 / Appendix: ES number serialisation.
    name: "RFC 8785 numbers",
    input: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
    canonical: "[333333333.3333333,1e+30,4.5,0.002,1e-27]",
    sha256: "7c6bc86d861387d823ae596b79ca0b26567dddc22a77acb1f4e06d441f555adf",
  },
  {
    // RFC 8785 §3.2.3: sorting by UTF-16 code units (the emoji's high surrogate U+D83D sorts before U+FB33).
    name: "RFC 8785 key order",
    input: {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    },
    canonical:
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    sha256: "5e321556d22018a9656991a9e94f77ec175fa193e52a2429d312f8419ec8b08c",
  },
  {
    name: "Chinese text, control characters, literals, undefined omitted",
    input: { 名: "南京", "€": 1e21, z: 0.1, neg: -0, a: [1, "x", null, true, false, {}], "\u0001": "\n", gone: undefined },
    canonical: '{"\\u0001":"\\n","a":[1,"x",null,true,false,{}],"neg":0,"z":0.1,"\u20ac":1e+21,"\u540d":"\u5357\u4eac"}',
    sha256: "9d26797191f4a588738a01bc32f6a524ddfa9c403f7b52f22584308a15ebe5e8",
  },
  {
    name: "escapes, small and large numbers",
    input: { tiny: 1.5e-7, quote: '"\\/\t', negZero: -0, big: 2 ** 53 },
    canonical: '{"big":9007199254740992,"negZero":0,"quote":"\\"\\\\/\\t","tiny":1.5e-7}',
    sha256: "b1fe558219ec1adeb42dc96ac71016d3cc463d2bb1e0b5f8214ef7e01d5f164e",
  },
  {
    name: "nested objects sorted at every depth",
    input: { nested: { b: [], a: { d: 1, c: 2 } } },
    canonical: '{"nested":{"a":{"c":2,"d":1},"b":[]}}',
    sha256: "73b2fe942ad2e454489df0b02653369b190dd2d052b16081df67e5add59645bf",
  },
];

describe("canonicalJson — test vectors (RFC 8785)", () => {
  it.each(VECTORS)("$name", async ({ input, canonical, sha256 }) => {
    expect(canonicalJson(input)).toBe(canonical);
    expect(await canonicalDigest(input)).toBe(sha256);
    expect(await sha256Hex(canonical)).toBe(sha256);
  });
  it("UTF-8 of the canonical text: 2-, 3- and 4-byte sequences", () => {
    expect([..._utf8("\u0080é€😀")]).toEqual([0xc2, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
  });
  it("UTF-8 of an unpaired surrogate is U+FFFD (EF BF BD), as WHATWG TextEncoder writes it", async () => {
    expect([..._utf8("a\ud800b")]).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
    expect([..._utf8("\udc00\ud83d")]).toEqual([0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd]);
    expect(await sha256Hex("\ud800")).toBe(await sha256Hex("\ufffd"));
  });
  it("shared (non-cyclic) objects are written each time; insertion order does not matter", () => {
    const shared = { q: "近2年内" };
    expect(canonicalJson({ a: shared, b: [shared, shared] })).toBe('{"a":{"q":"近2年内"},"b":[{"q":"近2年内"},{"q":"近2年内"}]}');
    expect(canonicalJson({ y: 1, x: 2 })).toBe(canonicalJson({ x: 2, y: 1 }));
    expect(canonicalJson(Object.assign(Object.create(null), { k: 1 }))).toBe('{"k":1}');
  });
});

describe("canonicalJson — non-JSON values are rejected with their JSON pointer", () => {
  const cyclic: Record<string, unknown> = { a: {} };
  (cyclic.a as Record<string, unknown>).self = cyclic;
  it.each([
    ["NaN", { a: [1, Number.NaN] }, "non_finite_number", "/a/1"],
    ["Infinity", { x: Number.POSITIVE_INFINITY }, "non_finite_number", "/x"],
    ["a function", { f: () => 1 }, "unsupported_type", "/f"],
    ["a BigInt", { n: 10n }, "unsupported_type", "/n"],
    ["a symbol", [Symbol("s")], "unsupported_type", "/0"],
    ["undefined in an array", [1, undefined], "unsupported_type", "/1"],
    ["a hole", [1, , 3], "unsupported_type", "/1"], // eslint-disable-line no-sparse-arrays
    ["undefined itself", undefined, "unsupported_type", ""],
    ["a Date", { d: new Date(0) }, "unsupported_type", "/d"],
    ["a Map", { m: new Map() }, "unsupported_type", "/m"],
    ["a cycle", cyclic, "cycle", "/a/self"],
    ["a lone surrogate in a value", { s: "a\ud800b" }, "lone_surrogate", "/s"],
    ["a lone surrogate in a key", { "\udc00": 1 }, "lone_surrogate", "/\udc00"],
    ["a key with / and ~", { "a/b~c": Number.NaN }, "non_finite_number", "/a~1b~0c"],
  ] as const)("%s", (_, value, code, path) => {
    try {
      canonicalJson(value);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CanonicalJsonError);
      expect((e as CanonicalJsonError).code).toBe(code);
      expect((e as CanonicalJsonError).path).toBe(path);
      expect((e as CanonicalJsonError).messageZh).toMatch(/规范JSON/);
    }
  });
  it("canonicalDigest rejects (does not throw synchronously)", async () => {
    await expect(canonicalDigest({ x: Number.NaN })).rejects.toBeInstanceOf(CanonicalJsonError);
  });
});
