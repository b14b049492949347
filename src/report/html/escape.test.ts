import { describe, expect, it } from "vitest";
import { _escapeHtml, _jsonForScript, _visible } from "./escape";

describe("escaping for the report page", () => {
  it("escapes markup and both quotes", () => {
    expect(_escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  });
  it("shows bidi controls, C0/C1 controls, separators, zero-width space and BOM as visible escapes", () => {
    // The Trojan Source characters (CVE-2021-42574): embeddings, overrides, isolates and marks.
    const bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c";
    expect(_visible(`a${bidi}b`)).toBe("a\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061Cb");
    expect(_visible("\u0000\u001b\u007f\u0085\u2028\u2029\u200b\ufeff")).toBe("\\u0000\\u001B\\u007F\\u0085\\u2028\\u2029\\u200B\\uFEFF");
    // Tab and line feed stay; the zero-width joiner (emoji, Indic scripts) stays.
    expect(_visible("a\tb\nc\u200dd")).toBe("a\tb\nc\u200dd");
    expect(_escapeHtml("NJ\u202e01")).toBe("NJ\\u202E01");
  });
  it("writes JSON no data string can break out of a script element", () => {
    const value = { name: "</script><script>alert(1)</script><!--", sep: "\u2028\u2029", amp: "&", bidi: "\u202egnp.exe\u2066", c1: "\u0085" };
    const text = _jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029\u202e\u2066\u0085]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
