/**
 * End-to-end tests of the built `qsd` (dist/cli.js), run as a child process. Build first:
 * `npm run build`. Expectations come from the demo's documented intent
 * (examples/nanjing-demo.md), the JSON grammar and FACTS.md — never from running the code.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireFreshDist } from "../_dist";
import { DEMO, ROOT, STACK_FRAME, qsd } from "./_cli";

let dir = "";
const path = (name: string) => join(dir, name);
const unit = (id: string, extra: object = {}) => JSON.stringify({ id, name: `演示单位${id}`, uscc: "91350100M000100Y43", roles: ["producer"], ...extra });

beforeAll(() => {
  requireFreshDist(["dist/cli.js"]); // `npm run build` first: a stale dist/ would test old code
  dir = mkdtempSync(join(tmpdir(), "qsd-e2e-"));
  // A data set cut off in the middle of its third line.
  writeFileSync(path("truncated.json"), '{\n  "asOf": "2026-11-20",\n  "units": [{"id": "NJ01", "name": "南京');
  // NDJSON with a broken middle line.
  writeFileSync(path("units.ndjson"), `${unit("a")}\n{"id": "b", "name": \n${unit("c")}\n`);
  writeFileSync(path("mixed.json"), JSON.stringify({ asOf: "2026-06-30", units: [JSON.parse(unit("a")), JSON.parse(unit("b", { uscc: "91350100M000100Y44" }))] }, null, 2));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("qsd basics", () => {
  it("prints the package version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(qsd(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });
  it("has help for every command, with examples", () => {
    for (const cmd of ["report", "validate", "classify", "obligations", "checklist", "calendar"]) {
      const r = qsd([cmd, "--help"]);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toContain("Examples:");
    }
  });
  it("exits 2 on an unknown option, with a message and no stack trace", () => {
    const r = qsd(["classify", DEMO, "--frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--frobnicate'");
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("qsd report on the bundled demo", () => {
  it("shows the supervision picture with the documented tiers (text)", () => {
    const r = qsd(["report"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("工业产品质量安全监管概况");
    expect(r.stdout).toMatch(/基准日 As of +2026-11-20/);
    expect(r.stdout).toMatch(/特别监管 +4 +NJ03 NJ04 NJ11 NJ12/);
    expect(r.stdout).toMatch(/重点监管 +8 +NJ05 NJ06 NJ07 NJ08 NJ09 NJ10 NJ24 NJ25/);
    expect(r.stdout).toMatch(/日常监管 +6 +NJ02 NJ13 NJ14 NJ15 NJ16 NJ23/);
    expect(r.stdout).toMatch(/触发式监管 +8 +NJ01 NJ17 NJ18 NJ19 NJ20 NJ21 NJ22 NJ26/);
  });
  it("gives the annual lists as JSON", () => {
    const r = qsd(["report", "--format", "json"]);
    expect(r.code).toBe(0);
    const lists = (JSON.parse(r.stdout) as { annualLists: Record<"producers" | "sellers", Record<"key" | "special", { id: string }[]>> }).annualLists;
    const ids = (x: { id: string }[]) => x.map((e) => e.id);
    expect(ids(lists.producers.special)).toEqual(["NJ03", "NJ11", "NJ12"]);
    expect(ids(lists.producers.key)).toEqual(["NJ05", "NJ06", "NJ07", "NJ08", "NJ09", "NJ10", "NJ25"]);
    expect(ids(lists.sellers.special)).toEqual(["NJ04", "NJ11"]);
    expect(ids(lists.sellers.key)).toEqual(["NJ06", "NJ10", "NJ24", "NJ25"]);
  });
  it("reports as of 2027-05-01 (no 2027 holiday notice yet): what needs 2027 is listed as unknown, one warning line, exit 0, no stack", () => {
    const r = qsd(["report", "--as-of", "2027-05-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/无法计算 {2}Cannot be computed yet \(\d+\)/);
    expect(r.stdout).toMatch(/特别监管 +\d+ +NJ/);
    expect(r.stderr).toContain("2027");
    expect(r.stderr).toContain("--calendar");
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
  it("does not depend on the host time zone", () => {
    const a = qsd(["report", "--format", "json"], { env: { TZ: "Pacific/Kiritimati" } });
    const b = qsd(["report", "--format", "json"], { env: { TZ: "America/Los_Angeles" } });
    expect(a.stdout).toBe(b.stdout);
  });
});

describe("qsd classify", () => {
  it("prints one JSON classification per line for the demo, the documented tiers", () => {
    const r = qsd(["classify", DEMO, "--json"]);
    expect(r.code).toBe(0);
    const levels = Object.fromEntries(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { unitId: string; level: string }).map((c) => [c.unitId, c.level]));
    expect(Object.keys(levels)).toHaveLength(26);
    expect(levels).toMatchObject({ NJ03: "special", NJ04: "special", NJ05: "key", NJ08: "key", NJ12: "special", NJ14: "routine", NJ24: "key", NJ26: "trigger" });
  });
  it("goes on past a bad NDJSON line, reporting its line number (exit 1)", () => {
    const r = qsd(["classify", path("units.ndjson"), "--json", "--as-of", "2026-06-30"]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { unitId: string }).unitId)).toEqual(["a", "c"]);
    expect(r.stderr).toContain("units.ndjson:2");
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
  it("reads stdin", () => {
    const r = qsd(["classify", "-", "--json", "--as-of", "2026-06-30"], { input: `${unit("s")}\n` });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ unitId: "s", level: "trigger", asOf: "2026-06-30" });
  });
});

describe("qsd validate", () => {
  it("reports a truncated JSON file with line and column (exit 2)", () => {
    const r = qsd(["validate", path("truncated.json"), "--lang", "en"]);
    expect(r.code).toBe(2);
    // Line 3 is `  "units": [{"id": "NJ01", "name": "南京` — 38 characters; the string is
    // unterminated when the file ends, at column 39.
    expect(r.stderr).toContain("truncated.json:3:39: JSON syntax error");
    expect(r.stderr).toContain("line 3, column 39");
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
  it("reports the bad NDJSON line and checks the others (exit 1)", () => {
    const r = qsd(["validate", path("units.ndjson")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/units\.ndjson:2:\d+ +第 2 行不是有效的 JSON/);
    expect(r.stdout).toContain("共 2 条记录：2 条有效，0 条无效（0 个问题），1 行不是有效的 JSON");
  });
  it("names the invalid unit by pointer and id, with each issue's JSON pointer (exit 1)", () => {
    const r = qsd(["validate", path("mixed.json")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/mixed\.json \/units\/1（b）\n {4}\/uscc: /);
  });
  it("exits 0 on the demo", () => {
    expect(qsd(["validate", DEMO]).code).toBe(0);
  });
});

describe("qsd checklist and calendar", () => {
  it("exits 2 on an unknown template, naming the known ones", () => {
    const r = qsd(["checklist", "food-safety"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("producer-tasks");
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
  it("writes an HTML checklist prefilled from a demo unit", () => {
    const out = path("NJ07.html");
    const r = qsd(["checklist", "producer-tasks", "--unit", DEMO, "--unit-id", "NJ07", "--format", "html", "-o", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^<!DOCTYPE html>/i);
  });
  it("adds working days over the 2026 Spring Festival (FACTS.md §4)", () => {
    expect(qsd(["calendar", "add", "2026-02-13", "2"]).stdout).toBe("2026-02-24\n");
    expect(qsd(["calendar", "count", "2025-12-31", "2026-12-31"]).stdout).toBe("248\n");
  });
});

describe("large NDJSON inputs", () => {
  it("a bad line, an invalid unit and a data-set line in a 3,000-line file: every other record answered", () => {
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) {
      if (i === 1234) lines.push('{"id": "broken",');
      else if (i === 2000) lines.push(unit(`x${i}`, { roles: [] }));
      else if (i === 2500) lines.push(JSON.stringify({ asOf: "2026-06-30", units: [JSON.parse(unit("ds1")), JSON.parse(unit("ds2"))] }));
      else lines.push(unit(`u${i}`, { riskEvents: i % 7 === 0 ? [{ id: "R1", date: "2026-03-01", severity: "significant", kind: "sampling-failure" }] : [] }));
    }
    const file = path("big.ndjson");
    writeFileSync(file, `\ufeff${lines.join("\r\n")}\r\n`);
    for (const cmd of [
      ["classify", file, "--json", "--as-of", "2026-11-20"],
      ["obligations", file, "--json", "--status", "overdue"],
    ]) {
      const r = qsd(cmd);
      expect(r.code, cmd[0]).toBe(1);
      expect(r.stdout.trimEnd().split("\n"), cmd[0]).toHaveLength(2999); // 3000 lines − 1 broken − 1 invalid + 2 data-set units − 1 data-set line
      expect(r.stderr).toContain("big.ndjson:1235");
      expect(r.stderr).toContain("big.ndjson:2001（x2000）");
    }
  });
  it("answers an as-of beyond the calendar with unknowns, exit 0 for valid lines", () => {
    const file = path("ok.ndjson");
    writeFileSync(file, `${unit("a")}\n${unit("b")}\n`);
    const r = qsd(["obligations", file, "--json", "--as-of", "2027-05-01"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe("hostile input: a clear, located message and the documented exit code, never a stack trace", () => {
  // Exit codes as documented in `qsd --help` (DESIGN.md "CLI"): 0 done, 1 invalid input found,
  // 2 usage error or a file that cannot be read or parsed.
  const cases: { name: string; args: () => string[]; code: number; stderr?: RegExp }[] = [
    { name: "an empty file", args: () => ["validate", path("empty.json")], code: 2, stderr: /empty\.json:1:1/ },
    { name: "binary garbage", args: () => ["classify", path("garbage.json"), "--as-of", "2026-06-30"], code: 2, stderr: /garbage\.json:1:1/ },
    { name: "a directory", args: () => ["obligations", dir, "--as-of", "2026-06-30"], code: 2, stderr: /目录/ },
    { name: "a missing file", args: () => ["report", path("nope.json")], code: 2, stderr: /nope\.json/ },
    { name: "a file that is a JSON number", args: () => ["classify", path("number.json"), "--as-of", "2026-06-30"], code: 1, stderr: /number\.json #1/ },
    { name: "{}", args: () => ["validate", path("object.json")], code: 1, stderr: /\/uscc/ },
    { name: "[]", args: () => ["classify", path("array.json"), "--as-of", "2026-06-30"], code: 0 },
    { name: "a BOM before a data set", args: () => ["validate", path("bom.json")], code: 0 },
    { name: "CRLF NDJSON", args: () => ["classify", path("crlf.ndjson"), "--as-of", "2026-06-30", "--json"], code: 0 },
    { name: "--as-of 2022-12-31 (before the calendar and the orders): every unit answered", args: () => ["obligations", DEMO, "--as-of", "2022-12-31"], code: 0 },
    { name: "--as-of notadate", args: () => ["classify", DEMO, "--as-of", "notadate"], code: 2, stderr: /notadate/ },
    { name: "an unknown template", args: () => ["checklist", "nosuch"], code: 2, stderr: /nosuch/ },
    { name: "calendar add walking out of coverage", args: () => ["calendar", "add", "2026-12-30", "5"], code: 2, stderr: /2026-12-31/ },
    { name: "--lang xx", args: () => ["classify", DEMO, "--lang", "xx"], code: 2, stderr: /"xx"/ },
  ];
  beforeAll(() => {
    writeFileSync(path("empty.json"), "");
    writeFileSync(path("garbage.json"), Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x81, 0x00, 0x13, 0xc0]));
    writeFileSync(path("number.json"), "42\n");
    writeFileSync(path("object.json"), "{}\n");
    writeFileSync(path("array.json"), "[]\n");
    writeFileSync(path("bom.json"), `\uFEFF${JSON.stringify({ asOf: "2026-06-30", units: [JSON.parse(unit("a"))] })}`);
    writeFileSync(path("crlf.ndjson"), `${unit("a")}\r\n${unit("b")}\r\n`);
  });
  for (const c of cases) {
    it(`${c.name} → exit ${c.code}`, () => {
      const r = qsd(c.args());
      expect(r.code, r.stderr).toBe(c.code);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stderr).not.toContain("内部错误");
      // validate reports invalid records on stdout (its report); everything else on stderr.
      if (c.stderr) expect(c.args()[0] === "validate" && c.code === 1 ? r.stdout : r.stderr).toMatch(c.stderr);
      if (c.name === "CRLF NDJSON") expect(r.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { unitId: string }).unitId)).toEqual(["a", "b"]);
    });
  }
});
