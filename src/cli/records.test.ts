import { describe, expect, it } from "vitest";
import type { OpenedInput } from "./input";
import { describeLocation, unitRecords } from "./records";

function input(format: "json" | "ndjson", docs: unknown[]): OpenedInput {
  const all = docs.map((value, i) => (format === "json" ? { ok: true as const, value } : { ok: true as const, value, line: i + 1 }));
  async function* batches() {
    yield all;
  }
  async function* documents() {
    yield* all;
  }
  return { name: "f", format, batches: batches(), documents: documents() };
}
async function all(i: OpenedInput) {
  const out = [];
  for await (const r of unitRecords(i)) out.push(r);
  return out;
}

describe("unitRecords", () => {
  it("expands a data set into its units, with pointers, ids and the data set's asOf", async () => {
    const r = await all(input("json", [{ asOf: "2026-11-20", units: [{ id: "a" }, { id: "b" }] }]));
    expect(r.map((x) => x.ok && [x.location.pointer, x.location.id, x.datasetAsOf])).toEqual([
      ["/units/0", "a", "2026-11-20"],
      ["/units/1", "b", "2026-11-20"],
    ]);
  });
  it("expands a JSON array, takes a single object as one unit, and NDJSON lines one by one", async () => {
    expect((await all(input("json", [[{ id: "a" }, 5]]))).map((x) => x.ok && x.location.pointer)).toEqual(["/0", "/1"]);
    expect((await all(input("json", [{ id: "a" }]))).map((x) => x.ok && x.location)).toEqual([{ file: "f", index: 0, pointer: "", id: "a" }]);
    expect((await all(input("ndjson", [{ id: "a" }, { id: "b" }]))).map((x) => x.ok && x.location.line)).toEqual([1, 2]);
  });
});

describe("describeLocation", () => {
  it("names the file, the line or pointer, and the id", () => {
    expect(describeLocation({ file: "a.ndjson", index: 4, line: 5, pointer: "", id: "u-003" }, "zh")).toBe("a.ndjson:5（u-003）");
    expect(describeLocation({ file: "d.json", index: 3, pointer: "/units/3", id: "NJ04" }, "en")).toBe("d.json /units/3 (NJ04)");
    expect(describeLocation({ file: "u.json", index: 0, pointer: "" }, "en")).toBe("u.json #1");
  });
});
