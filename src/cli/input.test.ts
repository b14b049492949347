import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rmSync } from "node:fs";
import { CliError } from "./errors";
import { detectFormat, openInput, type InputDocument, type InputLineError } from "./input";

const dir = mkdtempSync(join(tmpdir(), "qsd-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
async function* none(): AsyncGenerator<string> {}
async function docs(path: string, options: { maxJsonBytes?: number } = {}): Promise<{ format: string; docs: (InputDocument | InputLineError)[] }> {
  const input = await openInput(path, { stdin: none(), ...options });
  const out = [];
  for await (const d of input.documents) out.push(d);
  return { format: input.format, docs: out };
}
async function failure(promise: Promise<unknown>): Promise<CliError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof CliError) return e;
    throw e;
  }
  throw new Error("expected a CliError");
}

describe("detectFormat", () => {
  it("takes several one-line objects for NDJSON", () => {
    expect(detectFormat('{"id":"a"}\n{"id":"b"}\n')).toBe("ndjson");
    expect(detectFormat('\n\n  {"id":"a"}\r\n{"id":"b"}')).toBe("ndjson");
  });
  it("takes pretty-printed JSON, arrays and a single one-line value for JSON", () => {
    expect(detectFormat('{\n  "units": []\n}\n')).toBe("json");
    expect(detectFormat('[{"id":"a"},\n{"id":"b"}]')).toBe("json");
    expect(detectFormat('{"units":[]}\n')).toBe("json");
    expect(detectFormat("")).toBe("json");
  });
});

describe("openInput", () => {
  it("reads a JSON file whole, dropping a byte-order mark", async () => {
    const path = file("bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"units":[]}', "utf8")]));
    expect(await docs(path)).toEqual({ format: "json", docs: [{ ok: true, value: { units: [] } }] });
  });
  it("streams NDJSON by extension, reporting a bad line with its number and going on", async () => {
    const path = file("units.jsonl", '{"id":"a"}\n{"id":\n\n{"id":"c"}\n');
    const { format, docs: d } = await docs(path);
    expect(format).toBe("ndjson");
    expect(d).toHaveLength(3);
    expect(d[0]).toEqual({ ok: true, value: { id: "a" }, line: 1 });
    // '{"id":' is 6 characters: the value is missing at its end, column 7.
    expect(d[1]).toMatchObject({ ok: false, line: 2, column: 7 });
    expect(d[2]).toEqual({ ok: true, value: { id: "c" }, line: 4 });
  });
  it("detects NDJSON by content in a .json file", async () => {
    const { format, docs: d } = await docs(file("units.json", '{"id":"a"}\n{"id":"b"}\n'));
    expect(format).toBe("ndjson");
    expect(d.map((x) => x.ok && x.line)).toEqual([1, 2]);
  });
  it("reports a truncated JSON file with the line and column of its end, and the line itself", async () => {
    const path = file("trunc.json", '{\n  "units": [\n    {"id": "a"');
    const e = await failure(docs(path));
    // Line 3 is `    {"id": "a"` — 14 characters — so the input ends at column 15.
    expect(e.message).toContain(`${path}:3:15`);
    expect(e.message).toMatch(/line 3, column 15/);
    expect(e.messageZh).toContain("第 3 行第 15 列");
    expect(e.exitCode).toBe(2);
    expect(e.details).toEqual(['      {"id": "a"', `  ${" ".repeat(14)}^`]);
  });
  it("points at a trailing comma", async () => {
    const e = await failure(docs(file("comma.json", '{\n  "units": [],\n}\n')));
    expect(e.message).toContain(":3:1");
  });
  it("refuses JSON over the size limit with advice to use NDJSON", async () => {
    const e = await failure(openInput(file("big.json", `[${"1,".repeat(100)}1]`), { stdin: none(), maxJsonBytes: 50 }));
    expect(e.message).toMatch(/NDJSON/);
    expect(e.exitCode).toBe(2);
  });
  it("says a missing file is missing and a directory is a directory", async () => {
    expect((await failure(openInput(join(dir, "nope.json"), { stdin: none() }))).message).toMatch(/no such file/);
    mkdirSync(join(dir, "sub"));
    expect((await failure(openInput(join(dir, "sub"), { stdin: none() }))).message).toMatch(/directory/);
  });
  it("reads stdin for -", async () => {
    async function* stdin(): AsyncGenerator<Buffer> {
      yield Buffer.from('{"id":"a"}\n{"id"', "utf8");
      yield Buffer.from(':"b"}\n', "utf8");
    }
    const input = await openInput("-", { stdin: stdin() });
    expect(input.name).toBe("<stdin>");
    const out = [];
    for await (const d of input.documents) out.push(d);
    expect(out).toEqual([
      { ok: true, value: { id: "a" }, line: 1 },
      { ok: true, value: { id: "b" }, line: 2 },
    ]);
  });
  it("falls back to NDJSON when a JSON file holds several values after a very long first line", async () => {
    // Detection looks at the first line only up to 1 MiB; past that the file is read whole.
    const long = JSON.stringify({ id: "a", name: "x".repeat(1024 * 1024 + 10) });
    const { docs: d } = await docs(file("long.json", `${long}\n{"id":"b"}\n`));
    expect(d.map((x) => x.ok && (x.value as { id: string }).id)).toEqual(["a", "b"]);
  });
});
