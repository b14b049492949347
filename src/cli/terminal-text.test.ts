import { describe, expect, it } from "vitest";
import { memorySink } from "./io";
import { escapeOutputText, escapeTerminalText, oneLine, rawSink, terminalSafeSink } from "./terminal-text";

describe("escapeTerminalText", () => {
  it("escapes the attacks of issue 14: OSC 52 clipboard write, screen clear, bidi override", () => {
    expect(escapeTerminalText("ACME\u001b]52;c;aGVsbG8=\u0007")).toBe("ACME\\u001b]52;c;aGVsbG8=\\u0007");
    expect(escapeTerminalText("\u001b[2J\u001b[H")).toBe("\\u001b[2J\\u001b[H");
    expect(escapeTerminalText("abc\u202edcba")).toBe("abc\\u202edcba");
  });

  it("escapes C0, DEL, C1, format characters, separators, private use, unassigned and lone surrogates", () => {
    const cases: [string, string][] = [
      ["\u0000", "\\u0000"],
      ["\u0007", "\\u0007"],
      ["\u007f", "\\u007f"],
      ["\u0085", "\\u0085"],
      ["\u009b", "\\u009b"], // C1 CSI
      ["\u200b", "\\u200b"], // zero-width space
      ["\u200d", "\\u200d"],
      ["\u2066", "\\u2066"], // left-to-right isolate
      ["\u061c", "\\u061c"], // Arabic letter mark
      ["\u2028", "\\u2028"],
      ["\u2029", "\\u2029"],
      ["\ue000", "\\ue000"], // private use
      ["\u0378", "\\u0378"], // unassigned
      ["\ud800", "\\ud800"], // lone high surrogate
      ["x\udc00", "x\\udc00"], // lone low surrogate
      ["\u{e0041}", "\\udb40\\udc41"], // tag character: both units
      ["\r", "\\r"],
    ];
    for (const [input, shown] of cases) expect(escapeTerminalText(input), JSON.stringify(input)).toBe(shown);
  });

  it("keeps printable text, line feeds and CRLF, and returns safe text unchanged; a tab is escaped", () => {
    const text = "南京市某某电器有限公司 ✓ — “引号” 😀 A\nB\r\n";
    expect(escapeTerminalText(text)).toBe(text);
    expect(escapeTerminalText("a\tb")).toBe("a\\tb");
  });

  it("keeps the CLI's colour codes only when asked, and never other sequences", () => {
    const styled = "\u001b[31m逾期\u001b[39m \u001b[8mhidden\u001b[0m";
    expect(escapeTerminalText(styled, { keepStyle: true })).toBe("\u001b[31m逾期\u001b[39m \\u001b[8mhidden\\u001b[0m");
    expect(escapeTerminalText(styled)).toBe("\\u001b[31m逾期\\u001b[39m \\u001b[8mhidden\\u001b[0m");
  });

  it("leaves JSON exact: escaped JSON parses to the same value", () => {
    const value = { name: "a\u001b[2Jb\u202e\u0085\ud800\u{e0001}\u2028", n: 1 };
    const json = JSON.stringify(value, null, 2);
    const escaped = escapeTerminalText(json);
    expect(escaped).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e\u2028\ud800-\udfff]/);
    expect(JSON.parse(escaped)).toEqual(value);
  });
});

describe("oneLine", () => {
  it("escapes line breaks so a value cannot forge a line", () => {
    expect(oneLine("NJ01\n✓ 共 1 条记录：1 条有效")).toBe("NJ01\\n✓ 共 1 条记录：1 条有效");
    expect(oneLine("a\tb\r\nc")).toBe("a\\tb\\r\\nc");
  });
});

describe("escapeOutputText", () => {
  it("keeps a leading byte-order mark and CRLF line ends (CSV for Excel), escapes a later BOM", () => {
    expect(escapeOutputText("\ufeffa,b\r\nc\ufeff,d\r\n")).toBe("\ufeffa,b\r\nc\\ufeff,d\r\n");
  });
});

describe("terminalSafeSink", () => {
  it("escapes every write, keeps a BOM only at the very start, forwards isTTY and columns", () => {
    const m = memorySink({ isTTY: true, columns: 80 });
    const safe = terminalSafeSink(m.sink, { keepStyle: false });
    expect(safe.isTTY).toBe(true);
    expect(safe.columns).toBe(80);
    safe.write("\ufeffhead\n");
    safe.write("\ufeff\u001b]0;title\u0007\n");
    safe.write(new TextEncoder().encode("\u009b2J\n"));
    expect(m.text()).toBe("\ufeffhead\n\\ufeff\\u001b]0;title\\u0007\n\\u009b2J\n");
    expect(rawSink(safe)).toBe(m.sink);
    expect(terminalSafeSink(safe, { keepStyle: false })).toBe(safe);
  });
});
