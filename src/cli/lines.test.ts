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
});
