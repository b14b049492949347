import { describe, expect, it } from "vitest";
import { decodeCsv, parseCsv, tableToCsv } from "./index";

describe("decodeCsv", () => {
  it("detects GB18030 (GBK) bytes: 姓名 is D0D5 C3FB in GB 2312's code chart", () => {
    expect(decodeCsv(new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb]))).toEqual({ text: "姓名", encoding: "gb18030" });
  });

  it("reads UTF-8 with and without a BOM, and UTF-16 with its BOM", () => {
    const utf8 = [0xe5, 0xa7, 0x93, 0xe5, 0x90, 0x8d]; // 姓名 in UTF-8 (RFC 3629)
    expect(decodeCsv(new Uint8Array(utf8))).toEqual({ text: "姓名", encoding: "utf-8" });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: "姓名", encoding: "utf-8" });
    expect(decodeCsv(new Uint8Array([0xff, 0xfe, 0xd3, 0x59, 0x0d, 0x54]))).toEqual({ text: "姓名", encoding: "utf-16le" }); // U+59D3 U+540D
  });
});

describe("parseCsv (RFC 4180)", () => {
  it("reads quotes, doubled quotes, line breaks inside quotes, CRLF and empty fields", () => {
    expect(parseCsv('a,"b,1","say ""hi"""\r\n"x\r\ny",,z\r\n')).toEqual([
      ["a", "b,1", 'say "hi"'],
      ["x\r\ny", null, "z"],
    ]);
  });

  it("ignores a BOM, reads LF and a last line without a line end, and tabs when the header has no comma", () => {
    expect(parseCsv("\uFEFF姓名,岗位\n陈静,总监")).toEqual([
      ["姓名", "岗位"],
      ["陈静", "总监"],
    ]);
    expect(parseCsv("姓名\t岗位\n陈静\t总监\n")).toEqual([
      ["姓名", "岗位"],
      ["陈静", "总监"],
    ]);
    expect(parseCsv("a,\n")).toEqual([["a", null]]);
  });
});

describe("tableToCsv", () => {
  it("writes a BOM, CRLF, quotes, ISO dates, and guards formulas (OWASP CSV injection)", () => {
    const csv = tableToCsv([
      ["姓名", "说明", "日期", "数"],
      ["陈, 静", "=HYPERLINK(1)", new Date(Date.UTC(2024, 4, 10)), 3],
      ["＋1", "-x", null, true],
    ]);
    expect(csv).toBe('\uFEFF姓名,说明,日期,数\r\n"陈, 静",\'=HYPERLINK(1),2024-05-10,3\r\n\'＋1,\'-x,,true\r\n');
  });

  it("reads back what it writes, the guards removed", () => {
    const rows = [
      ["a", "=1+1", "-5", "@x", "'plain", 'q"uote', "line\nbreak"],
      ["025-80001037", "＝x", null, "b", "c", "d", "e"],
    ];
    expect(parseCsv(tableToCsv(rows))).toEqual(rows);
  });
});
