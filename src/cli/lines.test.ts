import { describe, expect, it } from "vitest";
import { readLines } from "./lines";

async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  yield* parts;
}
async function collect(parts: (string | Uint8Array)[], max?: number) {
  const out = [];
  for await (const l of readLines(chunks(...parts), max === undefined ? {} : { maxLineLength: max })) out.push(l);
  return out;
}

describe("readLines", () => {
  it("numbers lines across chunk boundaries and drops \\r before \\n", async () => {
    expect(await collect(["a\r\nb", "c\n", "\nd"])).toEqual([
      { text: "a", lineNumber: 1 },
      { text: "bc", lineNumber: 2 },
      { text: "", lineNumber: 3 },
      { text: "d", lineNumber: 4 },
    ]);
  });
  it("joins a UTF-8 character split between chunks, and drops a leading BOM", async () => {
    const bytes = Buffer.from("\ufeff南京\n", "utf8");
    expect(await collect([bytes.subarray(0, 5), bytes.subarray(5)])).toEqual([{ text: "南京", lineNumber: 1 }]);
  });
  it("does not yield an empty line after a final newline", async () => {
    expect(await collect(["a\n"])).toHaveLength(1);
    expect(await collect([])).toHaveLength(0);
  });
  it("cuts a line over the limit, flags it, and goes on with the next", async () => {
    const out = await collect(["12345", "6789\nok\n"], 4);
    expect(out).toEqual([
      { text: "1234", lineNumber: 1, tooLong: true },
      { text: "ok", lineNumber: 2 },
    ]);
  });
  it("cuts a byte line over the limit, flags it, and goes on with the next", async () => {
    const out = await collect([Buffer.from("1234567890123456"), Buffer.from("789\nok\n")], 4);
    expect(out).toEqual([
      { text: "1234", lineNumber: 1, tooLong: true },
      { text: "ok", lineNumber: 2 },
    ]);
  });
  it("flags a line whose bytes are not valid UTF-8 (each bad byte becomes U+FFFD), not one holding a real U+FFFD", async () => {
    const bad = Buffer.concat([Buffer.from('{"name":"A'), Buffer.from([0xff, 0xc3]), Buffer.from('"}\n')]);
    const real = Buffer.from('{"name":"\ufffd"}\r\n', "utf8");
    const out = await collect([bad, real.subarray(0, 11), real.subarray(11), Buffer.from("last")]);
    expect(out).toEqual([
      { text: '{"name":"A\ufffd\ufffd"}', lineNumber: 1, invalidUtf8: true },
      { text: '{"name":"\ufffd"}', lineNumber: 2 },
      { text: "last", lineNumber: 3 },
    ]);
  });
  it("finds the one bad line among many whole lines of a chunk", async () => {
    const chunk = Buffer.concat([Buffer.from("a\nb\nc"), Buffer.from([0xe4, 0xb8]), Buffer.from("\nd\r\ne\n")]);
    expect(await collect([chunk])).toEqual([
      { text: "a", lineNumber: 1 },
      { text: "b", lineNumber: 2 },
      { text: "c\ufffd", lineNumber: 3, invalidUtf8: true },
      { text: "d", lineNumber: 4 },
      { text: "e", lineNumber: 5 },
    ]);
  });
});
