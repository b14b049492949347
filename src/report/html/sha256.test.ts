import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _sha256Base64 } from "./sha256";

/** The independent implementation: Node's OpenSSL SHA-256 of the UTF-8 bytes. */
const node = (s: string) => createHash("sha256").update(Buffer.from(s, "utf8")).digest("base64");

describe("_sha256Base64", () => {
  it("gives the FIPS 180-4 test vectors", () => {
    // FIPS 180-4 / NIST examples: "abc" and the 448-bit message, in base64.
    expect(_sha256Base64("abc")).toBe(Buffer.from("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "hex").toString("base64"));
    expect(_sha256Base64("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(Buffer.from("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", "hex").toString("base64"));
    expect(_sha256Base64("")).toBe(Buffer.from("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "hex").toString("base64"));
  });
  it("equals node:crypto on block edges, CJK, astral characters and lone surrogates", () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) expect(_sha256Base64("x".repeat(n))).toBe(node("x".repeat(n)));
    expect(_sha256Base64("宁市监质监〔2023〕146号 𝒳 \u202e")).toBe(node("宁市监质监〔2023〕146号 𝒳 \u202e"));
    expect(_sha256Base64("a\ud800b")).toBe(node("a\ud800b"));
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => _sha256Base64(s) === node(s)), { numRuns: 300 });
  });
});
