import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { BufferedWriter, memorySink, type TextSink } from "./io";
import { rawSink, terminalSafeSink } from "./terminal-text";

describe("BufferedWriter with JSON lines", () => {
  it("keeps text and JSON lines in the order written", async () => {
    const { sink, text } = memorySink();
    const out = new BufferedWriter(
      terminalSafeSink(sink, { keepStyle: false }),
      64,
    );
    out.write("head\n");
    for (let i = 0; i < 20; i++)
      await out.writeJsonLine({ i, name: `单位${i}\u202e` });
    await out.write("middle\n");
    await out.writeJsonLine({ last: true });
    await out.write('{"error":{"code":"output_incomplete"}}\n');
    await out.flush();
    const lines = text().split("\n");
    expect(lines[0]).toBe("head");
    expect(
      lines
        .slice(1, 21)
        .map((l) => JSON.parse(l) as { i: number; name: string }),
    ).toEqual(
      Array.from({ length: 20 }, (_, i) => ({ i, name: `单位${i}\u202e` })),
    );
    expect(lines[1]).toBe('{"i":0,"name":"单位0\\u202e"}'); // escaped on the way to the terminal
    expect(lines.slice(21)).toEqual([
      "middle",
      '{"last":true}',
      '{"error":{"code":"output_incomplete"}}',
      "",
    ]);
  });

  it("writes the lines as UTF-8 bytes past the terminal-safe wrapper, in chunks of about the chunk size", async () => {
    const chunks: (string | Uint8Array)[] = [];
    const sink: TextSink = { write: (c) => (chunks.push(c), true) };
    const safe = terminalSafeSink(sink, { keepStyle: false });
    expect(rawSink(safe)).toBe(sink);
    const out = new BufferedWriter(safe, 1000);
    for (let i = 0; i < 100; i++)
      expect(
        out.writeJsonLine({ id: `U${i}`, text: "中".repeat(20) }),
      ).toBeUndefined();
    await out.flush();
    expect(chunks.every((c) => c instanceof Uint8Array)).toBe(true);
    expect(chunks.length).toBeGreaterThan(3);
    for (const c of chunks.slice(0, -1))
      expect(c.length).toBeGreaterThanOrEqual(1000);
    expect(
      Buffer.concat(chunks as Uint8Array[])
        .toString("utf8")
        .split("\n").length,
    ).toBe(101);
  });

  it("waits for the sink to drain when it says it is full, and reports a failing sink as a rejected promise", async () => {
    const emitter = new EventEmitter();
    let full = true;
    const sink: TextSink & EventEmitter = Object.assign(emitter, {
      write: () => !full,
    });
    const out = new BufferedWriter(
      terminalSafeSink(sink, { keepStyle: false }),
      10,
    );
    const wait = out.writeJsonLine({ a: "long enough to fill the chunk" });
    expect(wait).toBeInstanceOf(Promise);
    let drained = false;
    void wait!.then(() => (drained = true));
    await Promise.resolve();
    expect(drained).toBe(false);
    full = false;
    emitter.emit("drain");
    await wait;
    expect(drained).toBe(true);

    const failing = new BufferedWriter(
      {
        write: () => {
          throw Object.assign(new Error("no space"), { code: "ENOSPC" });
        },
      },
      10,
    );
    await expect(
      failing.writeJsonLine({ a: "long enough to fill the chunk" }),
    ).rejects.toThrow("no space");
  });
});
