/**
 * _textIssues first walks a record with two code-unit scans instead of a regular expression
 * per string; they must answer exactly as the expressions they stand for (bounded-parse.ts:
 * MAYBE_NOT_TEXT for ids and names, SURROGATE for the rest), so no problem is ever skipped.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { _hasSurrogate, _mayBeNotText, _textIssues } from "./bounded-parse";

const MAYBE_NOT_TEXT = /[^\u0000-\u0377\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]/;
const SURROGATE = /[\ud800-\udfff]/;
// Every edge of the ranges, and a lone surrogate of each half.
const edges = [0x0, 0x377, 0x378, 0x2fff, 0x3000, 0x303f, 0x3040, 0x4dff, 0x4e00, 0x9fff, 0xa000, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xf8ff, 0xff00, 0xff01, 0xff5e, 0xff5f, 0xffff];
const text = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.array(fc.constantFrom(...edges).map((c) => String.fromCharCode(c))).map((a) => a.join("")),
);

describe("the text prefilter scans", () => {
  test("every edge code unit alone", () => {
    for (const c of edges) {
      const s = String.fromCharCode(c);
      expect([c, _mayBeNotText(s)]).toEqual([c, MAYBE_NOT_TEXT.test(s)]);
      expect([c, _hasSurrogate(s)]).toEqual([c, SURROGATE.test(s)]);
    }
  });

  test("agree with the regular expressions on random strings", () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(_mayBeNotText(s)).toBe(MAYBE_NOT_TEXT.test(s));
        expect(_hasSurrogate(s)).toBe(SURROGATE.test(s));
      }),
      { numRuns: 2000 },
    );
  });

  test("a lone surrogate deep in a record, and a private-use character in a name, are still found", () => {
    const issues = _textIssues({ name: "单位\ue000", records: [{ kind: "daily", findings: ["ok", "坏\ud800"] }] });
    expect(issues.map((i) => [i.path, i.params.received])).toEqual([
      ["/name", "U+E000"],
      ["/records/0/findings/1", "U+D800"],
    ]);
  });

  test("a problem found only inside a list, only in an official's name or a …Id, or in a list under a name key", () => {
    expect(_textIssues({ records: [{ findings: "坏\ud800" }] }).map((i) => i.path)).toEqual(["/records/0/findings"]);
    expect(_textIssues({ products: { licences: [{ number: "XK\ud800" }] } }).map((i) => i.path)).toEqual(["/products/licences/0/number"]);
    expect(_textIssues({ assignments: [{ official: "张\ue000" }] }).map((i) => [i.path, i.params.format])).toEqual([["/assignments/0/official", "private_use"]]);
    expect(_textIssues({ records: [{ byPersonId: "p\ue000" }] }).map((i) => i.path)).toEqual(["/records/0/byPersonId"]);
    expect(_textIssues({ name: ["甲", "乙\ue000"] }).map((i) => i.path)).toEqual(["/name/1"]);
  });

  test("a pair of surrogates (an emoji) is text; the last lone surrogate U+DFFF is named as one", () => {
    expect(_textIssues({ description: "好😀", name: "好😀" })).toEqual([]);
    expect(_textIssues({ description: "\udfff" }).map((i) => [i.params.received, i.params.format])).toEqual([["U+DFFF", "lone_surrogate"]]);
  });
});
